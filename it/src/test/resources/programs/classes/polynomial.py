# A polynomial class: arithmetic, evaluation (Horner), derivative, division, roots by bisection.
from fractions import Fraction


class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [0]

    @classmethod
    def x(cls):
        return cls([0, 1])

    @property
    def degree(self):
        return len(self.c) - 1 if self.c != [0] else -1

    def __call__(self, x):
        result = 0
        for coef in reversed(self.c):
            result = result * x + coef
        return result

    def __add__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        n = max(len(self.c), len(other.c))
        a = self.c + [0] * (n - len(self.c))
        b = other.c + [0] * (n - len(other.c))
        return Poly([x + y for x, y in zip(a, b)])

    __radd__ = __add__

    def __neg__(self):
        return Poly([-v for v in self.c])

    def __sub__(self, other):
        return self + (-other if isinstance(other, Poly) else -other)

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        if not isinstance(other, Poly):
            return Poly([v * other for v in self.c])
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, other):
        rem = [Fraction(v) for v in self.c]
        quot = [Fraction(0)] * max(1, len(rem) - len(other.c) + 1)
        while len(rem) >= len(other.c) and any(rem):
            shift = len(rem) - len(other.c)
            factor = rem[-1] / other.c[-1]
            quot[shift] = factor
            for i, v in enumerate(other.c):
                rem[i + shift] -= factor * v
            rem.pop()
        return Poly(quot), Poly(rem)

    def __eq__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        return self.c == other.c

    def derivative(self):
        return Poly([i * v for i, v in enumerate(self.c)][1:])

    def __repr__(self):
        terms = []
        for power in range(len(self.c) - 1, -1, -1):
            coef = self.c[power]
            if coef == 0 and self.degree >= 0:
                continue
            sign = "-" if coef < 0 else "+"
            mag = abs(coef)
            body = "" if mag == 1 and power else str(mag)
            var = "" if power == 0 else "x" if power == 1 else f"x^{power}"
            terms.append((sign, body + var))
        if not terms:
            return "0"
        first_sign, first = terms[0]
        text = ("-" if first_sign == "-" else "") + first
        for sign, t in terms[1:]:
            text += f" {sign} {t}"
        return text


def bisect_root(p, lo, hi, steps=60):
    flo = p(lo)
    for _ in range(steps):
        mid = (lo + hi) / 2
        fm = p(mid)
        if (fm < 0) == (flo < 0):
            lo, flo = mid, fm
        else:
            hi = mid
    return (lo + hi) / 2


x = Poly.x()
p = (x - 1) * (x + 2) * (x - 3)
print("p =", p, "degree", p.degree)
print("p(0..4) =", [p(v) for v in range(5)])
print("p' =", p.derivative(), " p'' =", p.derivative().derivative())
print("(x+1)^5 =", (x + 1) ** 5)
q, r = divmod(p, x - 3)
print("p / (x-3) =", q, "rem", r)
q, r = divmod(x ** 4 + 1, 2 * x ** 2 + x)
print("(x^4+1)/(2x^2+x) =", q, "rem", r)
print(q * (2 * x ** 2 + x) + r == x ** 4 + 1)
print("3 - x =", 3 - x, " 2*x =", 2 * x, " x*0 =", x * 0, " -x^2 =", -(x ** 2))
cheb = [Poly([1]), x]
for _ in range(5):
    cheb.append(2 * x * cheb[-1] - cheb[-2])
for i, t in enumerate(cheb):
    print(f"T{i} = {t}")
roots = [round(bisect_root(cheb[5], a, b), 9) for a, b in [(-1, -0.9), (-0.7, -0.5), (-0.1, 0.1), (0.5, 0.7), (0.9, 1)]]
print("roots of T5:", roots)
print("Fraction eval:", p(Fraction(1, 2)), "float eval:", p(0.5))
print(Poly([]) == 0, Poly([0, 0]).degree, x == Poly([0, 1, 0]))
