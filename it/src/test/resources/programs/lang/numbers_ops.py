# int/float/complex/bool arithmetic: division semantics, rounding, repr, comparisons, conversions.
import math

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (10**20, 7)]
for a, b in pairs:
    print(f"{a} {b}: / {a / b!r} // {a // b} % {a % b} divmod {divmod(a, b)} ** {a ** 2 if abs(a) < 100 else 'big'}")
floats = [(7.5, 2), (-7.5, 2), (1.0, 3.0), (2.0, -0.5), (5.0, 0.1)]
for a, b in floats:
    print(f"{a} {b}: / {a / b!r} // {a // b!r} % {a % b!r} divmod {divmod(a, b)}")
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), 1 / 3, 2 / 3, 10 / 3)
print(1e16, 1e15, 123456789.123456789, 1.5e-5, 0.0001, 1e-4 == 0.0001, 5e-324, 1.7976931348623157e308)
print(float("inf") > 10**400, -math.inf, math.nan == math.nan, math.isnan(float("nan")), float("-0.0"))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1234.5678, -2))
print(round(7), round(7.0), type(round(7.5)), type(round(7.5, 0)), int(-3.9), int(3.9), math.floor(-3.5), math.ceil(-3.5))
print(math.trunc(-2.7), int("  42  "), int("-0x1f", 16), int("0o17", 0), int("1_000"), float(" 1.5e3 "), float("-inf"))
print(True + True, True * 10, False - 1, int(True), bool(0), bool(0.0), bool(""), bool([0]), bool(None), 3 + True)
print(1 == 1.0, None is None, hash(1) == hash(1.0), 2**0.5, (-8) ** (1 / 3), 4 ** -1, (-2) ** 2, -2 ** 2)
print(abs(-5), abs(-5.5), abs(3 + 4j), pow(2, 10), pow(2, -1), pow(3, 4, 5), 7 .bit_length(), (3.5).as_integer_ratio())
print((0.5).is_integer(), (2.0).is_integer(), float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).hex())
print(max(1, 2.5, -3), min([4, 2, 8]), sum([0.1] * 10), math.fsum([0.1] * 10), sum(range(101)), sum([], 10))
z = complex(3, 4)
w = 1 - 2j
print(z, w, z + w, z * w, z / w, z.conjugate(), z.real, z.imag, abs(z), z == 3 + 4j, complex("1+2j"))
print(1j ** 2, (1 + 1j) ** 8, complex(0, 0), -0j, 2 * 1j, 1e300j * 1e10)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, 1024 >> 3, -1 >> 5, -16 >> 2, 6 & -4)
print(3 < 4 < 5, 3 < 4 > 5, 1 < 2.5 < 3, "x" if 0 else "y", 0 or "default", 5 and 6, None or 0 or [] or "last")
print(divmod(-0.0, 1), math.copysign(1, -0.0), 0.0 == -0.0, str(-0.0), repr(float(10**16)), 1e22, 1e21, 123e-20)
print(math.gcd(48, 180), math.lcm(4, 6, 10), math.factorial(20), math.comb(52, 5), math.perm(10, 3), math.isqrt(10**21))
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log1p(1e-10))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.atan2(1, -1), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.prod([1, 2, 3, 4]), math.fabs(-2), math.fmod(-7, 3), -7 % 3)
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.inf - math.inf, math.pi, math.tau, math.e)
print(float(2**53) == float(2**53 + 1), 2**53 + 1, int(float(2**53 + 1)), 9007199254740993 == 9007199254740993.0)
print(sorted([3, 1.5, True, -2, 0.0]), sorted([-0.0, 0, 0.0]), [x for x in (1, 2, 3) if x != 2.0])
for text in ["12", "1.5", "abc", "1e5", "0x10", "  -7 ", "１２３"]:
    try:
        print(f"int({text!r}) = {int(text)}")
    except ValueError as e:
        print(f"int({text!r}) fails: {e}")
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(f"{12345678901234567890 / 10:.0f}", 12345678901234567890 // 10, 7 // 2.0, -7 // 2.0)
