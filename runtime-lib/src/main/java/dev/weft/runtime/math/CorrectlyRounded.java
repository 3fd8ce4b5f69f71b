package dev.weft.runtime.math;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Correctly rounded log, log2, pow, tan, atan, asin, acos and atan2 for finite
 * arguments inside their domains (special values are the callers' business). Each is
 * evaluated in {@link DoubleDouble} arithmetic (about 2^-100 relative error) and rounded once.
 * glibc's versions are correctly rounded except in roughly 1 case in 1000 (its tables cannot
 * be regenerated, unlike exp's), so these reproduce glibc's results except there (see
 * package-info).
 */
final class CorrectlyRounded {
    private CorrectlyRounded() {}

    private static final int EXPM1_TERMS = 12;
    private static final DoubleDouble[] INV_FACTORIAL = new DoubleDouble[32];
    private static final int LOG_TERMS = 22;
    private static final DoubleDouble[] INV_ODD = new DoubleDouble[LOG_TERMS + 1];
    private static final int TRIG_TERMS = 15;
    private static final DoubleDouble[] SIN_COEFF = new DoubleDouble[TRIG_TERMS + 1];
    private static final DoubleDouble[] COS_COEFF = new DoubleDouble[TRIG_TERMS + 1];

    static {
        BigDecimal fact = BigDecimal.ONE;
        for (int n = 0; n < INV_FACTORIAL.length; n++) {
            if (n > 0) {
                fact = fact.multiply(BigDecimal.valueOf(n));
            }
            INV_FACTORIAL[n] = Constants.ratio(BigDecimal.ONE, fact);
        }
        for (int j = 0; j <= LOG_TERMS; j++) {
            INV_ODD[j] = Constants.ratio(BigDecimal.ONE, BigDecimal.valueOf(2L * j + 1));
        }
        for (int j = 0; j <= TRIG_TERMS; j++) {
            DoubleDouble s = INV_FACTORIAL[2 * j + 1];
            DoubleDouble c = INV_FACTORIAL[2 * j];
            SIN_COEFF[j] = (j % 2 == 0) ? s : s.negate();
            COS_COEFF[j] = (j % 2 == 0) ? c : c.negate();
        }
    }

    // ---- exponentials ------------------------------------------------------------------------

    /** expm1(r) for |r| below about 0.36: Taylor series at r/256, then eight doublings. */
    private static DoubleDouble expm1Small(DoubleDouble r) {
        DoubleDouble s = r.scale(1.0 / 256);
        DoubleDouble p = INV_FACTORIAL[EXPM1_TERMS];
        for (int i = EXPM1_TERMS - 1; i >= 1; i--) {
            p = p.mul(s).add(INV_FACTORIAL[i]);
        }
        DoubleDouble e = p.mul(s);
        for (int i = 0; i < 8; i++) {
            e = e.mul(e.add(2.0));
        }
        return e;
    }

    /** x - k ln 2 with k small enough that each k * part is exact. */
    private static DoubleDouble minusMultipleOfLn2(DoubleDouble x, double k) {
        double[] p = Constants.LN2_PARTS;
        return x.sub(DoubleDouble.twoProd(k, p[0])).sub(DoubleDouble.twoProd(k, p[1])).add(-k * p[2]);
    }

    /** e^t rounded, for a DoubleDouble t. */
    static double expOf(DoubleDouble t) {
        if (t.hi > 710.0) {
            return Double.POSITIVE_INFINITY;
        }
        if (t.hi < -746.0) {
            return 0.0;
        }
        double k = Math.rint(t.hi * Constants.INV_LN2.hi);
        DoubleDouble r = minusMultipleOfLn2(t, k);
        return scaleRound(expm1Small(r).add(1.0), (int) k);
    }

    /**
     * (m.hi + m.lo) * 2^k rounded once to the nearest double, also when the result is
     * subnormal (where rounding m first and scaling after would round twice).
     */
    static double scaleRound(DoubleDouble m, int k) {
        int e = Math.getExponent(m.hi) + k;
        if (e >= Double.MIN_EXPONENT) {
            double v = m.value();
            if (k > 1000) {
                return Math.scalb(Math.scalb(v, k - 1000), 1000);
            }
            return Math.scalb(v, k);
        }
        if (e < -1076) {
            return Math.copySign(0.0, m.hi);
        }
        double sign = Math.signum(m.hi);
        double t = Math.scalb(Math.abs(m.hi), k + 1074);
        double lo = Math.scalb(m.lo * sign, k + 1074);
        double n = Math.floor(t);
        double frac = (t - n) + lo;
        if (frac > 0.5 || (frac == 0.5 && (n % 2 != 0))) {
            n += 1;
        } else if (frac < 0) {
            if (frac < -0.5) {
                n -= 1;
            }
        }
        return sign * Math.scalb(n, -1074);
    }

    // ---- logarithms --------------------------------------------------------------------------

    /** log(m) for m in [sqrt(1/2), sqrt(2)] as 2 atanh((m-1)/(m+1)). */
    private static DoubleDouble logNearOne(double m) {
        DoubleDouble s = DoubleDouble.of(m - 1.0).div(DoubleDouble.twoSum(m, 1.0));
        DoubleDouble s2 = s.mul(s);
        DoubleDouble p = INV_ODD[LOG_TERMS];
        for (int j = LOG_TERMS - 1; j >= 0; j--) {
            p = p.mul(s2).add(INV_ODD[j]);
        }
        return p.mul(s).scale(2.0);
    }

    /** Splits a positive finite x into m * 2^e with m in [sqrt(1/2), sqrt(2)); returns e, m in out[0]. */
    private static int splitNearOne(double x, double[] out) {
        int shift = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            shift = 54;
        }
        int e = Math.getExponent(x);
        double m = Math.scalb(x, -e);
        if (m > 1.4142135623730951) {
            m *= 0.5;
            e++;
        }
        out[0] = m;
        return e - shift;
    }

    /** log(x) for positive finite x. */
    static DoubleDouble logDD(double x) {
        double[] m = new double[1];
        int e = splitNearOne(x, m);
        DoubleDouble lm = logNearOne(m[0]);
        if (e == 0) {
            return lm;
        }
        double[] p = Constants.LN2_PARTS;
        DoubleDouble el = DoubleDouble.twoProd(e, p[0]).add(DoubleDouble.twoProd(e, p[1])).add(e * p[2]);
        return el.add(lm);
    }

    static double log(double x) {
        return logDD(x).value();
    }

    static double log2(double x) {
        double[] m = new double[1];
        int e = splitNearOne(x, m);
        DoubleDouble lm = logNearOne(m[0]).mul(Constants.INV_LN2);
        return lm.add((double) e).value();
    }

    // ---- power -------------------------------------------------------------------------------

    /** x**y for finite x > 0, finite y, x != 1, y != 0. */
    static double powPositive(double x, double y) {
        if (y == Math.rint(y) && Math.abs(y) <= 1100) {
            double exact = exactIntegerPower(x, (long) y);
            if (!Double.isNaN(exact)) {
                return exact;
            }
        }
        DoubleDouble l = logDD(x);
        double approx = l.hi * y;
        if (approx > 1000) {
            return Double.POSITIVE_INFINITY;
        }
        if (approx < -1000) {
            return 0.0;
        }
        return expOf(l.mul(y));
    }

    /**
     * x**n for a positive integer n when the exact power has few enough bits to be computed
     * as an integer (where the result can be exactly representable or a rounding tie, which
     * approximate evaluation cannot settle); NaN when not applicable.
     */
    private static double exactIntegerPower(double x, long n) {
        if (n < 2) {
            return Double.NaN;
        }
        long bits = Double.doubleToRawLongBits(x);
        int exp = Math.getExponent(x);
        if (exp < Double.MIN_EXPONENT) {
            return Double.NaN;
        }
        long mant = (bits & 0x000fffffffffffffL) | 0x0010000000000000L;
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>>= tz;
        int mbits = 64 - Long.numberOfLeadingZeros(mant);
        if ((long) mbits * n > 200) {
            return Double.NaN;
        }
        long e2 = ((long) exp - 52 + tz) * n;
        BigInteger p = BigInteger.valueOf(mant).pow((int) n);
        int bl = p.bitLength();
        long topExp = e2 + bl - 1;
        if (topExp > 1023 || topExp < -1022) {
            return Double.NaN;
        }
        if (bl <= 53) {
            return Math.scalb(p.doubleValue(), (int) e2);
        }
        int shift = bl - 53;
        BigInteger q = p.shiftRight(shift);
        BigInteger rem = p.subtract(q.shiftLeft(shift));
        int cmp = rem.compareTo(BigInteger.ONE.shiftLeft(shift - 1));
        if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return Math.scalb(q.doubleValue(), (int) (e2 + shift));
    }

    // ---- trigonometry ------------------------------------------------------------------------

    /** sin(r) for |r| <= about pi/4. */
    private static DoubleDouble sinKernel(DoubleDouble r) {
        DoubleDouble r2 = r.mul(r);
        DoubleDouble p = SIN_COEFF[TRIG_TERMS];
        for (int j = TRIG_TERMS - 1; j >= 0; j--) {
            p = p.mul(r2).add(SIN_COEFF[j]);
        }
        return p.mul(r);
    }

    /** cos(r) for |r| <= about pi/4. */
    private static DoubleDouble cosKernel(DoubleDouble r) {
        DoubleDouble r2 = r.mul(r);
        DoubleDouble p = COS_COEFF[TRIG_TERMS];
        for (int j = TRIG_TERMS - 1; j >= 0; j--) {
            p = p.mul(r2).add(COS_COEFF[j]);
        }
        return p;
    }

    /** x = n pi/2 + r with |r| <= about pi/4: returns n mod 4, r in out[0]. */
    private static int reduce(double x, DoubleDouble[] out) {
        double ax = Math.abs(x);
        if (ax <= 0.7853981633974483) {
            out[0] = DoubleDouble.of(x);
            return 0;
        }
        if (ax < 0x1p19) {
            double n = Math.rint(x * Constants.TWO_OVER_PI_HI);
            double[] p = Constants.PI_OVER_2_PARTS;
            double a = x - n * p[0];
            DoubleDouble r = DoubleDouble.twoSum(a, -n * p[1]).add(-n * p[2]).add(-n * p[3]);
            out[0] = r;
            return (int) ((long) n & 3);
        }
        BigDecimal prod = new BigDecimal(x).multiply(Constants.TWO_OVER_PI_BIG, Constants.WIDE);
        BigDecimal n = prod.setScale(0, java.math.RoundingMode.HALF_EVEN);
        BigDecimal frac = prod.subtract(n);
        out[0] = Constants.dd(frac.multiply(Constants.PI_OVER_2_BIG, Constants.WIDE));
        return n.toBigInteger().intValue() & 3;
    }

    static double tan(double x) {
        if (Math.abs(x) < 0x1p-26) {
            return x;
        }
        DoubleDouble[] r = new DoubleDouble[1];
        int q = reduce(x, r);
        DoubleDouble s = sinKernel(r[0]);
        DoubleDouble c = cosKernel(r[0]);
        return ((q & 1) == 0 ? s.div(c) : c.div(s).negate()).value();
    }

    /** sin(y)/cos(y) for |y| <= pi/4 + a little. */
    private static DoubleDouble tanSmall(double y) {
        DoubleDouble r = DoubleDouble.of(y);
        return sinKernel(r).div(cosKernel(r));
    }

    /** atan of a DoubleDouble: one Newton step on tan from a double-precision seed. */
    static DoubleDouble atanDD(DoubleDouble a) {
        if (a.hi < 0) {
            return atanDD(a.negate()).negate();
        }
        if (a.hi > 1.0) {
            return Constants.PI_OVER_2.sub(atanDD(a.reciprocal()));
        }
        if (a.hi < 0x1p-30) {
            return a.sub(a.mul(a).mul(a).mul(Constants.ONE_THIRD));
        }
        double y0 = StrictMath.atan(a.hi);
        DoubleDouble t = tanSmall(y0);
        DoubleDouble correction = a.sub(t).div(t.mul(t).add(1.0));
        return correction.add(y0);
    }

    static double atan(double x) {
        if (Math.abs(x) < 0x1p-27) {
            return x;
        }
        return atanDD(DoubleDouble.of(x)).value();
    }

    /** (1 - |x|)(1 + |x|) exactly enough, for |x| <= 1. */
    private static DoubleDouble oneMinusSquare(double ax) {
        return DoubleDouble.twoSum(1.0, -ax).mul(DoubleDouble.twoSum(1.0, ax));
    }

    private static DoubleDouble asinDD(double x) {
        double ax = Math.abs(x);
        DoubleDouble root = oneMinusSquare(ax).sqrt();
        DoubleDouble r;
        if (ax <= 0.7) {
            r = atanDD(DoubleDouble.of(ax).div(root));
        } else {
            r = Constants.PI_OVER_2.sub(atanDD(root.div(DoubleDouble.of(ax))));
        }
        return x < 0 ? r.negate() : r;
    }

    /** asin for |x| <= 1. */
    static double asin(double x) {
        if (Math.abs(x) < 0x1p-26) {
            return x;
        }
        return asinDD(x).value();
    }

    /** acos for |x| <= 1. */
    static double acos(double x) {
        if (x == 1.0) {
            return 0.0;
        }
        double ax = Math.abs(x);
        if (ax <= 0.5) {
            return Constants.PI_OVER_2.sub(ax < 0x1p-60 ? DoubleDouble.of(x) : asinDD(x)).value();
        }
        DoubleDouble root = oneMinusSquare(ax).sqrt();
        DoubleDouble base = ax == 1.0 ? DoubleDouble.of(0.0) : atanDD(root.div(DoubleDouble.of(ax)));
        return (x > 0 ? base : Constants.PI.sub(base)).value();
    }

    /** atan2 for finite y != 0 and finite x. */
    static double atan2(double y, double x) {
        if (x == 0) {
            return Math.copySign(Constants.PI_OVER_2.hi, y);
        }
        double ay = Math.abs(y);
        double ax = Math.abs(x);
        DoubleDouble base;
        if (ay <= ax) {
            double q = ay / ax;
            if (q < 0x1p-900) {
                if (x > 0) {
                    return Math.copySign(q, y);
                }
                base = DoubleDouble.of(q);
            } else {
                base = atanDD(DoubleDouble.of(ay).div(DoubleDouble.of(ax)));
            }
        } else {
            double q = ax / ay;
            base = Constants.PI_OVER_2.sub(q < 0x1p-900 ? DoubleDouble.of(q)
                    : atanDD(DoubleDouble.of(ax).div(DoubleDouble.of(ay))));
        }
        if (x < 0) {
            base = Constants.PI.sub(base);
        }
        return Math.copySign(base.value(), y);
    }
}
