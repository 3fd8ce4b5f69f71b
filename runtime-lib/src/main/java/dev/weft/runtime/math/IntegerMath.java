package dev.weft.runtime.math;

import java.math.BigInteger;

/**
 * The integer functions of Python 3.13's {@code math} module over {@link BigInteger}:
 * factorial, comb, perm, gcd, lcm, isqrt, with CPython's argument checks and messages.
 * Arguments are already ints (the object model applies {@code __index__}).
 */
public final class IntegerMath {
    private IntegerMath() {}

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    public static BigInteger factorial(BigInteger n) {
        if (n.compareTo(LONG_MAX) > 0) {
            throw MathError.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        if (n.signum() < 0) {
            throw MathError.valueError("factorial() not defined for negative values");
        }
        long x = n.longValue();
        if (x < 2) {
            return BigInteger.ONE;
        }
        return productRange(2, x);
    }

    /** lo * (lo+1) * ... * hi by binary splitting, for 1 <= lo <= hi. */
    private static BigInteger productRange(long lo, long hi) {
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = lo + (hi - lo) / 2;
        return productRange(lo, mid).multiply(productRange(mid + 1, hi));
    }

    /** n * (n-1) * ... * (n-k+1) for k >= 1, by binary splitting. */
    private static BigInteger fallingProduct(BigInteger n, long k) {
        if (k <= 16) {
            BigInteger r = n;
            for (long i = 1; i < k; i++) {
                r = r.multiply(n.subtract(BigInteger.valueOf(i)));
            }
            return r;
        }
        long half = k / 2;
        return fallingProduct(n, half).multiply(fallingProduct(n.subtract(BigInteger.valueOf(half)), k - half));
    }

    private static void checkNonNegative(BigInteger n, BigInteger k) {
        if (n.signum() < 0) {
            throw MathError.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw MathError.valueError("k must be a non-negative integer");
        }
    }

    /** {@code math.perm(n)}: n!. */
    public static BigInteger perm(BigInteger n) {
        return factorial(n);
    }

    public static BigInteger perm(BigInteger n, BigInteger k) {
        checkNonNegative(n, k);
        if (n.compareTo(k) < 0) {
            return BigInteger.ZERO;
        }
        if (k.compareTo(LONG_MAX) > 0) {
            throw MathError.overflowError("k must not exceed " + Long.MAX_VALUE);
        }
        long ki = k.longValue();
        if (ki == 0) {
            return BigInteger.ONE;
        }
        return fallingProduct(n, ki);
    }

    public static BigInteger comb(BigInteger n, BigInteger k) {
        checkNonNegative(n, k);
        BigInteger rest = n.subtract(k);
        if (rest.signum() < 0) {
            return BigInteger.ZERO;
        }
        BigInteger kk = rest.compareTo(k) < 0 ? rest : k;
        if (kk.compareTo(LONG_MAX) > 0) {
            throw MathError.overflowError("min(n - k, k) must not exceed " + Long.MAX_VALUE);
        }
        long ki = kk.longValue();
        if (ki == 0) {
            return BigInteger.ONE;
        }
        return fallingProduct(n, ki).divide(productRange(1, ki));
    }

    public static BigInteger gcd(BigInteger... args) {
        BigInteger res = BigInteger.ZERO;
        for (BigInteger a : args) {
            res = res.gcd(a);
        }
        return res;
    }

    public static BigInteger lcm(BigInteger... args) {
        if (args.length == 0) {
            return BigInteger.ONE;
        }
        BigInteger res = args[0].abs();
        for (int i = 1; i < args.length; i++) {
            BigInteger b = args[i];
            if (res.signum() == 0 || b.signum() == 0) {
                res = BigInteger.ZERO;
                continue;
            }
            res = res.divide(res.gcd(b)).multiply(b).abs();
        }
        return res;
    }

    public static BigInteger isqrt(BigInteger n) {
        if (n.signum() < 0) {
            throw MathError.valueError("isqrt() argument must be nonnegative");
        }
        return n.sqrt();
    }

    /**
     * CPython's _PyLong_Frexp for a positive int: m in [0.5, 1), correctly rounded to 53 bits
     * (ties to even), with n ~ m * 2**e; e is stored in e[0].
     */
    static double frexp(BigInteger n, long[] e) {
        long bits = n.bitLength();
        if (bits <= 53) {
            e[0] = bits;
            return Math.scalb(n.doubleValue(), (int) -bits);
        }
        long shift = bits - 53;
        BigInteger q = n.shiftRight((int) shift);
        boolean half = n.testBit((int) shift - 1);
        boolean sticky = n.getLowestSetBit() < shift - 1;
        long top = q.longValue();
        if (half && (sticky || (top & 1) == 1)) {
            top++;
        }
        if (top == (1L << 53)) {
            top >>= 1;
            bits++;
        }
        e[0] = bits;
        return Math.scalb((double) top, -53);
    }
}
