# A Rational number class: normalisation, full operator set with ints and reflected operations,
# hashing consistent with int, comparisons, conversions, and use as dict keys and in sums.
import math


class Rational:
    __slots__ = ("num", "den")

    def __new__(cls, num=0, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Rational({num}, 0)")
        if isinstance(num, Rational) and den == 1:
            return num
        g = math.gcd(num, den)
        if den < 0:
            g = -g
        self = super().__new__(cls)
        self.num, self.den = num // g, den // g
        return self

    @staticmethod
    def _coerce(other):
        if isinstance(other, Rational):
            return other
        if isinstance(other, int):
            return Rational(other)
        return None

    def __add__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else self + (-o)

    def __rsub__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else o - self

    def __mul__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Rational(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Rational(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else o / self

    def __pow__(self, n):
        if n < 0:
            return Rational(self.den ** -n, self.num ** -n)
        return Rational(self.num ** n, self.den ** n)

    def __neg__(self):
        return Rational(-self.num, self.den)

    def __abs__(self):
        return Rational(abs(self.num), self.den)

    def __eq__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented if not isinstance(other, float) else float(self) == other
        return (self.num, self.den) == (o.num, o.den)

    def __lt__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else self.num * o.den < o.num * self.den

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den) if abs(self.num) < 2**52 else -(-self.num // self.den) if self.num < 0 else self.num // self.den

    def __bool__(self):
        return self.num != 0

    def __repr__(self):
        return f"Rational({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __format__(self, spec):
        return format(float(self), spec) if spec else str(self)


half, third = Rational(1, 2), Rational(1, 3)
print(half + third, half - third, half * third, half / third, third ** 3, half ** -2, -half, abs(Rational(-3, 4)))
print(1 + half, 2 - third, 3 * third, 1 / third, half + 1, Rational(6, -8), Rational(0, 5), Rational(half))
print(half == Rational(2, 4), half == 0.5, Rational(4, 2) == 2, half < third, third < half, half <= half, sorted([half, third, Rational(-1, 7)]))
print(hash(Rational(4, 2)) == hash(2), {Rational(2, 1): "two"}[2], len({half, Rational(2, 4), Rational(3, 6)}))
print(float(third), int(Rational(-7, 2)), bool(Rational(0)), f"{third:.5f}", f"{third}", repr(third), str(Rational(9, 3)))
print(sum([Rational(1, n * (n + 1)) for n in range(1, 50)]), sum((Rational(1, 2 ** k) for k in range(20)), Rational(0)))
try:
    Rational(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    half + 0.5
except TypeError as e:
    print("TypeError:", e)
try:
    half < "x"
except TypeError as e:
    print("TypeError:", e)
x = Rational(1)
for _ in range(8):
    x = (x + 2 / x) / 2
print("sqrt(2) approx:", x, f"{x:.15f}", x * x - 2)
