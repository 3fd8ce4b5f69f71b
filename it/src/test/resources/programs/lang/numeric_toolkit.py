# A numeric toolkit exercising int/float/complex and math corners that real programs hit:
# int.to_bytes/from_bytes, bit operations, bit_count/bit_length, as_integer_ratio, float.hex and
# fromhex, round() half-even and ndigits, divmod/floor division with negatives, math's integer
# functions (isqrt, comb, perm, gcd, lcm, prod, factorial), fsum, hypot/dist, copysign,
# frexp/ldexp, nextafter/ulp, complex arithmetic and cmath, and array/memoryview casts.
import array
import cmath
import math
import sys

print("-- integers")
n = 2**100 + 12345
print(n.bit_length(), n.bit_count(), (-n).bit_length(), hex(n), oct(255), bin(-10), int("ff", 16), int("0b101", 0))
b = (1024).to_bytes(4, "big")
print(b, (1024).to_bytes(2, "little"), int.from_bytes(b"\xff\xfe", "big", signed=True), (-2).to_bytes(2, "big", signed=True))
print(int.from_bytes(bytes(range(1, 9)), "little"), (255).to_bytes(), (7).as_integer_ratio(), (10).is_integer())
for a, m in [(7, 3), (-7, 3), (7, -3), (-7, -3)]:
    print(f"  {a:>3} // {m:>2} = {a // m:>2}  % = {a % m:>2}  divmod={divmod(a, m)}  trunc={int(a / m)}")
print(pow(3, 200, 1000), pow(3, -1, 7), pow(-2, 3), 2 ** -2, round(((-8) ** (1 / 3)).real, 6), (-8) ** 2)
print(~5, -5 >> 1, 5 << 70, 0xFF & -16, 6 ^ 3, 1 | 8, (1 << 64) - 1 == 2**64 - 1)
print(math.isqrt(10**20 + 1), math.comb(52, 5), math.perm(10, 3), math.gcd(84, 36, 120), math.lcm(4, 6, 15))
print(math.factorial(25), math.prod(range(1, 11)), math.prod([1.5, 2, 4]), sum(range(10**6)))
print(int("1_000_000"), f"{10**30:,}", len(str(math.factorial(500))), sys.int_info.bits_per_digit > 0)

print("-- floats")
for x in [2.675, 0.5, 1.5, 2.5, -0.5, 1234.5678, 1e22, 5e-324]:
    print(f"  {x!r:>22} round={round(x)} round2={round(x, 2)} hex={x.hex()} ratio={x.as_integer_ratio()[1] > 0}")
print(float.fromhex("0x1.8p3"), float.fromhex("-0x1p-1074"), (0.1).as_integer_ratio(), 1.0.is_integer())
print(round(12345.6789, -2), round(-0.45, 1), round(1e300 * 10), float("-inf") < -1e308, math.isnan(float("nan")))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.hypot(3, 4, 12), math.dist((1, 2), (4, 6)))
print(math.copysign(3, -0.0), math.frexp(48.0), math.ldexp(0.75, 6), math.modf(-3.25), math.fmod(-7, 3))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.trunc(-2.7), math.floor(-2.5), math.ceil(-2.5))
print(math.exp(1), math.log(1000, 10), math.log2(1 << 50), math.log10(0.001), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4), math.atan2(-1, -1), math.degrees(math.pi))
print(math.sqrt(2), math.cbrt(27), math.exp2(10), math.pow(2, 0.5), math.erf(1), math.gamma(5.5), math.lgamma(10))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.inf, -math.inf, math.e, math.tau)
print(7 / 2, 7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, divmod(-7.5, 2), 1e16 + 1, 0.1 + 0.7, 1 / 3)
print(float("1e500"), float(" -12.5e-3 "), float("nan") == float("nan"), 3.0 == 3, hash(3.0) == hash(3), hash(0.5))
print(f"{2/3:.20f}", repr(1 / 7), str(1e-5), str(123456789012345678.0), 1e15, 1e16, 0.0001, 0.00001)

print("-- complex")
z = complex(3, -4)
print(z, abs(z), z.conjugate(), z * 1j, z / (1 + 1j), z ** 2, (1j) ** 2, complex("1+2j"), -z)
print(cmath.sqrt(-4), cmath.phase(-1), cmath.polar(z), cmath.rect(2, cmath.pi / 2), cmath.exp(1j * cmath.pi))
print(cmath.isclose(cmath.exp(1j * cmath.pi), -1), z.real, z.imag, complex(2), complex(0, -0.0), 2 + 0j == 2)

print("-- array and memoryview")
arr = array.array("i", [1, -2, 3, 40000])
print(arr, arr.itemsize, arr.tobytes()[:8], arr.typecode, len(arr), arr[1:3], sum(arr))
arr.append(5)
arr.extend([6, 7])
arr.reverse()
print(arr.tolist(), arr.index(3), arr.count(7), array.array("d", [1.5, 2.25]).tolist(), array.array("B", b"hi"))
mv = memoryview(bytearray(range(8)))
ints = mv.cast("H")
print(ints.tolist(), ints.format, ints.itemsize, ints.nbytes, mv[2:5].tobytes(), ints.cast("B").tolist()[-3:])
mv[0] = 255
print(mv.tolist()[:3], bytes(mv[:2]), mv.readonly, memoryview(b"ab").readonly, mv.hex(":"))
for bad in [lambda: (1).to_bytes(1, "big", signed=False) and (256).to_bytes(1, "big"), lambda: math.sqrt(-1),
            lambda: math.log(0), lambda: 1 / 0, lambda: 10 ** 400 * 1.0, lambda: math.factorial(-1),
            lambda: int("12a"), lambda: pow(2, -1, 4), lambda: array.array("b", [200]), lambda: math.comb(5, -1)]:
    try:
        print(bad())
    except (OverflowError, ValueError, ZeroDivisionError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
