package dev.weft.runtime.format;

/** {@code float.__format__}: CPython's {@code format_float_internal}. */
final class FloatFormat {
    private FloatFormat() {}

    static String format(double x, String specText, String typeName) {
        if (specText.isEmpty()) {
            return FloatToString.repr(x);
        }
        FormatSpec spec = FormatSpec.parse(specText, typeName, 0, '>');
        switch (spec.type()) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                return format(x, spec);
            default:
                throw FormatSpec.unknownType(spec.type(), typeName);
        }
    }

    /** Formats with a spec whose type is one of: none e E f F g G n %. */
    static String format(double x, FormatSpec spec) {
        if (spec.precision() > Integer.MAX_VALUE) {
            throw FormatError.valueError("precision too big");
        }
        int precision = (int) spec.precision();
        int defaultPrecision = 6;
        int flags = 0;
        if (spec.alternate()) {
            flags |= FloatToString.ALT;
        }
        if (spec.noNegZero()) {
            flags |= FloatToString.NO_NEG_0;
        }
        int type = spec.type();
        if (type == 0) {
            flags |= FloatToString.ADD_DOT_0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        boolean percent = false;
        if (type == '%') {
            type = 'f';
            x *= 100; // as CPython: the product is rounded to a double first
            percent = true;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String text = FloatToString.format(x, (char) type, precision, flags);
        if (percent) {
            text = text + "%";
        }
        // 'n' uses the C locale: no separator.
        char separator = spec.type() == 'n' ? 0 : spec.grouping();
        if (spec.sign() != '+' && spec.sign() != ' ' && spec.width() == -1 && separator == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        renderNumber(out, text, spec.sign(), spec.fill(), spec.align(), spec.width(), separator);
        return out.toString();
    }

    /** Splits "-123.45e+06" into sign, integer digits, decimal point and remainder, and lays it out. */
    static void renderNumber(StringBuilder out, String text, char signMode, int fill, char align, long width,
                             char separator) {
        int index = 0;
        char signChar = 0;
        if (text.charAt(0) == '-') {
            signChar = '-';
            index = 1;
        }
        int p = index;
        while (p < text.length() && text.charAt(p) >= '0' && text.charAt(p) <= '9') {
            p++;
        }
        boolean hasDecimal = p < text.length() && text.charAt(p) == '.';
        String digits = text.substring(index, p);
        String remainder = text.substring(hasDecimal ? p + 1 : p);
        NumberLayout.render(out, signChar, "", digits, hasDecimal, remainder, signMode, fill, align, width,
                separator, 3);
    }
}
