# The math module across its families: number theory, floating-point utilities, powers and logs,
# trigonometry, hyperbolic functions, special functions, constants, and error behaviour.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.factorial(25), math.comb(40, 20), math.perm(8), math.perm(10, 4), math.gcd(0, 0), math.gcd(12, 18, 30), math.lcm(), math.lcm(21, 6))
print(math.isqrt(99), math.isqrt(10**40 + 1), math.prod(range(1, 11)), math.prod([], start=5), math.prod([1.5, 2]))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.7), math.floor(3), type(math.floor(2.5)).__name__, math.modf(-3.25))
print(math.fabs(-0.0), math.copysign(3, -0.0), math.fmod(7.5, 2), math.fmod(-7.5, 2), math.remainder(7.5, 2), math.remainder(5, 2))
print(math.frexp(1024.0), math.ldexp(0.75, 4), math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(1e16))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(0 * math.inf), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2))
print(math.sqrt(2), math.cbrt(27), math.exp(2), math.exp2(10), math.expm1(1e-10), math.pow(2, 0.5), math.pow(-8, 1 / 3) if False else "skip")
print(math.log(math.e), math.log(8, 2), math.log10(1e-5), math.log2(3), math.log1p(1e-15), math.log(10**100))
print(math.sin(0), math.cos(math.pi), math.tan(0.5), math.asin(1), math.acos(0), math.atan(1), math.atan2(-1, -1))
print(math.degrees(1), math.radians(45), math.hypot(3, 4, 12), math.dist((1, 2, 3), (4, 6, 3)), math.sumprod([1, 2, 3], [4, 5, 6]))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.erf(1), math.erfc(1), math.gamma(5), math.gamma(0.5) ** 2, math.lgamma(10), math.fsum([1e100, 1, -1e100, 1]))
for bad in [lambda: math.sqrt(-1), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.factorial(2.5),
            lambda: math.acos(2), lambda: math.exp(1000), lambda: math.comb(3, -1), lambda: math.isqrt(-4),
            lambda: math.gcd(1.5, 2), lambda: math.fmod(1, 0), lambda: math.pow(0, -1), lambda: math.log(0)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(f"{type(e).__name__}: {e}")
angles = [k * 15 for k in range(0, 25, 3)]
for a in angles:
    r = math.radians(a)
    print(f"{a:>4}° sin={math.sin(r):+.6f} cos={math.cos(r):+.6f} tan={'inf' if abs(math.cos(r)) < 1e-12 else f'{math.tan(r):+.4f}'}")
print(sum(1 / math.factorial(k) for k in range(20)), 4 * sum((-1) ** k / (2 * k + 1) for k in range(1000)))
print(round(math.pi, 3), round(math.e * 1000), math.floor(math.log10(2 ** 100)) + 1, len(str(2 ** 100)))
