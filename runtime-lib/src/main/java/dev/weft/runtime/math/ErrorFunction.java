package dev.weft.runtime.math;

/**
 * erf and erfc as glibc computes them: fdlibm's rational approximations on [0, 0.84375),
 * [0.84375, 1.25), [1.25, 1/0.35) and [1/0.35, 28), evaluated in glibc's grouping, over the
 * correctly rounded exp. Coefficients are fdlibm's, given by their IEEE bits.
 */
final class ErrorFunction {
    private ErrorFunction() {}

    private static double d(long bits) {
        return Double.longBitsToDouble(bits);
    }

    private static final double TINY = 1e-300;
    private static final double ERX = d(0x3FEB0AC160000000L);
    private static final double EFX = d(0x3FC06EBA8214DB69L);
    private static final double EFX8 = d(0x3FF06EBA8214DB69L);
    private static final double PP0 = d(0x3FC06EBA8214DB68L), PP1 = d(0xBFD4CD7D691CB913L),
            PP2 = d(0xBF9D2A51DBD7194FL), PP3 = d(0xBF77A291236668E4L), PP4 = d(0xBEF8EAD6120016ACL);
    private static final double QQ1 = d(0x3FD97779CDDADC09L), QQ2 = d(0x3FB0A54C5536CEBAL),
            QQ3 = d(0x3F74D022C4D36B0FL), QQ4 = d(0x3F215DC9221C1A10L), QQ5 = d(0xBED09C4342A26120L);
    private static final double PA0 = d(0xBF6359B8BEF77538L), PA1 = d(0x3FDA8D00AD92B34DL),
            PA2 = d(0xBFD7D240FBB8C3F1L), PA3 = d(0x3FD45FCA805120E4L), PA4 = d(0xBFBC63983D3E28ECL),
            PA5 = d(0x3FA22A36599795EBL), PA6 = d(0xBF61BF380A96073FL);
    private static final double QA1 = d(0x3FBB3E6618EEE323L), QA2 = d(0x3FE14AF092EB6F33L),
            QA3 = d(0x3FB2635CD99FE9A7L), QA4 = d(0x3FC02660E763351FL), QA5 = d(0x3F8BEDC26B51DD1CL),
            QA6 = d(0x3F888B545735151DL);
    private static final double RA0 = d(0xBF843412600D6435L), RA1 = d(0xBFE63416E4BA7360L),
            RA2 = d(0xC0251E0441B0E726L), RA3 = d(0xC04F300AE4CBA38DL), RA4 = d(0xC0644CB184282266L),
            RA5 = d(0xC067135CEBCCABB2L), RA6 = d(0xC054526557E4D2F2L), RA7 = d(0xC023A0EFC69AC25CL);
    private static final double SA1 = d(0x4033A6B9BD707687L), SA2 = d(0x4061350C526AE721L),
            SA3 = d(0x407B290DD58A1A71L), SA4 = d(0x40842B1921EC2868L), SA5 = d(0x407AD02157700314L),
            SA6 = d(0x405B28A3EE48AE2CL), SA7 = d(0x401A47EF8E484A93L), SA8 = d(0xBFAEEFF2EE749A62L);
    private static final double RB0 = d(0xBF84341239E86F4AL), RB1 = d(0xBFE993BA70C285DEL),
            RB2 = d(0xC031C209555F995AL), RB3 = d(0xC064145D43C5ED98L), RB4 = d(0xC083EC881375F228L),
            RB5 = d(0xC09004616A2E5992L), RB6 = d(0xC07E384E9BDC383FL);
    private static final double SB1 = d(0x403E568B261D5190L), SB2 = d(0x40745CAE221B9F0AL),
            SB3 = d(0x409802EB189D5118L), SB4 = d(0x40A8FFB7688C246AL), SB5 = d(0x40A3F219CEDF3BE6L),
            SB6 = d(0x407DA874E79FE763L), SB7 = d(0xC03670E242712D62L);

    /** r/s of the [0, 0.84375) approximation, at z = x*x. */
    private static double smallRatio(double z) {
        double r1 = PP0 + z * PP1;
        double z2 = z * z;
        double r2 = PP2 + z * PP3;
        double z4 = z2 * z2;
        double s1 = 1.0 + z * QQ1;
        double s2 = QQ2 + z * QQ3;
        double s3 = QQ4 + z * QQ5;
        double r = r1 + z2 * r2 + z4 * PP4;
        double s = s1 + z2 * s2 + z4 * s3;
        return r / s;
    }

    /** P/Q of the [0.84375, 1.25) approximation, at s = |x| - 1. */
    private static double middleRatio(double s) {
        double p1 = PA0 + s * PA1;
        double s2 = s * s;
        double q1 = 1.0 + s * QA1;
        double s4 = s2 * s2;
        double p2 = PA2 + s * PA3;
        double s6 = s4 * s2;
        double q2 = QA2 + s * QA3;
        double p3 = PA4 + s * PA5;
        double q3 = QA4 + s * QA5;
        double p = p1 + s2 * p2 + s4 * p3 + s6 * PA6;
        double q = q1 + s2 * q2 + s4 * q3 + s6 * QA6;
        return p / q;
    }

    /** R/S of the tail approximations, at s = 1/x^2. */
    private static double tailRatio(double ax, double s) {
        double s2 = s * s;
        double s4 = s2 * s2;
        double s6 = s4 * s2;
        if (ax < 1 / 0.35) {
            double r1 = RA0 + s * RA1;
            double t1 = 1.0 + s * SA1;
            double r2 = RA2 + s * RA3;
            double s8 = s4 * s4;
            double t2 = SA2 + s * SA3;
            double r3 = RA4 + s * RA5;
            double t3 = SA4 + s * SA5;
            double r4 = RA6 + s * RA7;
            double t4 = SA6 + s * SA7;
            double r = r1 + s2 * r2 + s4 * r3 + s6 * r4;
            double t = t1 + s2 * t2 + s4 * t3 + s6 * t4 + s8 * SA8;
            return r / t;
        }
        double r1 = RB0 + s * RB1;
        double t1 = 1.0 + s * SB1;
        double r2 = RB2 + s * RB3;
        double t2 = SB2 + s * SB3;
        double r3 = RB4 + s * RB5;
        double t3 = SB4 + s * SB5;
        double t4 = SB6 + s * SB7;
        double r = r1 + s2 * r2 + s4 * r3 + s6 * RB6;
        double t = t1 + s2 * t2 + s4 * t3 + s6 * t4;
        return r / t;
    }

    /** exp(-x^2) * exp(R/S - 0.5625) / x, splitting x^2 so the first exp is exact-argument. */
    private static double tail(double ax) {
        double s = 1.0 / (ax * ax);
        double rs = tailRatio(ax, s);
        double z = Double.longBitsToDouble(Double.doubleToRawLongBits(ax) & 0xffffffff00000000L);
        double r = GlibcExp.exp(-z * z - 0.5625) * GlibcExp.exp((z - ax) * (z + ax) + rs);
        return r / ax;
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 1.0 : -1.0;
        }
        double ax = Math.abs(x);
        if (ax < 0.84375) {
            if (ax < 0x1p-28) {
                if (ax < Double.MIN_NORMAL * 16) {
                    return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
                }
                return x + EFX * x;
            }
            return x + x * smallRatio(x * x);
        }
        if (ax < 1.25) {
            double pq = middleRatio(ax - 1.0);
            return x >= 0 ? ERX + pq : -ERX - pq;
        }
        if (ax >= 6) {
            return x >= 0 ? 1.0 - TINY : TINY - 1.0;
        }
        double r = tail(ax);
        return x >= 0 ? 1.0 - r : r - 1.0;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 0.0 : 2.0;
        }
        double ax = Math.abs(x);
        if (ax < 0.84375) {
            if (ax < 0x1p-56) {
                return 1.0 - x;
            }
            double y = smallRatio(x * x);
            if (x < 0.25) {
                return 1.0 - (x + x * y);
            }
            double r = x * y;
            r += (x - 0.5);
            return 0.5 - r;
        }
        if (ax < 1.25) {
            double pq = middleRatio(ax - 1.0);
            if (x >= 0) {
                return (1.0 - ERX) - pq;
            }
            return 1.0 + (ERX + pq);
        }
        if (ax < 28) {
            if (x < 0 && ax >= 6) {
                return 2.0 - TINY;
            }
            double r = tail(ax);
            return x > 0 ? r : 2.0 - r;
        }
        return x > 0 ? TINY * TINY : 2.0 - TINY;
    }
}
