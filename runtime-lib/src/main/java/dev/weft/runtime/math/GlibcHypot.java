package dev.weft.runtime.math;

/**
 * hypot as glibc (2.35 and later) computes it: Borges' improved algorithm (a square root and
 * one correction from an exact-ish residual), with power-of-two scaling near the ends of the
 * float range. It is not always correctly rounded, so cmath (abs, polar, log, sqrt) needs
 * exactly this one.
 */
final class GlibcHypot {
    private GlibcHypot() {}

    private static final double SCALE = 0x1p-600;
    private static final double LARGE_VAL = 0x1p+511;
    private static final double TINY_VAL = 0x1p-511;
    private static final double EPS = 0x1p-54;

    private static double kernel(double ax, double ay) {
        double h = Math.sqrt(ax * ax + ay * ay);
        double t1;
        double t2;
        if (h <= 2.0 * ay) {
            double delta = h - ay;
            t1 = ax * (2.0 * delta - ax);
            t2 = (delta - 2.0 * (ax - ay)) * delta;
        } else {
            double delta = h - ax;
            t1 = 2.0 * delta * (ax - 2.0 * ay);
            t2 = (4.0 * delta - ay) * ay + delta * delta;
        }
        h -= (t1 + t2) / (2.0 * h);
        return h;
    }

    static double hypot(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return Double.POSITIVE_INFINITY;
            }
            return x + y;
        }
        x = Math.abs(x);
        y = Math.abs(y);
        double ax = x < y ? y : x;
        double ay = x < y ? x : y;
        if (ax > LARGE_VAL) {
            if (ay <= ax * EPS) {
                return ax + ay;
            }
            return kernel(ax * SCALE, ay * SCALE) / SCALE;
        }
        if (ay < TINY_VAL) {
            if (ax >= ay / EPS) {
                return ax + ay;
            }
            return kernel(ax / SCALE, ay / SCALE) * SCALE;
        }
        if (ay <= ax * EPS) {
            return ax + ay;
        }
        return kernel(ax, ay);
    }
}
