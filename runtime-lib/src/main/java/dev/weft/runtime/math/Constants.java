package dev.weft.runtime.math;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * High-precision constants for the correctly rounded functions, computed once at class
 * initialisation with BigDecimal (Machin's formula for pi, an atanh series for ln 2), so no
 * digits are transcribed by hand.
 */
final class Constants {
    private Constants() {}

    static final MathContext WIDE = new MathContext(640, RoundingMode.HALF_EVEN);

    static final BigDecimal PI_BIG = computePi();
    static final BigDecimal PI_OVER_2_BIG = PI_BIG.divide(BigDecimal.valueOf(2), WIDE);
    static final BigDecimal TWO_OVER_PI_BIG = BigDecimal.valueOf(2).divide(PI_BIG, WIDE);
    static final BigDecimal LN2_BIG = computeLn2();

    static final DoubleDouble PI = dd(PI_BIG);
    static final DoubleDouble PI_OVER_2 = dd(PI_OVER_2_BIG);
    static final DoubleDouble LN2 = dd(LN2_BIG);
    static final DoubleDouble INV_LN2 = dd(BigDecimal.ONE.divide(LN2_BIG, WIDE));

    static final double TWO_OVER_PI_HI = TWO_OVER_PI_BIG.doubleValue();
    static final DoubleDouble ONE_THIRD = ratio(BigDecimal.ONE, BigDecimal.valueOf(3));

    /** ln 2 as three doubles of 53 bits each (exact products with a small integer via fma). */
    static final double[] LN2_PARTS = parts(LN2_BIG, 3, 53);
    /** pi/2 as three 33-bit parts and a rounded fourth, for Cody-Waite reduction. */
    static final double[] PI_OVER_2_PARTS = parts(PI_OVER_2_BIG, 4, 33);

    static DoubleDouble dd(BigDecimal v) {
        double hi = v.doubleValue();
        double lo = v.subtract(new BigDecimal(hi)).doubleValue();
        return new DoubleDouble(hi, lo);
    }

    /** The first count-1 parts keep at most bits significant bits; the last is rounded. */
    private static double[] parts(BigDecimal v, int count, int bits) {
        double[] out = new double[count];
        BigDecimal rest = v;
        for (int i = 0; i < count; i++) {
            double d = rest.doubleValue();
            if (i < count - 1 && bits < 53) {
                long b = Double.doubleToRawLongBits(d);
                d = Double.longBitsToDouble(b & ~((1L << (53 - bits)) - 1));
            }
            out[i] = d;
            rest = rest.subtract(new BigDecimal(d));
        }
        return out;
    }

    private static BigDecimal computePi() {
        MathContext mc = new MathContext(680, RoundingMode.HALF_EVEN);
        BigDecimal a = arctanInverse(5, mc).multiply(BigDecimal.valueOf(16));
        BigDecimal b = arctanInverse(239, mc).multiply(BigDecimal.valueOf(4));
        return a.subtract(b).round(WIDE);
    }

    /** atan(1/n) by its Taylor series. */
    private static BigDecimal arctanInverse(int n, MathContext mc) {
        BigDecimal nn = BigDecimal.valueOf((long) n * n);
        BigDecimal power = BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc);
        BigDecimal sum = power;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 5);
        for (int k = 1; ; k++) {
            power = power.divide(nn, mc);
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), mc);
            if (term.compareTo(eps) < 0) {
                break;
            }
            sum = (k % 2 == 1) ? sum.subtract(term) : sum.add(term);
        }
        return sum;
    }

    /** ln 2 = 2 atanh(1/3). */
    private static BigDecimal computeLn2() {
        MathContext mc = new MathContext(120, RoundingMode.HALF_EVEN);
        BigDecimal ninth = BigDecimal.ONE.divide(BigDecimal.valueOf(9), mc);
        BigDecimal power = BigDecimal.ONE.divide(BigDecimal.valueOf(3), mc);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(125);
        for (int k = 0; power.compareTo(eps) > 0; k++) {
            sum = sum.add(power.divide(BigDecimal.valueOf(2L * k + 1), mc));
            power = power.multiply(ninth, mc);
        }
        return sum.multiply(BigDecimal.valueOf(2));
    }

    /** 1/n for each n in 0..count-1 as DoubleDouble, with signs and factorials as given. */
    static DoubleDouble ratio(BigDecimal numerator, BigDecimal denominator) {
        return dd(numerator.divide(denominator, new MathContext(60, RoundingMode.HALF_EVEN)));
    }
}
