# Operator overloading: arithmetic, reflected and in-place operators, comparisons, truthiness,
# container protocols, hashing, and NotImplemented fallbacks.
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z

    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z

    def __repr__(self):
        return f"Vec({self.x}, {self.y}, {self.z})"

    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def __pos__(self):
        return Vec(*self)

    def __abs__(self):
        return math.sqrt(sum(c * c for c in self))

    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self, k))
        if isinstance(k, (int, float)):
            return Vec(*(c * k for c in self))
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vec(*(c / k for c in self))

    def __floordiv__(self, k):
        return Vec(*(c // k for c in self))

    def __matmul__(self, other):
        return Vec(self.y * other.z - self.z * other.y, self.z * other.x - self.x * other.z,
                   self.x * other.y - self.y * other.x)

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        self.z += other.z
        return self

    def __eq__(self, other):
        return isinstance(other, Vec) and tuple(self) == tuple(other)

    def __hash__(self):
        return hash(tuple(self))

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __le__(self, other):
        return abs(self) <= abs(other)

    def __bool__(self):
        return any(self)

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return (self.x, self.y, self.z)[i]

    def __contains__(self, v):
        return v in (self.x, self.y, self.z)

    def __round__(self, n=0):
        return Vec(*(round(c, n) for c in self))

    def __format__(self, spec):
        return "<" + ", ".join(format(c, spec) for c in self) + ">"


a, b = Vec(1, 2, 3), Vec(4, 5, 6)
print(a + b, a - b, -a, +a, a * 2, 3 * a, a * b, a @ b, b / 2, b // 4)
print(abs(Vec(2, 3, 6)), a == Vec(1, 2, 3), a != b, a < b, a <= a, b > a, b >= a, max([a, b, Vec()]))
print(bool(Vec()), bool(a), len(a), a[1], a[-1], a[0:2], 2 in a, 9 in a, list(a), sorted([b, a, Vec(0, 0, 1)]))
print(round(Vec(1.26, 2.5, -0.75), 1), f"{Vec(1, 2.5, 3):6.2f}", {a: "a", Vec(1, 2, 3): "again"})
c = a
c += b
print(a, c is a)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError:", e)
try:
    a.w = 1
except AttributeError as e:
    print("AttributeError:", e)


class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    def __eq__(self, other):
        if isinstance(other, Temperature):
            return self.kelvin == other.kelvin
        if isinstance(other, (int, float)):
            return self.kelvin == other
        return NotImplemented

    def __lt__(self, other):
        other_k = other.kelvin if isinstance(other, Temperature) else other
        return self.kelvin < other_k

    def __gt__(self, other):
        other_k = other.kelvin if isinstance(other, Temperature) else other
        return self.kelvin > other_k

    __hash__ = None

    def __repr__(self):
        return f"{self.kelvin}K"


temps = [Temperature(300), Temperature(273), Temperature(310)]
print(sorted(temps), Temperature(5) == 5, 5 == Temperature(5), 4 < Temperature(5), Temperature(5) > 6)
print(Temperature(1) == "1", Temperature(1) != "1")
try:
    {Temperature(1)}
except TypeError as e:
    print("TypeError:", e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if other == 0:
            return self
        return Money(self.cents + other.cents)

    __radd__ = __add__

    def __repr__(self):
        return f"${self.cents / 100:.2f}"

    def __int__(self):
        return self.cents

    def __float__(self):
        return self.cents / 100

    def __index__(self):
        return self.cents


wallet = [Money(150), Money(275), Money(5)]
print(sum(wallet), int(Money(99)), float(Money(99)), hex(Money(255)), [0, 1, 2, 3][Money(2)], bin(Money(5)))
