package dev.weft.runtime.math;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * exp and exp2 as glibc 2.36 computes them on x86-64 (exp from its FMA build) (the ARM optimized-routines algorithm that
 * glibc and musl share, in glibc's FMA build): x = k ln2/128 + r, 2^(k/128) from a 128-entry
 * table as scale * (1 + tail), exp(r) - 1 by a degree-5 polynomial, every contractible a*b+c
 * fused. Unlike glibc's log, pow and sin, whose tables were hand-tuned, this table is just
 * 2^(k/128) rounded, so it is computed here and the results agree with glibc bit for bit
 * (glibc's exp is not correctly rounded in about 1 case in 3000).
 */
final class GlibcExp {
    private GlibcExp() {}

    private static final int TABLE_BITS = 7;
    private static final int N = 1 << TABLE_BITS;
    private static final double INV_LN2_N = 0x1.71547652b82fep0 * N;
    private static final double NEG_LN2_HI_N = -0x1.62e42fefa0000p-8;
    private static final double NEG_LN2_LO_N = -0x1.cf79abc9e3b3ap-47;
    private static final double SHIFT = 0x1.8p52;
    private static final double C2 = 0x1.ffffffffffdbdp-2;
    private static final double C3 = 0x1.555555555543cp-3;
    private static final double C4 = 0x1.55555cf172b91p-5;
    private static final double C5 = 0x1.1111167a4d017p-7;

    /** tab[2k] = bits of tail_k, tab[2k+1] = bits of scale_k minus k << 45. */
    private static final long[] TAB = table();

    private static long[] table() {
        MathContext mc = new MathContext(60, RoundingMode.HALF_EVEN);
        long[] tab = new long[2 * N];
        for (int k = 0; k < N; k++) {
            BigDecimal v = exp(Constants.LN2_BIG.multiply(BigDecimal.valueOf(k)).divide(BigDecimal.valueOf(N), mc), mc);
            double h = v.doubleValue();
            double tail = v.subtract(new BigDecimal(h)).divide(new BigDecimal(h), mc).doubleValue();
            tab[2 * k] = Double.doubleToRawLongBits(tail);
            tab[2 * k + 1] = Double.doubleToRawLongBits(h) - ((long) k << (52 - TABLE_BITS));
        }
        return tab;
    }

    /** e^x for 0 <= x < 1 by its Taylor series. */
    private static BigDecimal exp(BigDecimal x, MathContext mc) {
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int n = 1; n < 60; n++) {
            term = term.multiply(x, mc).divide(BigDecimal.valueOf(n), mc);
            sum = sum.add(term, mc);
        }
        return sum;
    }

    private static int top12(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 52);
    }

    private static final int TOP_TINY = top12(0x1p-54);
    private static final int TOP_512 = top12(512.0);
    private static final int TOP_1024 = top12(1024.0);

    /** exp(x) for any x; infinity on overflow, zero on underflow. */
    static double exp(double x) {
        int abstop = top12(x) & 0x7ff;
        boolean large = false;
        if (Integer.compareUnsigned(abstop - TOP_TINY, TOP_512 - TOP_TINY) >= 0) {
            if (abstop - TOP_TINY < 0) {
                return 1.0 + x;
            }
            if (abstop >= TOP_1024) {
                if (x == Double.NEGATIVE_INFINITY) {
                    return 0.0;
                }
                if (abstop >= 0x7ff) {
                    return 1.0 + x;
                }
                return x < 0 ? 0.0 : Double.POSITIVE_INFINITY;
            }
            large = true;
        }
        double kd = Math.fma(INV_LN2_N, x, SHIFT);
        long ki = Double.doubleToRawLongBits(kd);
        kd -= SHIFT;
        double r = Math.fma(kd, NEG_LN2_LO_N, Math.fma(kd, NEG_LN2_HI_N, x));
        int idx = 2 * (int) (ki & (N - 1));
        long top = ki << (52 - TABLE_BITS);
        double tail = Double.longBitsToDouble(TAB[idx]);
        long sbits = TAB[idx + 1] + top;
        double r2 = r * r;
        double tmp = Math.fma(r2 * r2, Math.fma(r, C5, C4), Math.fma(r2, Math.fma(r, C3, C2), tail + r));
        if (large) {
            return specialCase(tmp, sbits, ki, true);
        }
        double scale = Double.longBitsToDouble(sbits);
        return Math.fma(scale, tmp, scale);
    }

    private static final double EXP2_SHIFT = 0x1.8p52 / N;
    private static final double E1 = 0x1.62e42fefa39efp-1;
    private static final double E2 = 0x1.ebfbdff82c424p-3;
    private static final double E3 = 0x1.c6b08d70cf4b5p-5;
    private static final double E4 = 0x1.3b2abd24650ccp-7;
    private static final double E5 = 0x1.5d7e09b4e3a84p-10;
    /**
     * 2^x for any x; infinity on overflow, zero on underflow. Same table, its own polynomial;
     * glibc has no FMA build of exp2, so nothing is fused.
     */
    static double exp2(double x) {
        int abstop = top12(x) & 0x7ff;
        boolean large = false;
        if (Integer.compareUnsigned(abstop - TOP_TINY, TOP_512 - TOP_TINY) >= 0) {
            if (abstop - TOP_TINY < 0) {
                return 1.0 + x;
            }
            if (abstop >= TOP_1024) {
                if (x == Double.NEGATIVE_INFINITY) {
                    return 0.0;
                }
                if (abstop >= 0x7ff) {
                    return 1.0 + x;
                }
                if (x > 0) {
                    return Double.POSITIVE_INFINITY;
                }
                if (x <= -1075.0) {
                    return 0.0;
                }
            }
            if (Math.abs(x) > 928.0) {
                large = true;
            }
        }
        double kd = x + EXP2_SHIFT;
        long ki = Double.doubleToRawLongBits(kd);
        kd -= EXP2_SHIFT;
        double r = x - kd;
        int idx = 2 * (int) (ki & (N - 1));
        long top = ki << (52 - TABLE_BITS);
        double tail = Double.longBitsToDouble(TAB[idx]);
        long sbits = TAB[idx + 1] + top;
        double r2 = r * r;
        double tmp = tail + r * E1 + r2 * (E2 + r * E3) + r2 * r2 * (E4 + r * E5);
        if (large) {
            return specialCase(tmp, sbits, ki, false);
        }
        double scale = Double.longBitsToDouble(sbits);
        return scale + scale * tmp;
    }

    /** Results near or beyond the ends of the float range, where the scale itself is not representable. */
    private static double specialCase(double tmp, long sbits, long ki, boolean fused) {
        if ((ki & 0x80000000L) == 0) {
            sbits -= 1009L << 52;
            double scale = Double.longBitsToDouble(sbits);
            return 0x1p1009 * (fused ? Math.fma(scale, tmp, scale) : scale + scale * tmp);
        }
        sbits += 1022L << 52;
        double scale = Double.longBitsToDouble(sbits);
        double y = fused ? Math.fma(scale, tmp, scale) : scale + scale * tmp;
        if (y < 1.0) {
            double lo = fused ? Math.fma(scale, tmp, scale - y) : scale - y + scale * tmp;
            double hi = 1.0 + y;
            lo = 1.0 - hi + y + lo;
            y = (hi + lo) - 1.0;
            if (y == 0.0) {
                y = 0.0;
            }
        }
        return 0x1p-1022 * y;
    }
}
