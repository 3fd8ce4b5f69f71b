# decimal and fractions: money with exact decimal arithmetic and rounding modes, contexts and
# precision, exact rational arithmetic, limit_denominator and float conversions.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, InvalidOperation
from fractions import Fraction

print(0.1 + 0.2, Decimal("0.1") + Decimal("0.2"), Decimal(0.1))
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.335")]
subtotal = sum(prices)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax)
for d in ["2.675", "2.665", "-2.675", "0.5", "1.5"]:
    x = Decimal(d)
    print(d, x.quantize(Decimal("0.01"), ROUND_HALF_UP), x.quantize(Decimal("0.01"), ROUND_HALF_EVEN),
          x.quantize(Decimal("1"), ROUND_HALF_EVEN), x.quantize(Decimal("0.1"), ROUND_DOWN))
print(getcontext().prec, Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(1) / Decimal(7), Decimal(2).sqrt())
print(Decimal("1.30") + Decimal("1.20"), Decimal("1.30") * 2, Decimal("10") / Decimal("4"), Decimal("7") // 2, Decimal("-7") % 3)
print(Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("100").normalize(), Decimal("0.000"), Decimal("-0"))
print(Decimal("3.14159").as_tuple(), Decimal("12.500").as_integer_ratio(), int(Decimal("-9.99")), float(Decimal("2.5")))
print(Decimal("NaN").is_nan(), Decimal("Infinity") > 10**100, Decimal("1.0") == Decimal("1"), Decimal("1.1") == 1.1)
print(sorted([Decimal("1.10"), Decimal("1.01"), Decimal("1.1")]), max(Decimal("2"), Decimal("2.0")))
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.5'):%}", f"{Decimal('-3.14159'):+.3f}", f"{Decimal('1e-10'):e}")
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation:", type(e).__name__)
try:
    Decimal(1) / Decimal(0)
except ArithmeticError as e:
    print("division error:", type(e).__name__)

print(Fraction(3, 4) + Fraction(1, 6), Fraction(1, 3) * 3, Fraction(-6, 8), Fraction("2.25"), Fraction("3/9"))
print(Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction(355, 113) - Fraction(3.141592653589793).limit_denominator(1000))
h = sum(Fraction(1, k) for k in range(1, 21))
print("H20 =", h, float(h))
print(Fraction(7, 2).numerator, Fraction(7, 2).denominator, int(Fraction(-7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)))
print(Fraction(1, 3) < 0.34, Fraction(1, 2) == 0.5, Fraction(2, 4) == Fraction(1, 2), hash(Fraction(1, 2)) == hash(0.5))
print(Fraction(2, 3) ** 3, Fraction(4, 9) ** Fraction(1, 2), Fraction(1, 3).as_integer_ratio(), abs(Fraction(-1, 5)))
print(f"{Fraction(1, 3):.5f}", f"{Fraction(22, 7)}", Fraction(1, 3).is_integer(), Fraction.from_float(0.75))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def continued_fraction(x, terms):
    out = []
    for _ in range(terms):
        a = x.numerator // x.denominator
        out.append(a)
        x -= a
        if x == 0:
            break
        x = 1 / x
    return out


print(continued_fraction(Fraction(415, 93), 10), continued_fraction(Fraction(3.141592653589793), 6))
egypt, r = [], Fraction(7, 15)
while r:
    unit = Fraction(1, -(-r.denominator // r.numerator))
    egypt.append(unit)
    r -= unit
print("7/15 =", " + ".join(str(u) for u in egypt))
