package dev.weft.runtime.math;

/**
 * The libm functions whose glibc implementations are not correctly rounded, reproduced by
 * following glibc's algorithms (mostly Sun's fdlibm) over the correctly rounded exp and log
 * that glibc's own exp and log effectively are. Arguments are finite and inside the domain
 * unless stated; special values are handled by {@link PyMath}.
 */
final class GlibcCompatible {
    private GlibcCompatible() {}

    private static final double LN2 = 6.93147180559945286227e-01;

    // ---- cbrt: glibc's own polynomial guess, one rational correction step ----------------------

    private static final double CBRT2 = 1.2599210498948731648;
    private static final double SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    static double cbrt(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x + x;
        }
        double ax = Math.abs(x);
        int xe;
        double xm;
        if (ax < Double.MIN_NORMAL) {
            double scaled = ax * 0x1p54;
            xe = Math.getExponent(scaled) + 1 - 54;
            xm = Math.scalb(scaled, -(Math.getExponent(scaled) + 1));
        } else {
            xe = Math.getExponent(ax) + 1;
            xm = Math.scalb(ax, -xe);
        }
        double u = (0.354895765043919860
                + ((1.50819193781584896
                + ((-2.11499494167371287
                + ((2.44693122563534430
                + ((-1.83469277483613086
                + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm));
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.scalb(x > 0.0 ? ym : -ym, xe / 3);
    }

    // ---- log10: fdlibm's split into exponent and log(mantissa) -------------------------------

    private static final double IVLN10 = Double.longBitsToDouble(0x3FDBCB7B1526E50EL);
    private static final double LOG10_2HI = Double.longBitsToDouble(0x3FD34413509F6000L);
    private static final double LOG10_2LO = Double.longBitsToDouble(0x3D59FEF311F12B36L);

    /** log10 for positive finite x. */
    static double log10(double x) {
        int k = 0;
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >>> 32);
        if (hx < 0x00100000) {
            k -= 54;
            x *= 0x1p54;
            bits = Double.doubleToRawLongBits(x);
            hx = (int) (bits >>> 32);
        }
        k += (hx >> 20) - 1023;
        int i = (k >>> 31);
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = Double.longBitsToDouble(((long) hx << 32) | (bits & 0xffffffffL));
        double z = y * LOG10_2LO + IVLN10 * CorrectlyRounded.log(x);
        return z + y * LOG10_2HI;
    }

    // ---- hyperbolic functions: fdlibm over glibc's exp and fdlibm's expm1/log1p --------------

    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
    }

    /** sinh for finite x; infinity on overflow. */
    static double sinh(double x) {
        int ix = highWord(x);
        double h = x < 0 ? -0.5 : 0.5;
        double ax = Math.abs(x);
        if (ix < 0x40360000) {
            if (ix < 0x3e300000) {
                return x;
            }
            double t = Fdlibm.expm1(ax);
            if (ix < 0x3ff00000) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862E42) {
            return h * GlibcExp.exp(ax);
        }
        if (ax <= 710.4758600739439) {
            double w = GlibcExp.exp(0.5 * ax);
            double t = h * w;
            return t * w;
        }
        return x * Double.POSITIVE_INFINITY;
    }

    /** cosh for finite x; infinity on overflow. */
    static double cosh(double x) {
        int ix = highWord(x);
        double ax = Math.abs(x);
        if (ix < 0x3fd62e43) {
            double t = Fdlibm.expm1(ax);
            double w = 1.0 + t;
            if (ix < 0x3c800000) {
                return w;
            }
            return 1.0 + (t * t) / (w + w);
        }
        if (ix < 0x40360000) {
            double t = GlibcExp.exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862E42) {
            return 0.5 * GlibcExp.exp(ax);
        }
        if (ax <= 710.4758600739439) {
            double w = GlibcExp.exp(0.5 * ax);
            double t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    /** asinh for finite x. */
    static double asinh(double x) {
        int ix = highWord(x);
        double ax = Math.abs(x);
        double w;
        if (ix < 0x3e300000) {
            return x;
        }
        if (ix > 0x41b00000) {
            w = CorrectlyRounded.log(ax) + LN2;
        } else if (ix > 0x40000000) {
            w = CorrectlyRounded.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
        } else {
            double t = x * x;
            w = Fdlibm.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    /** acosh for finite x >= 1. */
    static double acosh(double x) {
        int hx = highWord(x);
        if (hx >= 0x41b00000) {
            return CorrectlyRounded.log(x) + LN2;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (hx > 0x40000000) {
            double t = x * x;
            return CorrectlyRounded.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return Fdlibm.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    /** atanh for |x| < 1. */
    static double atanh(double x) {
        double xa = Math.abs(x);
        double t;
        if (xa < 0.5) {
            if (xa < 0x1p-28) {
                return x;
            }
            t = xa + xa;
            t = 0.5 * Fdlibm.log1p(t + t * xa / (1.0 - xa));
        } else {
            t = 0.5 * Fdlibm.log1p((xa + xa) / (1.0 - xa));
        }
        return Math.copySign(t, x);
    }
}
