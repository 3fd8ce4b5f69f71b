package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** float arithmetic with CPython's edge cases and errors. */
public final class FloatMath {
    private FloatMath() { }

    public static double div(double a, double b) {
        if (b == 0.0) {
            throw Errors.zeroDivision("float division by zero");
        }
        return a / b;
    }

    public static double mod(double vx, double wx) {
        if (wx == 0.0) {
            throw Errors.zeroDivision("float modulo by zero");
        }
        double mod = vx % wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        return mod;
    }

    public static double floorDiv(double vx, double wx) {
        if (wx == 0.0) {
            throw Errors.zeroDivision("float floor division by zero");
        }
        return divmod(vx, wx)[0];
    }

    public static double[] divmod(double vx, double wx) {
        if (wx == 0.0) {
            throw Errors.zeroDivision("float divmod()");
        }
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    private static boolean isOddInteger(double w) {
        return Math.floor(w) == w && Math.abs(Math.IEEEremainder(w, 2.0)) == 1.0;
    }

    /** {@code a ** b} for floats; a complex result for a negative base and a fractional exponent. */
    public static PyObject pow(double iv, double iw) {
        if (iw == 0) {
            return PyFloat.of(1.0);
        }
        if (Double.isNaN(iv)) {
            return PyFloat.of(iv);
        }
        if (Double.isNaN(iw)) {
            return PyFloat.of(iv == 1.0 ? 1.0 : iw);
        }
        if (Double.isInfinite(iw)) {
            double a = Math.abs(iv);
            if (a == 1.0) {
                return PyFloat.of(1.0);
            }
            return PyFloat.of((iw > 0) == (a > 1.0) ? Double.POSITIVE_INFINITY : 0.0);
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iv > 0) {
                return PyFloat.of(iw > 0 ? iv : 0.0);
            }
            return PyFloat.of(iw > 0 ? (odd ? iv : -iv) : (odd ? -0.0 : 0.0));
        }
        if (iv == 0.0) {
            boolean odd = isOddInteger(iw);
            if (iw < 0.0) {
                throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return PyFloat.of(odd ? iv : 0.0);
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                return PyComplex.pow(new PyComplex(iv, 0), new PyComplex(iw, 0));
            }
            iv = -iv;
            negate = isOddInteger(iw);
        }
        if (iv == 1.0) {
            return PyFloat.of(negate ? -1.0 : 1.0);
        }
        double r = Math.pow(iv, iw);
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return PyFloat.of(negate ? -r : r);
    }

    static PyException rangeError() {
        return new PyException(dev.weft.runtime.exc.ExceptionTypes.create(ExceptionTypes.OverflowError,
                PyInt.of(34), PyStr.of("Numerical result out of range")));
    }

    /** CPython's hash of a finite or infinite double (NaN hashes by identity, handled by the caller). */
    public static long hash(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        final long p = IntMath.HASH_MODULUS;
        int sign = 1;
        if (v < 0) {
            sign = -1;
            v = -v;
        }
        if (v == 0) {
            return 0;
        }
        // frexp: v = m * 2**e with 0.5 <= m < 1
        int e;
        double m;
        if (v < Double.MIN_NORMAL) {
            double scaled = v * 0x1p54;
            int e0 = Math.getExponent(scaled);
            m = Math.scalb(scaled, -(e0 + 1));
            e = e0 + 1 - 54;
        } else {
            int e0 = Math.getExponent(v);
            m = Math.scalb(v, -(e0 + 1));
            e = e0 + 1;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & p) | (x >> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= p) {
                x -= p;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & p) | (x >> (61 - e));
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** {@code round(x)}: half to even, to an int. */
    public static PyInt roundToInt(double x) {
        return toInt(Math.rint(x));
    }

    /** {@code int(x)}: truncation. */
    public static PyInt toInt(double x) {
        if (Double.isNaN(x)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw Errors.overflowError("cannot convert float infinity to integer");
        }
        if (x > -9.2e18 && x < 9.2e18) {
            return PyInt.of((long) x);
        }
        return PyInt.of(new BigDecimal(x).toBigInteger());
    }

    /** {@code round(x, ndigits)}: the exact binary value rounded half-even to ndigits decimals. */
    public static double round(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return x;
        }
        if (ndigits > 325) {
            return x;
        }
        if (ndigits < -310) {
            return Math.copySign(0.0, x);
        }
        BigDecimal r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double d = r.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("rounded value too large to represent");
        }
        return d == 0.0 ? Math.copySign(0.0, x) : d;
    }

    public static PyTuple asIntegerRatio(double x) {
        if (Double.isInfinite(x)) {
            throw Errors.overflowError("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(x)) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        BigDecimal bd = new BigDecimal(x);
        BigInteger num = bd.unscaledValue();
        BigInteger den = BigInteger.ONE;
        if (bd.scale() > 0) {
            den = BigInteger.TEN.pow(bd.scale());
        } else {
            num = num.multiply(BigInteger.TEN.pow(-bd.scale()));
        }
        BigInteger g = num.gcd(den);
        return PyTuple.of(PyInt.of(num.divide(g)), PyInt.of(den.divide(g)));
    }

    /** {@code float.hex()}. */
    public static String hex(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(x) < 0) ? "-" : "";
        x = Math.abs(x);
        if (x == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(x);
        long mant = bits & ((1L << 52) - 1);
        int exp = (int) (bits >>> 52);
        String lead;
        if (exp == 0) {
            lead = "0";
            exp = -1022;
        } else {
            lead = "1";
            exp -= 1023;
        }
        return String.format("%s0x%s.%013xp%s%d", sign, lead, mant, exp >= 0 ? "+" : "", exp);
    }

    /** {@code float.fromhex(s)}. */
    public static double fromHex(String s0) {
        String s = s0.strip().toLowerCase();
        String body = s;
        boolean neg = false;
        if (body.startsWith("-") || body.startsWith("+")) {
            neg = body.charAt(0) == '-';
            body = body.substring(1);
        }
        switch (body) {
            case "inf": case "infinity": return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            case "nan": return Double.NaN;
            default: break;
        }
        if (!body.startsWith("0x")) {
            body = "0x" + body;
        }
        if (!body.contains("p")) {
            body = body + "p0";
        }
        if (!body.matches("0x([0-9a-f]+\\.?[0-9a-f]*|\\.[0-9a-f]+)p[+-]?[0-9]+")) {
            throw Errors.valueError("invalid hexadecimal floating-point string");
        }
        int p = body.indexOf('p');
        String mant = body.substring(0, p);
        if (mant.endsWith(".")) {
            mant = mant + "0";
        }
        if (mant.startsWith("0x.")) {
            mant = "0x0" + mant.substring(2);
        }
        double d;
        try {
            d = Double.parseDouble(mant + body.substring(p));
        } catch (NumberFormatException e) {
            throw Errors.valueError("invalid hexadecimal floating-point string");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("hexadecimal value too large to represent as a float");
        }
        return neg ? -d : d;
    }
}
