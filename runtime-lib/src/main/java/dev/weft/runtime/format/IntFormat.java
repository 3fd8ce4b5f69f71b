package dev.weft.runtime.format;

import java.math.BigInteger;

/** {@code int.__format__}: CPython's {@code _PyLong_FormatAdvancedWriter}. */
final class IntFormat {
    private IntFormat() {}

    static String format(BigInteger v, String specText, String typeName) {
        if (specText.isEmpty()) {
            return IntDigitLimit.toDecimalString(v);
        }
        FormatSpec spec = FormatSpec.parse(specText, typeName, 'd', '>');
        switch (spec.type()) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                return formatInteger(v, spec);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return FloatFormat.format(toDouble(v), spec);
            default:
                throw FormatSpec.unknownType(spec.type(), typeName);
        }
    }

    /**
     * The common integer presentations (d, x, X, o, b, none) of a value that fits a long,
     * without a BigInteger; null for anything else (the BigInteger path handles it).
     */
    static String formatLong(long v, String specText, String typeName) {
        FormatSpec spec = FormatSpec.parse(specText, typeName, 'd', '>');
        int base;
        switch (spec.type()) {
            case 'd': base = 10; break;
            case 'x': case 'X': base = 16; break;
            case 'o': base = 8; break;
            case 'b': base = 2; break;
            default: return null;
        }
        if (v == Long.MIN_VALUE || spec.precision() != -1 || spec.noNegZero()) {
            return null;   // the BigInteger path raises the errors
        }
        String prefix = !spec.alternate() ? "" : base == 16 ? (spec.type() == 'X' ? "0X" : "0x")
                : base == 8 ? "0o" : base == 2 ? "0b" : "";
        String digits = Long.toString(Math.abs(v), base);
        if (spec.type() == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        StringBuilder out = new StringBuilder();
        NumberLayout.render(out, v < 0 ? '-' : 0, prefix, digits, false, "", spec.sign(), spec.fill(),
                spec.align(), spec.width(), spec.grouping(), spec.groupSize());
        return out.toString();
    }

    /** {@code float(v)} for an int: correctly rounded, OverflowError when too large. */
    static double toDouble(BigInteger v) {
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            throw FormatError.overflowError("int too large to convert to float");
        }
        return d;
    }

    private static String formatInteger(BigInteger v, FormatSpec spec) {
        if (spec.precision() != -1) {
            throw FormatError.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegZero()) {
            throw FormatError.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        StringBuilder out = new StringBuilder();
        if (spec.type() == 'c') {
            if (spec.sign() != 0) {
                throw FormatError.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate()) {
                throw FormatError.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v.bitLength() > 63) {
                throw FormatError.overflowError("Python int too large to convert to C long");
            }
            long x = v.longValue();
            if (x < 0 || x > 0x10ffff) {
                throw FormatError.overflowError("%c arg not in range(0x110000)");
            }
            String ch = new String(Character.toChars((int) x));
            NumberLayout.render(out, (char) 0, "", "", false, ch, spec.sign(), spec.fill(), spec.align(),
                    spec.width(), (char) 0, 3);
            return out.toString();
        }
        int base;
        String prefix = "";
        switch (spec.type()) {
            case 'b': base = 2; prefix = "0b"; break;
            case 'o': base = 8; prefix = "0o"; break;
            case 'x': base = 16; prefix = "0x"; break;
            case 'X': base = 16; prefix = "0X"; break;
            default: base = 10; break;
        }
        if (!spec.alternate()) {
            prefix = "";
        }
        BigInteger abs = v.abs();
        String digits = base == 10 ? IntDigitLimit.toDecimalString(abs) : abs.toString(base);
        if (spec.type() == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        // 'n' uses the C locale: no separator.
        char separator = spec.type() == 'n' ? 0 : spec.grouping();
        NumberLayout.render(out, v.signum() < 0 ? '-' : 0, prefix, digits, false, "", spec.sign(), spec.fill(),
                spec.align(), spec.width(), separator, spec.groupSize());
        return out.toString();
    }
}
