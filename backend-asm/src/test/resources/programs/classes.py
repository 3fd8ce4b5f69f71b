class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return super().speak() + ": woof"


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def unit(cls):
        return cls(1, 1)


d = Dog("Rex")
print(d.speak(), d.kind, Animal.kind, repr(d), isinstance(d, Animal), issubclass(Dog, Animal))
p = Point(1, 2) + Point(3, 4)
print(p, p.norm2, len(p), p[0], list(p), p == Point(4, 6), Point.origin(), Point.unit())
print({Point(1, 1), Point(1, 1)} == {Point.unit()})


class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1
        self.__secret = Counter.instances

    def secret(self):
        return self.__secret


Counter(); c2 = Counter()
print(Counter.instances, c2.secret(), c2._Counter__secret)


class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v


t = Temperature()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
print(Dog.__mro__, Dog.__name__, Dog.__qualname__, d.__class__.__name__)
print(hasattr(d, "name"), getattr(d, "missing", "default"))


class Base:
    def __init_subclass__(cls, **kw):
        cls.registered = True

class Sub(Base):
    pass

print(Sub.registered)
