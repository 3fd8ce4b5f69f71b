# Multiple inheritance: C3 linearization, cooperative super(), mixins, diamond initialization.


class Root:
    def __init__(self, **kwargs):
        self.trail = ["Root"]
        if kwargs:
            self.trail.append(f"leftover {sorted(kwargs)}")

    def describe(self):
        return ["Root.describe"]


class Left(Root):
    def __init__(self, left=None, **kwargs):
        super().__init__(**kwargs)
        self.trail.append(f"Left({left})")

    def describe(self):
        return ["Left"] + super().describe()


class Right(Root):
    def __init__(self, right=None, **kwargs):
        super().__init__(**kwargs)
        self.trail.append(f"Right({right})")

    def describe(self):
        return ["Right"] + super().describe()


class Bottom(Left, Right):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.trail.append("Bottom")

    def describe(self):
        return ["Bottom"] + super().describe()


b = Bottom(left=1, right=2, extra=3)
print([c.__name__ for c in Bottom.__mro__])
print(b.trail)
print(b.describe())
print(super(Left, b).describe(), super(Bottom, b).describe.__qualname__)


class A:
    def who(self):
        return "A"


class B(A):
    pass


class C(A):
    def who(self):
        return "C"


class D(B, C):
    pass


print(D().who(), [k.__name__ for k in D.mro()])

try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class JsonMixin:
    def to_json(self):
        parts = []
        for k, v in sorted(vars(self).items()):
            parts.append(f'"{k}": ' + (f'"{v}"' if isinstance(v, str) else str(v)))
        return "{" + ", ".join(parts) + "}"


class CompareMixin:
    def _key(self):
        return tuple(sorted(vars(self).items()))

    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()

    def __hash__(self):
        return hash(self._key())


class Point(JsonMixin, CompareMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
print(p.to_json(), p == Point(1, 2), p == Point(2, 1), len({p, Point(1, 2)}))


class Counter:
    def __init__(self):
        self.count = 0

    def increment(self, by=1):
        self.count += by
        return self


class LoggingCounter(Counter):
    def __init__(self):
        super().__init__()
        self.log = []

    def increment(self, by=1):
        self.log.append(by)
        return super().increment(by)


class BoundedCounter(LoggingCounter):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit

    def increment(self, by=1):
        if self.count + by > self.limit:
            raise OverflowError(f"limit {self.limit} exceeded")
        return super().increment(by)


bc = BoundedCounter(10)
bc.increment().increment(4).increment(5)
try:
    bc.increment()
except OverflowError as e:
    print("OverflowError:", e)
print(bc.count, bc.log, [k.__name__ for k in type(bc).__mro__])


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def __str__(self):
        return f"{self.name} with {self.sides} sides, area {self.area():.2f}"


class Rect(Shape):
    sides = 4

    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, name="square")


class Tri(Shape):
    sides = 3


for shape in [Rect(2, 3.5), Square(4), Tri("tri")]:
    try:
        print(shape)
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(Square.__bases__[0].__name__, Square.__base__.__name__, issubclass(Square, Shape), Shape.__subclasses__())
print(isinstance(Square(1), (Tri, Rect)), type(Square(1)) is Rect, super(Square, Square(2)).area())


class NoArgSuper:
    def method(self):
        return "base"


class UsesClassCell(NoArgSuper):
    def method(self):
        return "derived+" + super().method()

    def peek(self):
        return __class__.__name__


print(UsesClassCell().method(), UsesClassCell().peek())
