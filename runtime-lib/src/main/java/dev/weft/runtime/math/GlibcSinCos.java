package dev.weft.runtime.math;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * sin and cos as glibc 2.36 computes them on x86-64 (IBM's Accurate Mathematical Library in
 * glibc's FMA build): a table of sin and cos at k/128 with short Taylor corrections, Cody-Waite
 * reduction below 105414350 and Payne-Hanek reduction (branred, which glibc does not build
 * with FMA) above. The contractions follow GCC's: {@link Math#fma} exactly where the FMA build
 * fuses. The table (sin and cos of k/128 as hi + lo) and 2/pi in base 2^24 are computed here.
 */
final class GlibcSinCos {
    private GlibcSinCos() {}

    private static double d(long bits) {
        return Double.longBitsToDouble(bits);
    }

    private static final double S1 = d(0xbfc5555555555555L);
    private static final double S2 = d(0x3f81111111110eceL);
    private static final double S3 = d(0xbf2a01a019db08b8L);
    private static final double S4 = d(0x3ec71de27b9a7ed9L);
    private static final double S5 = d(0xbe5addffc2fcdf59L);
    private static final double BIG = 0x1.8p45;
    private static final double HP0 = d(0x3ff921fb54442d18L);
    private static final double HP1 = d(0x3c91a62633145c07L);
    private static final double MP1 = d(0x3ff921fb58000000L);
    private static final double MP2 = d(0xbe4dde973c000000L);
    private static final double PP3 = d(0xbc8cb3b398000000L);
    private static final double PP4 = d(0xbacd747f23e32ed7L);
    private static final double HPINV = d(0x3fe45f306dc9c883L);
    private static final double TOINT = 0x1.8p52;
    private static final double SN3 = d(0xbfc5555555555515L);
    private static final double SN5 = d(0x3f811110e829872fL);
    private static final double CS2 = 0.5;
    private static final double CS4 = d(0xbfa5555555555535L);
    private static final double CS6 = d(0x3f56c16bedd9e239L);

    private static final double T576 = 0x1p576;
    private static final double TM600 = 0x1p-600;
    private static final double TM24 = 0x1p-24;
    private static final double BR_BIG = 0x1.8p52;
    private static final double BR_BIG1 = 0x1.8p54;
    private static final double BR_MP2 = d(0xbe4dde9740000000L);
    private static final double SPLIT = 134217729.0;

    /** sin(k/128), its remainder, cos(k/128), its remainder, for k = 0..109. */
    private static final double[] SINCOS = sinCosTable();
    /** 2/pi in base 2^24: its first 75 digits. */
    private static final double[] TOVERP = twoOverPiDigits();

    private static double[] sinCosTable() {
        MathContext mc = new MathContext(60, RoundingMode.HALF_EVEN);
        double[] t = new double[440];
        for (int k = 0; k < 110; k++) {
            BigDecimal x = BigDecimal.valueOf(k).divide(BigDecimal.valueOf(128), mc);
            BigDecimal s = BigDecimal.ZERO;
            BigDecimal c = BigDecimal.ZERO;
            BigDecimal term = BigDecimal.ONE;
            for (int n = 0; n < 60; n++) {
                if (n > 0) {
                    term = term.multiply(x, mc).divide(BigDecimal.valueOf(n), mc);
                }
                BigDecimal signed = (n / 2) % 2 == 0 ? term : term.negate();
                if (n % 2 == 0) {
                    c = c.add(signed, mc);
                } else {
                    s = s.add(signed, mc);
                }
            }
            double sn = s.doubleValue();
            double cs = c.doubleValue();
            t[4 * k] = sn;
            t[4 * k + 1] = s.subtract(new BigDecimal(sn)).doubleValue();
            t[4 * k + 2] = cs;
            t[4 * k + 3] = c.subtract(new BigDecimal(cs)).doubleValue();
        }
        return t;
    }

    private static double[] twoOverPiDigits() {
        double[] digits = new double[75];
        BigDecimal rest = Constants.TWO_OVER_PI_BIG;
        BigDecimal base = BigDecimal.valueOf(1 << 24);
        for (int i = 0; i < digits.length; i++) {
            rest = rest.multiply(base);
            BigDecimal digit = rest.setScale(0, RoundingMode.FLOOR);
            digits[i] = digit.doubleValue();
            rest = rest.subtract(digit);
        }
        return digits;
    }

    private static double taylorSin(double xx, double x, double dx) {
        double poly = Math.fma(xx, Math.fma(xx, Math.fma(xx, Math.fma(xx, S5, S4), S3), S2), S1);
        double t = Math.fma(Math.fma(poly, x, -(0.5 * dx)), xx, dx);
        return x + t;
    }

    private static int tableIndex(double u) {
        return ((int) Double.doubleToRawLongBits(u)) << 2;
    }

    private static double doCos(double x, double dx) {
        if (x < 0) {
            dx = -dx;
        }
        double ax = Math.abs(x);
        double u = BIG + ax;
        x = (ax - (u - BIG)) + dx;
        double xx = x * x;
        double s = Math.fma(x * xx, Math.fma(xx, SN5, SN3), x);
        double c = xx * Math.fma(xx, Math.fma(xx, CS6, CS4), CS2);
        int k = tableIndex(u);
        double sn = SINCOS[k];
        double ssn = SINCOS[k + 1];
        double cs = SINCOS[k + 2];
        double ccs = SINCOS[k + 3];
        double cor = Math.fma(-s, sn, Math.fma(-c, cs, Math.fma(-s, ssn, ccs)));
        return cs + cor;
    }

    private static double doSin(double x, double dx) {
        double xold = x;
        if (Math.abs(x) < 0.126) {
            return taylorSin(x * x, x, dx);
        }
        if (x <= 0) {
            dx = -dx;
        }
        double ax = Math.abs(x);
        double u = BIG + ax;
        x = ax - (u - BIG);
        double xx = x * x;
        double s = x + Math.fma(x * xx, Math.fma(xx, SN5, SN3), dx);
        double c = Math.fma(x, dx, xx * Math.fma(xx, Math.fma(xx, CS6, CS4), CS2));
        int k = tableIndex(u);
        double sn = SINCOS[k];
        double ssn = SINCOS[k + 1];
        double cs = SINCOS[k + 2];
        double ccs = SINCOS[k + 3];
        double cor = Math.fma(s, cs, Math.fma(-c, sn, Math.fma(s, ccs, ssn)));
        return Math.copySign(sn + cor, xold);
    }

    /** Cody-Waite: x = n pi/2 + (a + da); returns a, da in out, n mod 4. */
    private static int reduceSinCos(double x, double[] out) {
        double t = Math.fma(x, HPINV, TOINT);
        double xn = t - TOINT;
        double y = Math.fma(xn, -MP2, Math.fma(-xn, MP1, x));
        int n = ((int) Double.doubleToRawLongBits(t)) & 3;
        double t2 = Math.fma(-xn, PP3, y);
        double db = Math.fma(-xn, PP3, y - t2);
        double b = Math.fma(-xn, PP4, t2);
        db = db + Math.fma(-xn, PP4, t2 - b);
        out[0] = b;
        out[1] = db;
        return n;
    }

    /** One half of Payne-Hanek: xi * 2/pi in base 2^24, split as (b, bb, sum) in out. */
    private static void branredHalf(double xi, double[] out) {
        double[] r = new double[6];
        double sum = 0.0;
        int k = (int) ((Double.doubleToRawLongBits(xi) >>> 52) & 2047);
        k = (k - 450) / 24;
        if (k < 0) {
            k = 0;
        }
        double gor = Math.scalb(T576, -24 * k);
        for (int i = 0; i < 6; i++) {
            r[i] = xi * TOVERP[k + i] * gor;
            gor *= TM24;
        }
        for (int i = 0; i < 3; i++) {
            double s = (r[i] + BR_BIG) - BR_BIG;
            sum += s;
            r[i] -= s;
        }
        double t = 0;
        for (int i = 0; i < 6; i++) {
            t += r[5 - i];
        }
        double bb = (((((r[0] - t) + r[1]) + r[2]) + r[3]) + r[4]) + r[5];
        double s = (t + BR_BIG) - BR_BIG;
        sum += s;
        t -= s;
        double b = t + bb;
        bb = (t - b) + bb;
        s = (sum + BR_BIG1) - BR_BIG1;
        sum -= s;
        out[0] = b;
        out[1] = bb;
        out[2] = sum;
    }

    /** Payne-Hanek: x = n pi/2 + (a + aa); returns a, aa in out, n mod 4. */
    private static int branred(double x, double[] out) {
        x *= TM600;
        double t = x * SPLIT;
        double x1 = t - (t - x);
        double x2 = x - x1;
        double[] h1 = new double[3];
        double[] h2 = new double[3];
        branredHalf(x1, h1);
        branredHalf(x2, h2);
        double b1 = h1[0];
        double bb1 = h1[1];
        double b2 = h2[0];
        double bb2 = h2[1];
        double sum = h1[2] + h2[2];
        double b = b1 + b2;
        double bb = Math.abs(b1) > Math.abs(b2) ? (b1 - b) + b2 : (b2 - b) + b1;
        if (b > 0.5) {
            b -= 1.0;
            sum += 1.0;
        } else if (b < -0.5) {
            b += 1.0;
            sum -= 1.0;
        }
        double s = b + (bb + bb1 + bb2);
        t = ((b - s) + bb) + (bb1 + bb2);
        b = s * SPLIT;
        double t1 = b - (b - s);
        double t2 = s - t1;
        b = s * HP0;
        bb = (((t1 * MP1 - b) + t1 * BR_MP2) + t2 * MP1) + (t2 * BR_MP2 + s * HP1 + t * HP0);
        s = b + bb;
        t = (b - s) + bb;
        out[0] = s;
        out[1] = t;
        return ((int) sum) & 3;
    }

    private static double doSinCos(double a, double da, int n) {
        double r = (n & 1) != 0 ? doCos(a, da) : doSin(a, da);
        return (n & 2) != 0 ? -r : r;
    }

    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
    }

    static double sin(double x) {
        int k = highWord(x);
        if (k < 0x3e500000) {
            return x;
        }
        if (k < 0x3feb6000) {
            return doSin(x, 0.0);
        }
        if (k < 0x400368fd) {
            double t = HP0 - Math.abs(x);
            return Math.copySign(doCos(t, HP1), x);
        }
        double[] r = new double[2];
        if (k < 0x419921fb) {
            int n = reduceSinCos(x, r);
            return doSinCos(r[0], r[1], n);
        }
        if (k < 0x7ff00000) {
            int n = branred(x, r);
            return doSinCos(r[0], r[1], n);
        }
        return x / x;
    }

    static double cos(double x) {
        int k = highWord(x);
        if (k < 0x3e400000) {
            return 1.0;
        }
        if (k < 0x3feb6000) {
            return doCos(x, 0.0);
        }
        if (k < 0x400368fd) {
            double y = HP0 - Math.abs(x);
            double a = y + HP1;
            double da = (y - a) + HP1;
            return doSin(a, da);
        }
        double[] r = new double[2];
        if (k < 0x419921fb) {
            int n = reduceSinCos(x, r);
            return doSinCos(r[0], r[1], n + 1);
        }
        if (k < 0x7ff00000) {
            int n = branred(x, r);
            return doSinCos(r[0], r[1], n + 1);
        }
        return x / x;
    }
}
