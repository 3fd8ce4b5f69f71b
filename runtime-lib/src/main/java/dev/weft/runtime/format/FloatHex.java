package dev.weft.runtime.format;

import java.math.BigInteger;

/** {@code float.hex()} and {@code float.fromhex()} as CPython. */
public final class FloatHex {
    private FloatHex() {}

    /** {@code x.hex()}: e.g. 0x1.8000000000000p+0, 0x0.0000000000001p-1022, -0x0.0p+0, inf, nan. */
    public static String toHex(double x) {
        if (x != x) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(x);
        String sign = bits < 0 ? "-" : "";
        if (x == 0) {
            return sign + "0x0.0p+0";
        }
        long fraction = bits & ((1L << 52) - 1);
        int biasedExp = (int) (bits >>> 52) & 0x7ff;
        char lead = biasedExp == 0 ? '0' : '1';
        int exp = biasedExp == 0 ? -1022 : biasedExp - 1023;
        String frac = Long.toHexString(fraction);
        StringBuilder sb = new StringBuilder(24).append(sign).append("0x").append(lead).append('.');
        for (int i = frac.length(); i < 13; i++) {
            sb.append('0');
        }
        sb.append(frac).append('p').append(exp < 0 ? '-' : '+').append(Math.abs(exp));
        return sb.toString();
    }

    /** {@code float.fromhex(s)}, correctly rounded (half to even). */
    public static double fromHex(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        while (n > i && isSpace(s.charAt(n - 1))) {
            n--;
        }
        String body = s.substring(i, n);
        boolean negative = false;
        int p = 0;
        if (p < body.length() && (body.charAt(p) == '+' || body.charAt(p) == '-')) {
            negative = body.charAt(p) == '-';
            p++;
        }
        String rest = body.substring(p);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equalsIgnoreCase("nan")) {
            return negative ? NumberParsing.NEGATIVE_NAN : Double.NaN;
        }
        if (rest.length() >= 2 && rest.charAt(0) == '0' && (rest.charAt(1) == 'x' || rest.charAt(1) == 'X')) {
            rest = rest.substring(2);
        }
        StringBuilder mantissa = new StringBuilder();
        int q = 0;
        int fracDigits = 0;
        while (q < rest.length() && Character.digit(rest.charAt(q), 16) >= 0 && rest.charAt(q) < 0x80) {
            mantissa.append(rest.charAt(q++));
        }
        if (q < rest.length() && rest.charAt(q) == '.') {
            q++;
            while (q < rest.length() && Character.digit(rest.charAt(q), 16) >= 0 && rest.charAt(q) < 0x80) {
                mantissa.append(rest.charAt(q++));
                fracDigits++;
            }
        }
        if (mantissa.length() == 0) {
            throw invalid();
        }
        long exp = 0;
        if (q < rest.length() && (rest.charAt(q) == 'p' || rest.charAt(q) == 'P')) {
            q++;
            boolean expNegative = false;
            if (q < rest.length() && (rest.charAt(q) == '+' || rest.charAt(q) == '-')) {
                expNegative = rest.charAt(q) == '-';
                q++;
            }
            int start = q;
            while (q < rest.length() && rest.charAt(q) >= '0' && rest.charAt(q) <= '9') {
                // Saturate: beyond ~2^40 every non-zero value over- or underflows anyway.
                if (exp < (1L << 40)) {
                    exp = exp * 10 + (rest.charAt(q) - '0');
                }
                q++;
            }
            if (q == start) {
                throw invalid();
            }
            if (expNegative) {
                exp = -exp;
            }
        }
        if (q != rest.length()) {
            throw invalid();
        }
        BigInteger m = new BigInteger(mantissa.toString(), 16);
        double magnitude = scaleRounded(m, exp - 4L * fracDigits);
        return negative ? -magnitude : magnitude;
    }

    /** m * 2^e rounded half to even to a double; OverflowError when too large. */
    static double scaleRounded(BigInteger m, long e) {
        if (m.signum() == 0) {
            return 0.0;
        }
        int len = m.bitLength();
        if (e + len - 1 > 1023) {
            throw tooLarge();
        }
        if (e + len < -1075) {
            return 0.0; // below half the smallest subnormal
        }
        long drop = Math.max(len - 53L, -1074L - e);
        long kept;
        if (drop > 0) {
            BigInteger top = m.shiftRight((int) drop);
            kept = top.longValueExact();
            boolean half = m.testBit((int) drop - 1);
            boolean sticky = m.getLowestSetBit() < drop - 1;
            if (half && (sticky || (kept & 1) == 1)) {
                kept++;
            }
            e += drop;
        } else {
            kept = m.longValueExact();
        }
        double r = Math.scalb((double) kept, (int) e);
        if (Double.isInfinite(r)) {
            throw tooLarge();
        }
        return r;
    }

    private static FormatError invalid() {
        return FormatError.valueError("invalid hexadecimal floating-point string");
    }

    private static FormatError tooLarge() {
        return FormatError.overflowError("hexadecimal value too large to represent as a float");
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }
}
