package dev.weft.runtime.math;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;

/**
 * fsum, the vector norm behind hypot and dist, prod and sumprod, as CPython 3.13 computes
 * them. prod and sumprod take numbers as {@link Double} (a Python float) or {@link BigInteger},
 * {@link Long}, {@link Integer} (a Python int; bools are passed as 0 and 1) and return a
 * Double or a BigInteger.
 */
public final class Summation {
    private Summation() {}

    // ---- fsum: Shewchuk's exact partials, CPython's msum ---------------------------------------

    public static double fsum(double[] values) {
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        for (double item : values) {
            double x = item;
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double yr = hi - x;
                double lo = y - yr;
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) {
                        throw MathError.overflowError("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == p.length) {
                        p = java.util.Arrays.copyOf(p, 2 * n);
                    }
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw MathError.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0.0;
        double lo = 0.0;
        if (n > 0) {
            hi = p[--n];
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    // ---- vector norm (hypot, dist) -------------------------------------------------------------

    /** CPython's vector_norm: vec holds absolute values, max the largest of them. */
    static double vectorNorm(double[] vec, double max, boolean foundNan) {
        int n = vec.length;
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        if (max == 0.0 || n <= 1) {
            return max;
        }
        int maxE = Math.getExponent(max) + 1;
        if (max < Double.MIN_NORMAL) {
            maxE = Math.getExponent(max * 0x1p54) + 1 - 54;
        }
        if (maxE < -1023) {
            for (int i = 0; i < n; i++) {
                vec[i] /= Double.MIN_NORMAL;
            }
            return Double.MIN_NORMAL * vectorNorm(vec, max / Double.MIN_NORMAL, foundNan);
        }
        double scale = Math.scalb(1.0, -maxE);
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        for (int i = 0; i < n; i++) {
            double x = vec[i] * scale;
            double prHi = x * x;
            double prLo = Math.fma(x, x, -prHi);
            double smHi = csum + prHi;
            double smLo = (csum - smHi) + prHi;
            csum = smHi;
            frac1 += prLo;
            frac2 += smLo;
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
        double prHi = -h * h;
        double prLo = Math.fma(-h, h, -prHi);
        double smHi = csum + prHi;
        double smLo = (csum - smHi) + prHi;
        csum = smHi;
        frac1 += prLo;
        frac2 += smLo;
        double x = csum - 1.0 + (frac1 + frac2);
        h += x / (2.0 * h);
        return h / scale;
    }

    // ---- Python number arithmetic for prod and sumprod -----------------------------------------

    private static Number normalize(Number v) {
        if (v instanceof Double || v instanceof BigInteger) {
            return v;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return BigInteger.valueOf(v.longValue());
        }
        if (v instanceof Float) {
            return v.doubleValue();
        }
        throw MathError.typeError("unsupported number type " + v.getClass().getName());
    }

    /** float(i) for a Python int: correctly rounded, OverflowError beyond the float range. */
    static double intToFloat(BigInteger i) {
        double d = i.doubleValue();
        if (Double.isInfinite(d)) {
            throw MathError.overflowError("int too large to convert to float");
        }
        return d;
    }

    private static double asFloat(Number v) {
        return v instanceof Double ? (Double) v : intToFloat((BigInteger) v);
    }

    private static Number multiply(Number a, Number b) {
        if (a instanceof BigInteger && b instanceof BigInteger) {
            return ((BigInteger) a).multiply((BigInteger) b);
        }
        return asFloat(a) * asFloat(b);
    }

    private static Number add(Number a, Number b) {
        if (a instanceof BigInteger && b instanceof BigInteger) {
            return ((BigInteger) a).add((BigInteger) b);
        }
        return asFloat(a) + asFloat(b);
    }

    /** {@code math.prod(iterable, start=start)} over Python numbers. */
    public static Number prod(List<? extends Number> items, Number start) {
        Number result = normalize(start);
        for (Number item : items) {
            result = multiply(result, normalize(item));
        }
        return result;
    }

    // ---- sumprod: integer fast path, triple-length float path, generic path -------------------

    /** A float total carried as hi + lo + tiny (Ogita, Rump and Oishi's K=3 summation). */
    private static final class TripleLength {
        double hi;
        double lo;
        double tiny;
    }

    private static double twoSumHi(double a, double b) {
        return a + b;
    }

    private static double twoSumLo(double a, double b, double x) {
        double z = x - a;
        return (a - (x - z)) + (b - z);
    }

    /** total + x*y in triple length; false (total unchanged) if the high part is not finite. */
    private static boolean tripleFma(double x, double y, TripleLength total) {
        double prHi = x * y;
        double prLo = Math.fma(x, y, -prHi);
        double smHi = twoSumHi(total.hi, prHi);
        double smLo = twoSumLo(total.hi, prHi, smHi);
        double r1Hi = twoSumHi(total.lo, prLo);
        double r1Lo = twoSumLo(total.lo, prLo, r1Hi);
        double r2Hi = twoSumHi(r1Hi, smLo);
        double r2Lo = twoSumLo(r1Hi, smLo, r2Hi);
        if (!Double.isFinite(smHi)) {
            return false;
        }
        total.hi = smHi;
        total.lo = r2Hi;
        total.tiny = total.tiny + r1Lo + r2Lo;
        return true;
    }

    private static double tripleToDouble(TripleLength t) {
        double lastHi = twoSumHi(t.lo, t.hi);
        double lastLo = twoSumLo(t.lo, t.hi, lastHi);
        return t.tiny + lastLo + lastHi;
    }

    /** {@code math.sumprod(p, q)} over Python numbers. */
    public static Number sumprod(List<? extends Number> p, List<? extends Number> q) {
        Iterator<? extends Number> pIt = p.iterator();
        Iterator<? extends Number> qIt = q.iterator();
        Number total = BigInteger.ZERO;
        boolean intPath = true;
        boolean intInUse = false;
        long intTotal = 0;
        boolean fltPath = true;
        boolean fltInUse = false;
        TripleLength flt = new TripleLength();
        while (true) {
            boolean pStopped = !pIt.hasNext();
            boolean qStopped = !qIt.hasNext();
            Number pi = pStopped ? null : normalize(pIt.next());
            Number qi = qStopped ? null : normalize(qIt.next());
            if (pStopped != qStopped) {
                throw MathError.valueError("Inputs are not the same length");
            }
            boolean finished = pStopped;
            if (intPath) {
                if (!finished && pi instanceof BigInteger && qi instanceof BigInteger
                        && ((BigInteger) pi).bitLength() < 64 && ((BigInteger) qi).bitLength() < 64) {
                    long a = ((BigInteger) pi).longValue();
                    long b = ((BigInteger) qi).longValue();
                    long hi = Math.multiplyHigh(a, b);
                    long prod = a * b;
                    if ((hi == 0 && prod >= 0) || (hi == -1 && prod < 0)) {
                        long sum = intTotal + prod;
                        if (((intTotal ^ sum) & (prod ^ sum)) >= 0) {
                            intTotal = sum;
                            intInUse = true;
                            continue;
                        }
                    }
                }
                intPath = false;
                if (intInUse) {
                    total = add(total, BigInteger.valueOf(intTotal));
                    intTotal = 0;
                    intInUse = false;
                }
            }
            if (fltPath) {
                if (!finished) {
                    Double fp = null;
                    Double fq = null;
                    if (pi instanceof Double && qi instanceof Double) {
                        fp = (Double) pi;
                        fq = (Double) qi;
                    } else if (pi instanceof Double && qi instanceof BigInteger) {
                        double d = ((BigInteger) qi).doubleValue();
                        if (Double.isFinite(d)) {
                            fp = (Double) pi;
                            fq = d;
                        }
                    } else if (qi instanceof Double && pi instanceof BigInteger) {
                        double d = ((BigInteger) pi).doubleValue();
                        if (Double.isFinite(d)) {
                            fq = (Double) qi;
                            fp = d;
                        }
                    }
                    if (fp != null && tripleFma(fp, fq, flt)) {
                        fltInUse = true;
                        continue;
                    }
                }
                fltPath = false;
                if (fltInUse) {
                    total = add(total, tripleToDouble(flt));
                    flt = new TripleLength();
                    fltInUse = false;
                }
            }
            if (finished) {
                return total;
            }
            total = add(total, multiply(pi, qi));
        }
    }
}
