package dev.weft.runtime.math;

/**
 * expm1, log1p and tanh as glibc 2.36 on x86-64 computes them: Sun's fdlibm algorithms with
 * glibc's regrouped (Estrin-style) polynomials. expm1 follows glibc's FMA build (selected at
 * run time on CPUs with FMA, as on the reference machine): every a*b+c the compiler contracts
 * is a {@link Math#fma}. In log1p only the final polynomial sum is fused, which is what
 * reproduces glibc's results on the tables (40000 extra random inputs, no difference). These
 * round differently from Java's StrictMath in rare cases.
 */
final class Fdlibm {
    private Fdlibm() {}

    private static final double O_THRESHOLD = 7.09782712893383973096e+02;
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double Q1 = -3.33333333333331316428e-02;
    private static final double Q2 = 1.58730158725481460165e-03;
    private static final double Q3 = -7.93650757867487942473e-05;
    private static final double Q4 = 4.00821782732936239552e-06;
    private static final double Q5 = -2.01099218183624371326e-07;

    private static final double LP1 = 6.666666666666735130e-01;
    private static final double LP2 = 3.999999999940941908e-01;
    private static final double LP3 = 2.857142874366239149e-01;
    private static final double LP4 = 2.222219843214978396e-01;
    private static final double LP5 = 1.818357216161805012e-01;
    private static final double LP6 = 1.531383769920937332e-01;
    private static final double LP7 = 1.479819860511658591e-01;

    private static int high(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    private static int low(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    private static double withHigh(double x, int hi) {
        return Double.longBitsToDouble(((long) hi << 32) | (Double.doubleToRawLongBits(x) & 0xffffffffL));
    }

    private static double fromHigh(int hi) {
        return Double.longBitsToDouble((long) hi << 32);
    }

    /** y * 2^k by adding k to the exponent field, as fdlibm does (y normal, result normal). */
    private static double addExponent(double y, int k) {
        return withHigh(y, high(y) + (k << 20));
    }

    static double expm1(double x) {
        int hx = high(x);
        boolean negative = hx < 0;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687A) {
            if (hx >= 0x40862E42) {
                if (hx >= 0x7ff00000) {
                    if (((hx & 0xfffff) | low(x)) != 0) {
                        return x + x;
                    }
                    return negative ? -1.0 : x;
                }
                if (x > O_THRESHOLD) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            if (negative) {
                return 1e-300 - 1.0;
            }
        }
        int k;
        double c = 0.0;
        if (hx > 0x3fd62e42) {
            double hi;
            double lo;
            if (hx < 0x3FF0A2B2) {
                if (!negative) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) Math.fma(INV_LN2, x, negative ? -0.5 : 0.5);
                double t = k;
                hi = Math.fma(-t, LN2_HI, x);
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) {
            return x;
        } else {
            k = 0;
        }
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1a = Math.fma(hxs, Q1, 1.0);
        double h2 = hxs * hxs;
        double r2 = Math.fma(hxs, Q3, Q2);
        double h4 = h2 * h2;
        double r3 = Math.fma(hxs, Q5, Q4);
        double r1 = Math.fma(h4, r3, Math.fma(h2, r2, r1a));
        double t = Math.fma(-r1, hfx, 3.0);
        double e = hxs * ((r1 - t) / Math.fma(-x, t, 6.0));
        if (k == 0) {
            return x - Math.fma(x, e, -hxs);
        }
        e = Math.fma(x, e - c, -c);
        e -= hxs;
        if (k == -1) {
            return Math.fma(0.5, x - e, -0.5);
        }
        if (k == 1) {
            if (x < -0.25) {
                return -2.0 * (e - (x + 0.5));
            }
            return Math.fma(2.0, x - e, 1.0);
        }
        if (k <= -2 || k > 56) {
            double y = 1.0 - (e - x);
            if (k == 1024) {
                return y * 2.0 * 0x1p1023;
            }
            return addExponent(y, k) - 1.0;
        }
        if (k < 20) {
            double tt = fromHigh(0x3ff00000 - (0x200000 >> k));
            return addExponent(tt - (e - x), k);
        }
        double tt = fromHigh((0x3ff - k) << 20);
        double y = x - (e + tt);
        y += 1.0;
        return addExponent(y, k);
    }

    static double log1p(double x) {
        int hx = high(x);
        int ax = hx & 0x7fffffff;
        int k = 1;
        double f = 0.0;
        double c = 0.0;
        int hu = 0;
        if (hx < 0x3FDA827A) {
            if (ax >= 0x3ff00000) {
                return x == -1.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
            }
            if (ax < 0x3e200000) {
                if (ax < 0x3c900000) {
                    return x;
                }
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= (int) 0xbfd2bec3) {
                k = 0;
                f = x;
                hu = 1;
            }
        } else if (hx >= 0x7ff00000) {
            return x + x;
        }
        if (k != 0) {
            double u;
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = high(u);
                k = (hu >> 20) - 1023;
                c = (k > 0) ? 1.0 - (u - x) : x - (u - 1.0);
                c /= u;
            } else {
                u = x;
                hu = high(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) {
                u = withHigh(u, hu | 0x3ff00000);
            } else {
                k += 1;
                u = withHigh(u, hu | 0x3fe00000);
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        double dk = k;
        if (hu == 0) {
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                c += dk * LN2_LO;
                return dk * LN2_HI + c;
            }
            double r = hfsq * (1.0 - 0.66666666666666666 * f);
            if (k == 0) {
                return f - r;
            }
            return dk * LN2_HI - ((r - (dk * LN2_LO + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double z2 = z * z;
        double r2 = LP2 + z * LP3;
        double z4 = z2 * z2;
        double r3 = LP4 + z * LP5;
        double z6 = z4 * z2;
        double r4 = LP6 + z * LP7;
        // glibc's result matches this sum with its three products fused (found on 40000 inputs).
        double r = Math.fma(z6, r4, Math.fma(z4, r3, Math.fma(z, LP1, z2 * r2)));
        if (k == 0) {
            return f - (hfsq - s * (hfsq + r));
        }
        return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + (dk * LN2_LO + c))) - f);
    }

    static double tanh(double x) {
        int jx = high(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
        }
        double z;
        if (ix < 0x40360000) {
            if ((ix | low(x)) == 0) {
                return x;
            }
            if (ix < 0x3c800000) {
                return x * (1.0 + x);
            }
            if (ix >= 0x3ff00000) {
                double t = expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0 - 1e-300;
        }
        return jx >= 0 ? z : -z;
    }
}
