package dev.weft.runtime.format;

/** {@code str.__format__}: CPython's {@code format_string_internal}. Lengths count code points. */
final class StrFormat {
    private StrFormat() {}

    static String format(String value, String specText, String typeName) {
        if (specText.isEmpty()) {
            return value;
        }
        FormatSpec spec = FormatSpec.parse(specText, typeName, 's', '<');
        if (spec.type() != 's') {
            throw FormatSpec.unknownType(spec.type(), typeName);
        }
        if (spec.sign() == ' ') {
            throw FormatError.valueError("Space not allowed in string format specifier");
        }
        if (spec.sign() != 0) {
            throw FormatError.valueError("Sign not allowed in string format specifier");
        }
        if (spec.noNegZero()) {
            throw FormatError.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw FormatError.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align() == '=') {
            throw FormatError.valueError("'=' alignment not allowed in string format specifier");
        }
        String s = value;
        if (spec.precision() >= 0) {
            int len = value.codePointCount(0, value.length());
            if (len > spec.precision()) {
                s = value.substring(0, value.offsetByCodePoints(0, (int) spec.precision()));
            }
        }
        return pad(s, spec.fill(), spec.align(), spec.width());
    }

    /** CPython's {@code calc_padding} + {@code fill_padding} around an already formatted text. */
    static String pad(String s, int fill, char align, long width) {
        long len = s.codePointCount(0, s.length());
        if (width <= len) {
            return s;
        }
        long total = width;
        long lpad;
        if (align == '>') {
            lpad = total - len;
        } else if (align == '^') {
            lpad = (total - len) / 2;
        } else {
            lpad = 0;
        }
        long rpad = total - len - lpad;
        NumberLayout.checkSize(total);
        StringBuilder sb = new StringBuilder((int) total);
        NumberLayout.fill(sb, fill, lpad);
        sb.append(s);
        NumberLayout.fill(sb, fill, rpad);
        return sb.toString();
    }
}
