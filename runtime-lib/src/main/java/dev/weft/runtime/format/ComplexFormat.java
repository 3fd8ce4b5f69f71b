package dev.weft.runtime.format;

/** {@code complex.__repr__} and {@code complex.__format__} (CPython's {@code format_complex_internal}). */
final class ComplexFormat {
    private ComplexFormat() {}

    /** {@code repr(complex(re, im))}. */
    static String repr(double re, double im) {
        String imText = FloatToString.format(im, 'r', 0, FloatToString.SIGN);
        if (re == 0 && Double.doubleToRawLongBits(re) == 0) {
            return FloatToString.format(im, 'r', 0, 0) + "j";
        }
        return "(" + FloatToString.format(re, 'r', 0, 0) + imText + "j)";
    }

    static String format(double re, double im, String specText, String typeName) {
        if (specText.isEmpty()) {
            return repr(re, im);
        }
        FormatSpec spec = FormatSpec.parse(specText, typeName, 0, '>');
        switch (spec.type()) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
                return format(re, im, spec);
            default:
                throw FormatSpec.unknownType(spec.type(), typeName);
        }
    }

    private static String format(double re, double im, FormatSpec spec) {
        if (spec.precision() > Integer.MAX_VALUE) {
            throw FormatError.valueError("precision too big");
        }
        int precision = (int) spec.precision();
        if (spec.fill() == '0') {
            throw FormatError.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (spec.align() == '=') {
            throw FormatError.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        int flags = 0;
        if (spec.alternate()) {
            flags |= FloatToString.ALT;
        }
        if (spec.noNegZero()) {
            flags |= FloatToString.NO_NEG_0;
        }
        int type = spec.type();
        int defaultPrecision = 6;
        boolean skipRe = false;
        boolean parens = false;
        if (type == 0) {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0 && Double.doubleToRawLongBits(re) == 0) {
                skipRe = true;
            } else {
                parens = true;
            }
        }
        if (type == 'n') {
            type = 'g';
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String reText = FloatToString.format(re, (char) type, precision, flags);
        String imText = FloatToString.format(im, (char) type, precision, flags);
        char separator = spec.type() == 'n' ? 0 : spec.grouping();
        StringBuilder body = new StringBuilder();
        if (parens) {
            body.append('(');
        }
        if (!skipRe) {
            FloatFormat.renderNumber(body, reText, spec.sign(), 0, '<', -1, separator);
        }
        FloatFormat.renderNumber(body, imText, skipRe ? spec.sign() : '+', 0, '<', -1, separator);
        body.append('j');
        if (parens) {
            body.append(')');
        }
        return StrFormat.pad(body.toString(), spec.fill(), spec.align(), spec.width());
    }
}
