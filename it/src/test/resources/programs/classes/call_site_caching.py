# Constructor calls, attribute loads and method calls are cached per call site, guarded by the
# class's version; these pin that every change to a class is seen at once.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def make(i):
    return Point(i, -i)


pts = [make(i) for i in range(3)]
print([p.norm1() for p in pts])


def new_init(self, x, y):
    self.x = x * 10
    self.y = y * 10


Point.__init__ = new_init            # replaced at run time: the next construction uses it
print(make(2).x, make(2).norm1())
Point.norm1 = lambda self: "replaced method"
print(make(1).norm1())
p = make(1)
p.norm1 = lambda: "instance attribute shadows the method"
print(p.norm1(), make(1).norm1())
del Point.norm1
try:
    make(1).norm1()
except AttributeError as e:
    print("AttributeError:", e)


class Base:
    def __init__(self, v):
        self.v = v


class Derived(Base):
    pass


def build(v):
    return Derived(v)


print(build(1).v)
Base.__init__ = lambda self, v: setattr(self, "v", ("base changed", v))
print(build(2).v)              # a change to the base class invalidates the subclass's cache


def derived_init(self, v):
    self.v = ("derived", v)


Derived.__init__ = derived_init
print(build(3).v)


class Bad:
    def __init__(self, v):
        return v


def make_bad(v):
    return Bad(v)


print(type(make_bad(None)).__name__)
try:
    make_bad(5)
except TypeError as e:
    print("TypeError:", e)


class WithNew:
    def __init__(self, v):
        self.v = v


def make_wn(v):
    return WithNew(v)


print(make_wn(1).v)
WithNew.__new__ = lambda cls, v: "from __new__"
print(make_wn(2))

class Shape:
    def __init__(self, n):
        self.n = n

    def area(self):
        raise NotImplementedError


def make_shape(n):
    return Shape(n)


# What ABCMeta does. Called once only: CPython 3.13's specialised call ignores the flag
# from the second call of a site on.
Shape.__abstractmethods__ = frozenset({"area"})
try:
    make_shape(1)
except TypeError as e:
    print("TypeError:", e)


class Square(Shape):
    def area(self):
        return self.n * self.n


def make_square(n):
    return Square(n)


print(make_square(3).area(), make_square(4).area())


class Meta(type):
    def __call__(cls, *args):
        return ("Meta.__call__", args)


class Managed(metaclass=Meta):
    def __init__(self, a):
        self.a = a


def make_managed(a):
    return Managed(a)


print(make_managed(1), make_managed(2))


def make_point_wrong_arity():
    return Point(1)


for _ in range(2):
    try:
        make_point_wrong_arity()
    except TypeError as e:
        print("TypeError:", e)


# Attribute loads of instances whose dicts hold the names at different positions.
class Bag:
    pass


bags = []
for order in (("a", "b", "c"), ("c", "b", "a"), ("b", "a")):
    bag = Bag()
    for name in order:
        setattr(bag, name, name.upper() + str(len(bags)))
    bags.append(bag)


def read_a(o):
    return o.a


print([read_a(b) for b in bags] * 2)
del bags[0].a
bags[0].__dict__["a"] = "via dict"
print([read_a(b) for b in bags])
