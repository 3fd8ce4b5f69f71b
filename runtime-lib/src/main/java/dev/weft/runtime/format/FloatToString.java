package dev.weft.runtime.format;

/**
 * CPython's {@code PyOS_double_to_string}: a double as text in one of the codes
 * e E f F g G r, with a precision and flags. The digits come from {@link ShortestDecimal}
 * (code 'r') or {@link ExactDecimal} (the others); the layout follows CPython's
 * {@code format_float_short}.
 */
public final class FloatToString {
    private FloatToString() {}

    /** Always print a sign ('+' for non-negative values). */
    public static final int SIGN = 1;
    /** Print ".0" after an integral value written without exponent (repr, empty format type). */
    public static final int ADD_DOT_0 = 2;
    /** Alternate form ('#'): keep the decimal point and, for 'g', trailing zeros. */
    public static final int ALT = 4;
    /** Print a negative value that rounds to zero without its sign ('z'). */
    public static final int NO_NEG_0 = 8;

    /** {@code repr(x)} and {@code str(x)} of a Python float. */
    public static String repr(double x) {
        if (x != x) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (Double.doubleToRawLongBits(x) < 0) ? "-0.0" : "0.0";
        }
        DecimalDigits d = ShortestDecimal.of(Math.abs(x));
        return layout(x < 0, d, 'r', 0, ADD_DOT_0, false);
    }

    /**
     * {@code PyOS_double_to_string(x, code, precision, flags)}. For 'r' the precision must be 0.
     */
    public static String format(double x, char code, int precision, int flags) {
        if (precision > Integer.MAX_VALUE - 1024) {
            // The text could not be held in a Java string (CPython fails its allocation).
            throw new FormatError("MemoryError", "");
        }
        boolean upper = false;
        char mode = code;
        switch (code) {
            case 'E': upper = true; mode = 'e'; break;
            case 'F': upper = true; mode = 'f'; break;
            case 'G': upper = true; mode = 'g'; break;
            case 'e': case 'f': case 'g': case 'r': break;
            default: throw new IllegalArgumentException("format code " + code);
        }
        if (mode == 'e') {
            precision++;
        } else if (mode == 'g' && precision == 0) {
            precision = 1;
        }
        boolean negative = Double.doubleToRawLongBits(x) < 0;
        if (x != x || Double.isInfinite(x)) {
            StringBuilder sb = new StringBuilder(4);
            if (x != x) {
                if ((flags & SIGN) != 0) {
                    sb.append('+');
                }
                sb.append(upper ? "NAN" : "nan");
            } else {
                if (negative) {
                    sb.append('-');
                } else if ((flags & SIGN) != 0) {
                    sb.append('+');
                }
                sb.append(upper ? "INF" : "inf");
            }
            return sb.toString();
        }
        DecimalDigits d;
        switch (mode) {
            case 'r': d = x == 0 ? DecimalDigits.ZERO : ShortestDecimal.of(Math.abs(x)); break;
            case 'f': d = ExactDecimal.fixed(x, precision); break;
            default: d = ExactDecimal.significant(x, precision); break;
        }
        if ((flags & NO_NEG_0) != 0 && d.isZero()) {
            negative = false;
        }
        return layout(negative, d, mode, precision, flags, upper);
    }

    /** CPython's layout of dtoa digits for the codes e, f, g, r. */
    static String layout(boolean negative, DecimalDigits d, char mode, int precision, int flags, boolean upper) {
        String digits = d.digits();
        int digitsLen = digits.length();
        int decpt = d.decpt();
        boolean addDot0 = (flags & ADD_DOT_0) != 0;
        boolean alt = (flags & ALT) != 0;
        boolean useExp = false;
        int exp = 0;
        // The output is a slice [start, end) of the digits padded with zeros on both sides.
        int vEnd = digitsLen;
        switch (mode) {
            case 'e':
                useExp = true;
                vEnd = precision;
                break;
            case 'f':
                vEnd = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alt) {
                    vEnd = precision;
                }
                break;
            default: // 'r'
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
                break;
        }
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vEnd = Math.max(vEnd, decpt + 1);
        } else {
            vEnd = Math.max(vEnd, decpt);
        }
        StringBuilder sb = new StringBuilder(vEnd - vStart + 8);
        if (negative) {
            sb.append('-');
        } else if ((flags & SIGN) != 0) {
            sb.append('+');
        }
        if (decpt <= 0) {
            zeros(sb, decpt - vStart);
            sb.append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -vStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            sb.append(digits);
        }
        if (digitsLen < decpt) {
            zeros(sb, decpt - digitsLen);
            sb.append('.');
            zeros(sb, vEnd - decpt);
        } else {
            zeros(sb, vEnd - digitsLen);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alt) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e');
            if (exp < 0) {
                sb.append('-');
                exp = -exp;
            } else {
                sb.append('+');
            }
            if (exp < 10) {
                sb.append('0');
            }
            sb.append(exp);
        }
        return sb.toString();
    }

    private static void zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append('0');
        }
    }
}
