package dev.weft.runtime.math;

/**
 * CPython's own gamma and lgamma (Modules/mathmodule.c m_tgamma, m_lgamma): the Lanczos
 * approximation with N=13, g=6.024680040776729583740234375 as a rational function, the
 * reflection formula for negative x, and a table for small integers. The libm calls inside
 * (exp, pow, log, sin, cos) are the correctly rounded ones, as glibc's are in practice.
 */
final class Gamma {
    private Gamma() {}

    private static final double PI = 3.141592653589793238462643383279502884197;
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;
    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };
    /** The denominator x(x+1)...(x+11) expanded. */
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    };
    private static final int N_GAMMA_INTEGRAL = 23;

    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        int n = LANCZOS_NUM.length;
        if (x < 5.0) {
            for (int i = n - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi x) for finite x, exact at integers. */
    static double sinPi(double x) {
        double y = Math.abs(x) % 2.0;
        long n = Math.round(2.0 * y);
        double r;
        switch ((int) n) {
            case 0: r = GlibcSinCos.sin(PI * y); break;
            case 1: r = GlibcSinCos.cos(PI * (y - 0.5)); break;
            case 2: r = GlibcSinCos.sin(PI * (1.0 - y)); break;
            case 3: r = -GlibcSinCos.cos(PI * (y - 1.5)); break;
            default: r = GlibcSinCos.sin(PI * (y - 2.0)); break;
        }
        return Math.copySign(1.0, x) * r;
    }

    private static double pow(double x, double y) {
        return PyMath.libmPow(x, y);
    }

    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0.0) {
                return x;
            }
            throw MathError.domain();
        }
        if (x == 0.0) {
            throw MathError.domain();
        }
        if (x == Math.floor(x)) {
            if (x < 0.0) {
                throw MathError.domain();
            }
            if (x <= N_GAMMA_INTEGRAL) {
                return factorialOf((int) x - 1);
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) {
                throw MathError.range();
            }
            return r;
        }
        if (absx > 200.0) {
            if (x < 0.0) {
                return 0.0 / sinPi(x);
            }
            throw MathError.range();
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -PI / sinPi(absx) / absx * GlibcExp.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= pow(y, absx - 0.5);
            } else {
                double sqrtpow = pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / GlibcExp.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= pow(y, absx - 0.5);
            } else {
                double sqrtpow = pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (Double.isInfinite(r)) {
            throw MathError.range();
        }
        return r;
    }

    private static double factorialOf(int n) {
        double f = 1.0;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }

    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                throw MathError.domain();
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -CorrectlyRounded.log(absx);
        }
        double r = CorrectlyRounded.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (CorrectlyRounded.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = LOG_PI - CorrectlyRounded.log(Math.abs(sinPi(absx))) - CorrectlyRounded.log(absx) - r;
        }
        if (Double.isInfinite(r)) {
            throw MathError.range();
        }
        return r;
    }
}
