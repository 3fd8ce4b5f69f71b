package dev.weft.runtime.math;

/**
 * Python 3.13's {@code cmath} module over {@link Complex} (Modules/cmathmodule.c): the same
 * formulas, cut-offs and special-value tables, over this package's libm functions, with
 * CPython's errors ("math domain error" where C99 Annex G signals divide-by-zero or invalid,
 * "math range error" on overflow).
 */
public final class PyCmath {
    private PyCmath() {}

    public static final double PI = Math.PI;
    public static final double E = Math.E;
    public static final double TAU = 2 * Math.PI;
    public static final double INF = Double.POSITIVE_INFINITY;
    public static final double NAN = Double.NaN;
    public static final Complex INFJ = new Complex(0.0, Double.POSITIVE_INFINITY);
    public static final Complex NANJ = new Complex(0.0, Double.NaN);

    private static final double LARGE_DOUBLE = Double.MAX_VALUE / 4.0;
    private static final double SQRT_LARGE_DOUBLE = Math.sqrt(LARGE_DOUBLE);
    private static final double LOG_LARGE_DOUBLE = CorrectlyRounded.log(LARGE_DOUBLE);
    private static final double SQRT_DBL_MIN = Math.sqrt(Double.MIN_NORMAL);
    private static final int SCALE_UP = 53;
    private static final int SCALE_DOWN = -27;
    private static final double M_LN2 = 0.6931471805599453094;
    private static final double M_LN10 = 2.302585092994045684;

    private static boolean finite(Complex z) {
        return Double.isFinite(z.real()) && Double.isFinite(z.imag());
    }

    // ---- libm with C semantics ---------------------------------------------------------------

    private static double cos(double x) {
        return Double.isFinite(x) ? GlibcSinCos.cos(x) : Double.NaN;
    }

    private static double sin(double x) {
        return Double.isFinite(x) ? GlibcSinCos.sin(x) : Double.NaN;
    }

    private static double log(double x) {
        return PyMath.libmLog(x);
    }

    private static double hypot(double x, double y) {
        return GlibcHypot.hypot(x, y);
    }

    private static double atan2(double y, double x) {
        return PyMath.libmAtan2(y, x);
    }

    private static double asinh(double x) {
        return Double.isFinite(x) ? GlibcCompatible.asinh(x) : x;
    }

    private static double log1p(double x) {
        return x == 0 ? x : Fdlibm.log1p(x);
    }

    private static double cosh(double x) {
        return GlibcCompatible.cosh(x);
    }

    private static double sinh(double x) {
        return GlibcCompatible.sinh(x);
    }

    private static Complex overflowChecked(double re, double im) {
        if (Double.isInfinite(re) || Double.isInfinite(im)) {
            throw MathError.range();
        }
        return new Complex(re, im);
    }

    // ---- functions -----------------------------------------------------------------------------

    public static Complex sqrt(Complex z) {
        if (!finite(z)) {
            return CmathSpecialValues.lookup("sqrt", z.real(), z.imag());
        }
        if (z.real() == 0.0 && z.imag() == 0.0) {
            return new Complex(0.0, z.imag());
        }
        double ax = Math.abs(z.real());
        double ay = Math.abs(z.imag());
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            ax = Math.scalb(ax, SCALE_UP);
            s = Math.scalb(Math.sqrt(ax + hypot(ax, Math.scalb(ay, SCALE_UP))), SCALE_DOWN);
        } else {
            ax /= 8.0;
            s = 2.0 * Math.sqrt(ax + hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        if (z.real() >= 0.0) {
            return new Complex(s, Math.copySign(d, z.imag()));
        }
        return new Complex(d, Math.copySign(s, z.imag()));
    }

    public static Complex acos(Complex z) {
        if (!finite(z)) {
            return CmathSpecialValues.lookup("acos", z.real(), z.imag());
        }
        double re = z.real();
        double im = z.imag();
        if (Math.abs(re) > LARGE_DOUBLE || Math.abs(im) > LARGE_DOUBLE) {
            double real = atan2(Math.abs(im), re);
            double l = log(hypot(re / 2.0, im / 2.0)) + M_LN2 * 2.0;
            double imag = re < 0.0 ? -Math.copySign(l, im) : Math.copySign(l, -im);
            return new Complex(real, imag);
        }
        Complex s1 = sqrt(new Complex(1.0 - re, -im));
        Complex s2 = sqrt(new Complex(1.0 + re, im));
        return new Complex(2.0 * atan2(s1.real(), s2.real()),
                asinh(s2.real() * s1.imag() - s2.imag() * s1.real()));
    }

    public static Complex acosh(Complex z) {
        if (!finite(z)) {
            return CmathSpecialValues.lookup("acosh", z.real(), z.imag());
        }
        double re = z.real();
        double im = z.imag();
        if (Math.abs(re) > LARGE_DOUBLE || Math.abs(im) > LARGE_DOUBLE) {
            return new Complex(log(hypot(re / 2.0, im / 2.0)) + M_LN2 * 2.0, atan2(im, re));
        }
        Complex s1 = sqrt(new Complex(re - 1.0, im));
        Complex s2 = sqrt(new Complex(re + 1.0, im));
        return new Complex(asinh(s1.real() * s2.real() + s1.imag() * s2.imag()),
                2.0 * atan2(s1.imag(), s2.real()));
    }

    public static Complex asin(Complex z) {
        Complex s = asinh(new Complex(-z.imag(), z.real()));
        return new Complex(s.imag(), -s.real());
    }

    public static Complex asinh(Complex z) {
        if (!finite(z)) {
            return CmathSpecialValues.lookup("asinh", z.real(), z.imag());
        }
        double re = z.real();
        double im = z.imag();
        if (Math.abs(re) > LARGE_DOUBLE || Math.abs(im) > LARGE_DOUBLE) {
            double l = log(hypot(re / 2.0, im / 2.0)) + M_LN2 * 2.0;
            double real = im >= 0.0 ? Math.copySign(l, re) : -Math.copySign(l, -re);
            return new Complex(real, atan2(im, Math.abs(re)));
        }
        Complex s1 = sqrt(new Complex(1.0 + im, -re));
        Complex s2 = sqrt(new Complex(1.0 - im, re));
        return new Complex(asinh(s1.real() * s2.imag() - s2.real() * s1.imag()),
                atan2(im, s1.real() * s2.real() - s1.imag() * s2.imag()));
    }

    public static Complex atan(Complex z) {
        Complex s = atanh(new Complex(-z.imag(), z.real()));
        return new Complex(s.imag(), -s.real());
    }

    public static Complex atanh(Complex z) {
        if (!finite(z)) {
            return CmathSpecialValues.lookup("atanh", z.real(), z.imag());
        }
        if (z.real() < 0.0) {
            return atanh(z.negate()).negate();
        }
        double re = z.real();
        double im = z.imag();
        double ay = Math.abs(im);
        if (re > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
            double h = hypot(re / 2.0, im / 2.0);
            return new Complex(re / 4.0 / h / h, -Math.copySign(Math.PI / 2.0, -im));
        }
        if (re == 1.0 && ay < SQRT_DBL_MIN) {
            if (ay == 0.0) {
                throw MathError.domain();
            }
            return new Complex(-log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2.0))),
                    Math.copySign(atan2(2.0, -ay) / 2, im));
        }
        return new Complex(log1p(4.0 * re / ((1 - re) * (1 - re) + ay * ay)) / 4.0,
                -atan2(-2.0 * im, (1 - re) * (1 + re) - ay * ay) / 2.0);
    }

    public static Complex cos(Complex z) {
        return cosh(new Complex(-z.imag(), z.real()));
    }

    public static Complex cosh(Complex z) {
        double re = z.real();
        double im = z.imag();
        if (!finite(z)) {
            Complex r;
            if (Double.isInfinite(re) && Double.isFinite(im) && im != 0.0) {
                double c = Math.copySign(INF, cos(im));
                double s = Math.copySign(INF, sin(im));
                r = re > 0 ? new Complex(c, s) : new Complex(c, -s);
            } else {
                r = CmathSpecialValues.lookup("cosh", re, im);
            }
            return r;
        }
        if (Math.abs(re) > LOG_LARGE_DOUBLE) {
            double xm1 = re - Math.copySign(1.0, re);
            return overflowChecked(cos(im) * cosh(xm1) * Math.E, sin(im) * sinh(xm1) * Math.E);
        }
        return overflowChecked(cos(im) * cosh(re), sin(im) * sinh(re));
    }

    public static Complex exp(Complex z) {
        double re = z.real();
        double im = z.imag();
        if (!finite(z)) {
            if (Double.isInfinite(re) && Double.isFinite(im) && im != 0.0) {
                if (re > 0) {
                    return new Complex(Math.copySign(INF, cos(im)), Math.copySign(INF, sin(im)));
                }
                return new Complex(Math.copySign(0.0, cos(im)), Math.copySign(0.0, sin(im)));
            }
            return CmathSpecialValues.lookup("exp", re, im);
        }
        if (re > LOG_LARGE_DOUBLE) {
            double l = GlibcExp.exp(re - 1.0);
            return overflowChecked(l * cos(im) * Math.E, l * sin(im) * Math.E);
        }
        double l = GlibcExp.exp(re);
        return overflowChecked(l * cos(im), l * sin(im));
    }

    /** CPython's c_log: the value, and whether errno would be EDOM (log of zero). */
    private static Complex cLog(Complex z, boolean[] domainError) {
        domainError[0] = false;
        if (!finite(z)) {
            return CmathSpecialValues.lookup("log", z.real(), z.imag());
        }
        double ax = Math.abs(z.real());
        double ay = Math.abs(z.imag());
        double real;
        if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
            real = log(hypot(ax / 2.0, ay / 2.0)) + M_LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax > 0.0 || ay > 0.0) {
                real = log(hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * M_LN2;
            } else {
                domainError[0] = true;
                return new Complex(Double.NEGATIVE_INFINITY, atan2(z.imag(), z.real()));
            }
        } else {
            double h = hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = ax > ay ? ax : ay;
                double an = ax > ay ? ay : ax;
                real = log1p((am - 1) * (am + 1) + an * an) / 2.0;
            } else {
                real = log(h);
            }
        }
        return new Complex(real, atan2(z.imag(), z.real()));
    }

    public static Complex log(Complex z) {
        boolean[] edom = new boolean[1];
        Complex r = cLog(z, edom);
        if (edom[0]) {
            throw MathError.domain();
        }
        return r;
    }

    /** {@code cmath.log(z, base)}: the error state is the base's logarithm's, then the division's. */
    public static Complex log(Complex z, Complex base) {
        boolean[] edom = new boolean[1];
        Complex num = cLog(z, edom);
        Complex den = cLog(base, edom);
        boolean[] divideByZero = new boolean[1];
        Complex r = quotient(num, den, divideByZero);
        if (edom[0] || divideByZero[0]) {
            throw MathError.domain();
        }
        return r;
    }

    public static Complex log10(Complex z) {
        boolean[] edom = new boolean[1];
        Complex r = cLog(z, edom);
        if (edom[0]) {
            throw MathError.domain();
        }
        return new Complex(r.real() / M_LN10, r.imag() / M_LN10);
    }

    /** CPython's _Py_c_quot (Smith's algorithm); flags division by zero. */
    static Complex quotient(Complex a, Complex b, boolean[] divideByZero) {
        double absBr = Math.abs(b.real());
        double absBi = Math.abs(b.imag());
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                divideByZero[0] = true;
                return new Complex(0.0, 0.0);
            }
            double ratio = b.imag() / b.real();
            double denom = b.real() + b.imag() * ratio;
            return new Complex((a.real() + a.imag() * ratio) / denom, (a.imag() - a.real() * ratio) / denom);
        }
        if (absBi >= absBr) {
            double ratio = b.real() / b.imag();
            double denom = b.real() * ratio + b.imag();
            return new Complex((a.real() * ratio + a.imag()) / denom, (a.imag() * ratio - a.real()) / denom);
        }
        return new Complex(Double.NaN, Double.NaN);
    }

    public static Complex sin(Complex z) {
        Complex s = sinh(new Complex(-z.imag(), z.real()));
        return new Complex(s.imag(), -s.real());
    }

    public static Complex sinh(Complex z) {
        double re = z.real();
        double im = z.imag();
        if (!finite(z)) {
            if (Double.isInfinite(re) && Double.isFinite(im) && im != 0.0) {
                double c = Math.copySign(INF, cos(im));
                double s = Math.copySign(INF, sin(im));
                return re > 0 ? new Complex(c, s) : new Complex(-c, s);
            }
            return CmathSpecialValues.lookup("sinh", re, im);
        }
        if (Math.abs(re) > LOG_LARGE_DOUBLE) {
            double xm1 = re - Math.copySign(1.0, re);
            return overflowChecked(cos(im) * sinh(xm1) * Math.E, sin(im) * cosh(xm1) * Math.E);
        }
        return overflowChecked(cos(im) * sinh(re), sin(im) * cosh(re));
    }

    public static Complex tan(Complex z) {
        Complex s = tanh(new Complex(-z.imag(), z.real()));
        return new Complex(s.imag(), -s.real());
    }

    public static Complex tanh(Complex z) {
        double re = z.real();
        double im = z.imag();
        if (!finite(z)) {
            if (Double.isInfinite(re) && Double.isFinite(im) && im != 0.0) {
                double imag = Math.copySign(0.0, 2.0 * sin(im) * cos(im));
                return new Complex(re > 0 ? 1.0 : -1.0, imag);
            }
            return CmathSpecialValues.lookup("tanh", re, im);
        }
        if (Math.abs(re) > LOG_LARGE_DOUBLE) {
            return new Complex(Math.copySign(1.0, re),
                    4.0 * sin(im) * cos(im) * GlibcExp.exp(-2.0 * Math.abs(re)));
        }
        double tx = Fdlibm.tanh(re);
        double ty = Double.isFinite(im) ? CorrectlyRounded.tan(im) : Double.NaN;
        double cx = 1.0 / cosh(re);
        double txty = tx * ty;
        double denom = 1.0 + txty * txty;
        return new Complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    /**
     * {@code cmath.phase}: the argument (c_atan2). glibc's atan2 sets errno to ERANGE when a
     * nonzero y over a finite x underflows to zero, and phase (unlike math.atan2) reports any
     * errno, so that case is an OverflowError in CPython.
     */
    public static double phase(Complex z) {
        double r = atan2(z.imag(), z.real());
        if (r == 0.0 && z.imag() != 0.0 && Double.isFinite(z.imag()) && Double.isFinite(z.real())) {
            throw MathError.range();
        }
        return r;
    }

    /** The argument without phase's error: polar resets errno after computing it. */
    private static double argument(Complex z) {
        return atan2(z.imag(), z.real());
    }

    /** CPython's _Py_c_abs: hypot with C99's infinities, OverflowError on overflow. */
    public static double abs(Complex z) {
        double re = z.real();
        double im = z.imag();
        if (!finite(z)) {
            if (Double.isInfinite(re)) {
                return Math.abs(re);
            }
            if (Double.isInfinite(im)) {
                return Math.abs(im);
            }
            return Double.NaN;
        }
        double r = hypot(re, im);
        if (Double.isInfinite(r)) {
            throw MathError.range();
        }
        return r;
    }

    /** {@code cmath.polar}: (abs, phase). */
    public static double[] polar(Complex z) {
        double phi = argument(z);
        return new double[] {abs(z), phi};
    }

    public static Complex rect(double r, double phi) {
        if (!Double.isFinite(r) || !Double.isFinite(phi)) {
            if (Double.isInfinite(r) && Double.isFinite(phi) && phi != 0.0) {
                double c = Math.copySign(INF, cos(phi));
                double s = Math.copySign(INF, sin(phi));
                return r > 0 ? new Complex(c, s) : new Complex(-c, -s);
            }
            return CmathSpecialValues.lookup("rect", r, phi);
        }
        if (phi == 0.0) {
            return new Complex(r, r * phi);
        }
        return new Complex(r * cos(phi), r * sin(phi));
    }

    public static boolean isfinite(Complex z) {
        return finite(z);
    }

    public static boolean isnan(Complex z) {
        return Double.isNaN(z.real()) || Double.isNaN(z.imag());
    }

    public static boolean isinf(Complex z) {
        return Double.isInfinite(z.real()) || Double.isInfinite(z.imag());
    }

    public static boolean isclose(Complex a, Complex b) {
        return isclose(a, b, 1e-09, 0.0);
    }

    public static boolean isclose(Complex a, Complex b, double relTol, double absTol) {
        if (relTol < 0.0 || absTol < 0.0) {
            throw MathError.valueError("tolerances must be non-negative");
        }
        if (a.real() == b.real() && a.imag() == b.imag()) {
            return true;
        }
        if (isinf(a) || isinf(b)) {
            return false;
        }
        double diff = plainAbs(new Complex(a.real() - b.real(), a.imag() - b.imag()));
        return diff <= relTol * plainAbs(b) || diff <= relTol * plainAbs(a) || diff <= absTol;
    }

    /** _Py_c_abs without the error (isclose ignores errno). */
    private static double plainAbs(Complex z) {
        if (Double.isInfinite(z.real()) || Double.isInfinite(z.imag())) {
            return INF;
        }
        return hypot(z.real(), z.imag());
    }
}
