package dev.weft.runtime.ops;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.types.FloatMath;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;

/**
 * Primitive steps of fused arithmetic: code the backend emits for an expression tree computes
 * it in {@code long}s or {@code double}s when every operand is an exact int that fits a long
 * (or every one an exact float), and boxes only the result. Every case that is not plain
 * arithmetic (overflow, division by zero, a complex power, ...) returns a sentinel,
 * {@link #BAIL} for longs and NaN for doubles, and the generated code then runs the boxed
 * operators from the start: the sentinel may also be a true result (which the boxed path
 * computes again), never a wrong one. Nothing here raises.
 */
public final class FastArith {
    private FastArith() { }

    /** The long sentinel: "compute this expression with the boxed operators". */
    public static final long BAIL = Long.MIN_VALUE;

    /** An exact int (not bool, not a subclass) whose value fits a long (null: unbound variable). */
    public static boolean isLong(PyObject o) {
        return o != null && o.getClass() == PyInt.class && ((PyInt) o).fitsLong();
    }

    /** An exact float (not a subclass). */
    public static boolean isDouble(PyObject o) {
        return o != null && o.getClass() == PyFloat.class;
    }

    public static long longValue(PyObject o) {
        return ((PyInt) o).longValue();
    }

    public static double doubleValue(PyObject o) {
        return ((PyFloat) o).value;
    }

    // ---- long ----

    public static long add(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? BAIL : r;
    }

    public static long sub(long a, long b) {
        long r = a - b;
        return ((a ^ b) & (a ^ r)) < 0 ? BAIL : r;
    }

    public static long mul(long a, long b) {
        long r = a * b;
        return Math.multiplyHigh(a, b) != (r >> 63) ? BAIL : r;
    }

    public static long floorDiv(long a, long b) {
        if (b == 0) {
            return BAIL;
        }
        return b == -1 ? neg(a) : Math.floorDiv(a, b); // MIN // -1 overflows
    }

    public static long mod(long a, long b) {
        return b == 0 ? BAIL : Math.floorMod(a, b);
    }

    public static long neg(long a) {
        return a == Long.MIN_VALUE ? BAIL : -a;
    }

    public static long lshift(long a, long b) {
        if (b < 0 || b > 62) {
            return a == 0 && b >= 0 ? 0 : BAIL;
        }
        long r = a << b;
        return (r >> b) != a ? BAIL : r;
    }

    public static long rshift(long a, long b) {
        return b < 0 ? BAIL : a >> Math.min(b, 63);
    }

    // ---- double ----

    public static double div(double a, double b) {
        return b == 0.0 ? Double.NaN : a / b;
    }

    public static double floorDiv(double a, double b) {
        return b == 0.0 ? Double.NaN : FloatMath.floorDiv(a, b);
    }

    public static double mod(double a, double b) {
        return b == 0.0 ? Double.NaN : FloatMath.mod(a, b);
    }

    /**
     * {@code a ** b} for the real cases: a finite positive base, or a finite negative base
     * with an integral exponent, a finite exponent and a finite result (the rest bails).
     */
    public static double pow(double a, double b) {
        if (!(Double.isFinite(a) && Double.isFinite(b)) || a == 0.0 || b == 0.0) {
            return Double.NaN;
        }
        double r;
        if (a > 0.0) {
            r = a == 1.0 ? 1.0 : Math.pow(a, b);
        } else {
            if (b != Math.floor(b)) {
                return Double.NaN;
            }
            double m = -a;
            r = m == 1.0 ? 1.0 : Math.pow(m, b);
            if (Math.abs(Math.IEEEremainder(b, 2.0)) == 1.0) {
                r = -r;
            }
        }
        return Double.isInfinite(r) ? Double.NaN : r;
    }

    // ---- comparisons (Java's on doubles are IEEE's, as CPython's: NaN only !=) ----

    public static boolean lt(long a, long b) { return a < b; }
    public static boolean le(long a, long b) { return a <= b; }
    public static boolean eq(long a, long b) { return a == b; }
    public static boolean ne(long a, long b) { return a != b; }
    public static boolean gt(long a, long b) { return a > b; }
    public static boolean ge(long a, long b) { return a >= b; }

    public static boolean lt(double a, double b) { return a < b; }
    public static boolean le(double a, double b) { return a <= b; }
    public static boolean eq(double a, double b) { return a == b; }
    public static boolean ne(double a, double b) { return a != b; }
    public static boolean gt(double a, double b) { return a > b; }
    public static boolean ge(double a, double b) { return a >= b; }
}
