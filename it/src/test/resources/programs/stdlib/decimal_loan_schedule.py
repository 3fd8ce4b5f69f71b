# Financial calculations: a loan amortisation schedule and a currency split with decimal
# (contexts, quantize with rounding modes, localcontext, signals), exact fractions, and
# descriptive statistics on the results.
import statistics
from decimal import (ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP, Decimal, DivisionByZero,
                     InvalidOperation, Inexact, getcontext, localcontext)
from fractions import Fraction

CENT = Decimal("0.01")


def amortise(principal, annual_rate, months):
    rate = annual_rate / 12 / 100
    payment = (principal * rate / (1 - (1 + rate) ** -months)).quantize(CENT, ROUND_HALF_UP)
    balance = principal
    rows = []
    for month in range(1, months + 1):
        interest = (balance * rate).quantize(CENT, ROUND_HALF_UP)
        paid = payment - interest if month < months else balance
        balance -= paid
        rows.append((month, interest, paid, balance))
    return payment, rows


getcontext().prec = 28
payment, rows = amortise(Decimal("25000"), Decimal("6.5"), 12)
print("monthly payment:", payment)
print(f"{'m':>2} {'interest':>9} {'principal':>10} {'balance':>10}")
for m, interest, paid, balance in rows:
    print(f"{m:>2} {interest:>9} {paid:>10} {balance:>10}")
total_interest = sum(r[1] for r in rows)
print("total interest:", total_interest, "last payment:", rows[-1][1] + rows[-1][2])

print("-- rounding modes")
for value in ["2.675", "-2.675", "2.665", "0.125", "1.005"]:
    d = Decimal(value)
    print(f"{value:>7}", *(d.quantize(CENT, mode) for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_UP,
                                                                ROUND_DOWN)), round(float(value), 2))

print("-- splitting a bill")
bill = Decimal("100.00")
people = 3
share = (bill / people).quantize(CENT, ROUND_DOWN)
shares = [share] * people
remainder = bill - sum(shares)
for i in range(int(remainder / CENT)):
    shares[i] += CENT
print(shares, sum(shares) == bill)
exact = Fraction(100, 3)
print(exact, float(exact), exact.limit_denominator(10), Fraction("0.125"), Fraction(1.1).limit_denominator(100))
print(sum(Fraction(1, n) for n in range(1, 7)), Fraction(3, 4) ** 2, Fraction(7, 2) // 1, Fraction(-7, 2) % 3)

print("-- contexts and signals")
with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 1, +Decimal("1.23456789"))
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / Decimal(3))
print(Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.traps[Inexact] = True
    try:
        Decimal(1) / Decimal(3)
    except Inexact as e:
        print("Inexact trapped:", type(e).__name__)
    ctx.traps[Inexact] = False
    ctx.traps[DivisionByZero] = False
    print(Decimal(1) / Decimal(0), ctx.flags[DivisionByZero])
for bad in [lambda: Decimal(1) / 0, lambda: Decimal("abc"), lambda: Decimal("NaN") < 1, lambda: Decimal(0) / 0]:
    try:
        print(bad())
    except (ArithmeticError, InvalidOperation, TypeError) as e:
        print(type(e).__name__, e)
d = Decimal("-1234.5600")
print(d.normalize(), d.as_tuple(), d.adjusted(), d.sign if hasattr(d, "sign") else d.is_signed(),
      d.to_integral_value(), abs(d), d.sqrt() if d > 0 else (-d).sqrt().quantize(Decimal("1.000")))
print(Decimal("1.30") == Decimal("1.3"), Decimal("1.30"), Decimal(0.1), Decimal("1e3").to_eng_string(),
      Decimal("12345").scaleb(-2), Decimal("7").fma(2, 1), Decimal(10) ** -2, Decimal(2).ln().quantize(CENT))

print("-- statistics over the schedule")
interests = [float(r[1]) for r in rows]
print(round(statistics.mean(interests), 4), statistics.median(interests), round(statistics.stdev(interests), 4))
print(statistics.mean([Decimal("1.10"), Decimal("2.20")]), statistics.median_low([1, 3, 5, 7]),
      statistics.median_high([1, 3, 5, 7]), statistics.mode("aabbbc"), statistics.multimode("aabbcc"))
print(statistics.fmean([1, 2, 4]), statistics.geometric_mean([1, 10, 100]), statistics.harmonic_mean([40, 60]))
print(statistics.quantiles(range(1, 21), n=4), round(statistics.pvariance([2, 4, 4, 4, 5, 5, 7, 9]), 3))
print(statistics.mean([Fraction(1, 2), Fraction(1, 3)]), round(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]), 6))
slope, intercept = statistics.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 12])
print(round(slope, 6), round(intercept, 6))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
