package dev.weft.runtime.math;

import java.math.BigInteger;

/**
 * Python 3.13's {@code math} module over Java numbers: the float functions, with CPython's
 * special values and its ValueError/OverflowError rules (Modules/mathmodule.c math_1, math_2,
 * and the functions with their own wrappers). The object model converts arguments
 * ({@code __float__}, {@code __index__}) and calls these. Integer functions are in
 * {@link IntegerMath}, summations and products in {@link Summation}.
 */
public final class PyMath {
    private PyMath() {}

    public static final double PI = Math.PI;
    public static final double E = Math.E;
    public static final double TAU = 2 * Math.PI;
    public static final double INF = Double.POSITIVE_INFINITY;
    public static final double NAN = Double.NaN;

    private static final double RAD_TO_DEG = 180.0 / Math.PI;
    private static final double DEG_TO_RAD = Math.PI / 180.0;

    /**
     * CPython's math_1: a NaN from a non-NaN argument is a domain error; an infinity from a
     * finite argument is a range error when the function can overflow, else a domain error.
     */
    private static double math1(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw MathError.domain();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? MathError.range() : MathError.domain();
        }
        return r;
    }

    /** CPython's math_2: NaN from non-NaN arguments is a domain error, inf from finite a range error. */
    private static double math2(double x, double y, double r) {
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw MathError.domain();
        }
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw MathError.range();
        }
        return r;
    }

    // ---- libm functions with glibc's special values -------------------------------------------

    static double libmExp(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return 0.0;
        }
        return GlibcExp.exp(x);
    }

    static double libmLog(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x < 0) {
            return Double.NaN;
        }
        return CorrectlyRounded.log(x);
    }

    static double libmLog2(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x < 0) {
            return Double.NaN;
        }
        return CorrectlyRounded.log2(x);
    }

    static double libmLog10(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x < 0) {
            return Double.NaN;
        }
        return GlibcCompatible.log10(x);
    }

    /** C99 pow for finite or infinite arguments, without Python's error checks. */
    static double libmPow(double x, double y) {
        if (Double.isNaN(x)) {
            return y == 0 ? 1.0 : x;
        }
        if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        }
        if (Double.isInfinite(x)) {
            boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
            if (y > 0) {
                return oddY ? x : Math.abs(x);
            }
            if (y == 0) {
                return 1.0;
            }
            return oddY ? Math.copySign(0.0, x) : 0.0;
        }
        if (Double.isInfinite(y)) {
            double ax = Math.abs(x);
            if (ax == 1.0) {
                return 1.0;
            }
            if (y > 0 && ax > 1.0) {
                return y;
            }
            if (y < 0 && ax < 1.0) {
                return -y;
            }
            return 0.0;
        }
        if (y == 0 || x == 1.0) {
            return 1.0;
        }
        boolean yInteger = y == Math.rint(y);
        boolean oddY = yInteger && Math.abs(y) % 2.0 == 1.0;
        if (x == 0) {
            if (y < 0) {
                return oddY ? Math.copySign(Double.POSITIVE_INFINITY, x) : Double.POSITIVE_INFINITY;
            }
            return oddY ? x : 0.0;
        }
        if (x < 0) {
            if (!yInteger) {
                return Double.NaN;
            }
            double r = CorrectlyRounded.powPositive(-x, y);
            return oddY ? -r : r;
        }
        return CorrectlyRounded.powPositive(x, y);
    }

    // ---- math module: one-argument float functions --------------------------------------------

    public static double acos(double x) {
        double r = Double.isNaN(x) ? x : Math.abs(x) > 1 ? Double.NaN : CorrectlyRounded.acos(x);
        return math1(x, r, false);
    }

    public static double asin(double x) {
        double r = Double.isNaN(x) ? x : Math.abs(x) > 1 ? Double.NaN : CorrectlyRounded.asin(x);
        return math1(x, r, false);
    }

    public static double atan(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Math.copySign(Math.PI / 2, x);
        }
        return CorrectlyRounded.atan(x);
    }

    public static double acosh(double x) {
        double r;
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            r = x;
        } else if (x < 1) {
            r = Double.NaN;
        } else {
            r = GlibcCompatible.acosh(x);
        }
        return math1(x, r, false);
    }

    public static double asinh(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        return GlibcCompatible.asinh(x);
    }

    public static double atanh(double x) {
        double r;
        if (Double.isNaN(x)) {
            r = x;
        } else if (Math.abs(x) > 1) {
            r = Double.NaN;
        } else if (Math.abs(x) == 1) {
            r = Math.copySign(Double.POSITIVE_INFINITY, x);
        } else {
            r = GlibcCompatible.atanh(x);
        }
        return math1(x, r, false);
    }

    public static double cbrt(double x) {
        return GlibcCompatible.cbrt(x);
    }

    public static double cos(double x) {
        double r = Double.isNaN(x) ? x : Double.isInfinite(x) ? Double.NaN : GlibcSinCos.cos(x);
        return math1(x, r, false);
    }

    public static double sin(double x) {
        double r = Double.isNaN(x) ? x : Double.isInfinite(x) ? Double.NaN : GlibcSinCos.sin(x);
        return math1(x, r, false);
    }

    public static double tan(double x) {
        double r = Double.isNaN(x) ? x : Double.isInfinite(x) ? Double.NaN : CorrectlyRounded.tan(x);
        return math1(x, r, false);
    }

    public static double cosh(double x) {
        if (!Double.isFinite(x)) {
            return Math.abs(x);
        }
        return math1(x, GlibcCompatible.cosh(x), true);
    }

    public static double sinh(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        return math1(x, GlibcCompatible.sinh(x), true);
    }

    public static double tanh(double x) {
        return Fdlibm.tanh(x);
    }

    public static double erf(double x) {
        return ErrorFunction.erf(x);
    }

    public static double erfc(double x) {
        return ErrorFunction.erfc(x);
    }

    public static double exp(double x) {
        return math1(x, libmExp(x), true);
    }

    public static double exp2(double x) {
        double r;
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            r = x;
        } else if (x == Double.NEGATIVE_INFINITY) {
            r = 0.0;
        } else {
            r = GlibcExp.exp2(x);
        }
        return math1(x, r, true);
    }

    public static double expm1(double x) {
        return math1(x, Fdlibm.expm1(x), true);
    }

    public static double log1p(double x) {
        double r;
        if (x == 0) {
            r = x;
        } else if (x == -1) {
            r = Double.NEGATIVE_INFINITY;
        } else if (x < -1) {
            r = Double.NaN;
        } else {
            r = Fdlibm.log1p(x);
        }
        return math1(x, r, false);
    }

    public static double fabs(double x) {
        return Math.abs(x);
    }

    public static double sqrt(double x) {
        return math1(x, Math.sqrt(x), false);
    }

    public static double gamma(double x) {
        return Gamma.gamma(x);
    }

    public static double lgamma(double x) {
        return Gamma.lgamma(x);
    }

    public static double degrees(double x) {
        return x * RAD_TO_DEG;
    }

    public static double radians(double x) {
        return x * DEG_TO_RAD;
    }

    public static boolean isfinite(double x) {
        return Double.isFinite(x);
    }

    public static boolean isinf(double x) {
        return Double.isInfinite(x);
    }

    public static boolean isnan(double x) {
        return Double.isNaN(x);
    }

    // ---- logarithms, also of ints beyond the float range ---------------------------------------

    public static double log(double x) {
        return math1(x, libmLog(x), false);
    }

    public static double log2(double x) {
        return math1(x, libmLog2(x), false);
    }

    public static double log10(double x) {
        return math1(x, libmLog10(x), false);
    }

    /** The natural logarithm of an int, also beyond the float range (CPython's loghelper). */
    public static double log(BigInteger n) {
        return logOfInt(n, 0);
    }

    public static double log2(BigInteger n) {
        return logOfInt(n, 1);
    }

    public static double log10(BigInteger n) {
        return logOfInt(n, 2);
    }

    private static double logFunction(int which, double x) {
        switch (which) {
            case 0: return libmLog(x);
            case 1: return libmLog2(x);
            default: return libmLog10(x);
        }
    }

    private static double logOfInt(BigInteger n, int which) {
        if (n.signum() <= 0) {
            throw MathError.domain();
        }
        double x = n.doubleValue();
        if (Double.isFinite(x)) {
            return logFunction(which, x);
        }
        long[] e = new long[1];
        double m = IntegerMath.frexp(n, e);
        return logFunction(which, m) + logFunction(which, 2.0) * e[0];
    }

    /** math.log(x, base) once both logarithms are known: their quotient, as float division. */
    public static double logQuotient(double logX, double logBase) {
        if (logBase == 0.0) {
            throw new MathError("ZeroDivisionError", "float division by zero");
        }
        return logX / logBase;
    }

    public static double log(double x, double base) {
        double num = log(x);
        return logQuotient(num, log(base));
    }

    public static double log(BigInteger x, BigInteger base) {
        double num = log(x);
        return logQuotient(num, log(base));
    }

    public static double log(BigInteger x, double base) {
        double num = log(x);
        return logQuotient(num, log(base));
    }

    public static double log(double x, BigInteger base) {
        double num = log(x);
        return logQuotient(num, log(base));
    }

    // ---- two-argument float functions ----------------------------------------------------------

    public static double atan2(double y, double x) {
        return math2(y, x, libmAtan2(y, x));
    }

    /** C99 atan2 with CPython's special values (m_atan2), without error checks. */
    static double libmAtan2(double y, double x) {
        double r;
        if (Double.isNaN(x) || Double.isNaN(y)) {
            r = Double.NaN;
        } else if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) {
                r = Math.copySign(x > 0 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
            } else {
                r = Math.copySign(0.5 * Math.PI, y);
            }
        } else if (Double.isInfinite(x) || y == 0.0) {
            r = Math.copySign(1.0, x) == 1.0 ? Math.copySign(0.0, y) : Math.copySign(Math.PI, y);
        } else {
            r = CorrectlyRounded.atan2(y, x);
        }
        return r;
    }

    public static double copysign(double x, double y) {
        return Math.copySign(x, y);
    }

    public static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return x;
        }
        double r = x % y;
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw MathError.domain();
        }
        return r;
    }

    public static double remainder(double x, double y) {
        double r;
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (y == 0.0) {
                r = Double.NaN;
            } else {
                double absx = Math.abs(x);
                double absy = Math.abs(y);
                double m = absx % absy;
                double c = absy - m;
                double v;
                if (m < c) {
                    v = m;
                } else if (m > c) {
                    v = -c;
                } else {
                    v = m - 2.0 * ((0.5 * (absx - m)) % absy);
                }
                r = Math.copySign(1.0, x) * v;
            }
        } else if (Double.isNaN(x)) {
            r = x;
        } else if (Double.isNaN(y)) {
            r = y;
        } else if (Double.isInfinite(x)) {
            r = Double.NaN;
        } else {
            r = x;
        }
        return math2(x, y, r);
    }

    public static double pow(double x, double y) {
        double r = libmPow(x, y);
        if (Double.isFinite(x) && Double.isFinite(y) && !Double.isFinite(r)) {
            if (Double.isNaN(r) || x == 0.0) {
                throw MathError.domain();
            }
            throw MathError.range();
        }
        return r;
    }

    public static double fma(double x, double y, double z) {
        double r = Math.fma(x, y, z);
        if (Double.isFinite(r)) {
            return r;
        }
        if (Double.isNaN(r)) {
            if (!Double.isNaN(x) && !Double.isNaN(y) && !Double.isNaN(z)) {
                throw MathError.valueError("invalid operation in fma");
            }
        } else if (Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z)) {
            throw MathError.overflowError("overflow in fma");
        }
        return r;
    }

    public static boolean isclose(double a, double b) {
        return isclose(a, b, 1e-09, 0.0);
    }

    public static boolean isclose(double a, double b, double relTol, double absTol) {
        if (relTol < 0.0 || absTol < 0.0) {
            throw MathError.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }

    // ---- representation functions --------------------------------------------------------------

    /** {@code math.frexp}: the mantissa and the exponent. */
    public record Frexp(double mantissa, int exponent) {}

    /** {@code math.modf}: the fractional and the integral part, both carrying x's sign. */
    public record Modf(double fractional, double integral) {}

    public static Frexp frexp(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return new Frexp(x, 0);
        }
        int shift = 0;
        double ax = x;
        if (Math.abs(ax) < Double.MIN_NORMAL) {
            ax *= 0x1p54;
            shift = 54;
        }
        int e = Math.getExponent(ax) + 1;
        return new Frexp(Math.scalb(ax, -e), e - shift);
    }

    public static Modf modf(double x) {
        if (Double.isInfinite(x)) {
            return new Modf(Math.copySign(0.0, x), x);
        }
        if (Double.isNaN(x)) {
            return new Modf(x, x);
        }
        double integral = x < 0 ? Math.ceil(x) : Math.floor(x);
        return new Modf(Math.copySign(x - integral, x), integral);
    }

    public static double ldexp(double x, BigInteger i) {
        long exp = i.bitLength() < 64 ? i.longValue() : (i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
        return ldexp(x, exp);
    }

    public static double ldexp(double x, long exp) {
        if (x == 0.0 || !Double.isFinite(x)) {
            return x;
        }
        if (exp > Integer.MAX_VALUE) {
            throw MathError.range();
        }
        if (exp < Integer.MIN_VALUE) {
            return Math.copySign(0.0, x);
        }
        double r = Math.scalb(x, (int) exp);
        if (Double.isInfinite(r)) {
            throw MathError.range();
        }
        return r;
    }

    public static BigInteger ceil(double x) {
        return toInteger(Math.ceil(x));
    }

    public static BigInteger floor(double x) {
        return toInteger(Math.floor(x));
    }

    public static BigInteger trunc(double x) {
        return toInteger(x < 0 ? Math.ceil(x) : Math.floor(x));
    }

    /** int(x) for an integral float (CPython's PyLong_FromDouble). */
    public static BigInteger toInteger(double x) {
        if (Double.isNaN(x)) {
            throw MathError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw MathError.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(x) < 0x1p62) {
            return BigInteger.valueOf((long) x);
        }
        return new java.math.BigDecimal(x).toBigIntegerExact();
    }

    public static double nextafter(double x, double y) {
        return Math.nextAfter(x, y);
    }

    /** {@code math.nextafter(x, y, steps=n)}; steps beyond 2**64 - 1 behave as 2**64 - 1. */
    public static double nextafter(double x, double y, BigInteger steps) {
        if (steps.signum() < 0) {
            throw MathError.valueError("steps must be a non-negative integer");
        }
        long usteps = steps.bitLength() > 64 ? -1L : steps.longValue();
        if (usteps == 0) {
            return x;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        long ux = Double.doubleToRawLongBits(x);
        long uy = Double.doubleToRawLongBits(y);
        if (ux == uy) {
            return x;
        }
        long signBit = 1L << 63;
        long ax = ux & ~signBit;
        long ay = uy & ~signBit;
        if (((ux ^ uy) & signBit) != 0) {
            if (Long.compareUnsigned(ax + ay, usteps) <= 0) {
                return y;
            } else if (Long.compareUnsigned(ax, usteps) < 0) {
                return Double.longBitsToDouble((uy & signBit) | (usteps - ax));
            } else {
                return Double.longBitsToDouble(ux - usteps);
            }
        } else if (Long.compareUnsigned(ax, ay) > 0) {
            if (Long.compareUnsigned(ax - ay, usteps) >= 0) {
                return Double.longBitsToDouble(ux - usteps);
            }
            return y;
        } else {
            if (Long.compareUnsigned(ay - ax, usteps) >= 0) {
                return Double.longBitsToDouble(ux + usteps);
            }
            return y;
        }
    }

    public static double ulp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        x = Math.abs(x);
        if (Double.isInfinite(x)) {
            return x;
        }
        double x2 = Math.nextUp(x);
        if (Double.isInfinite(x2)) {
            return x - Math.nextDown(x);
        }
        return x2 - x;
    }

    // ---- vector norms ------------------------------------------------------------------------

    /** {@code math.hypot(*coordinates)}. */
    public static double hypot(double... coordinates) {
        double[] vec = new double[coordinates.length];
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < vec.length; i++) {
            double x = Math.abs(coordinates[i]);
            vec[i] = x;
            foundNan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return Summation.vectorNorm(vec, max, foundNan);
    }

    /** {@code math.dist(p, q)}. */
    public static double dist(double[] p, double[] q) {
        if (p.length != q.length) {
            throw MathError.valueError("both points must have the same number of dimensions");
        }
        double[] diffs = new double[p.length];
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < p.length; i++) {
            double x = Math.abs(p[i] - q[i]);
            diffs[i] = x;
            foundNan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return Summation.vectorNorm(diffs, max, foundNan);
    }
}
