package dev.weft.frontend.dump;

import dev.weft.frontend.ast.ConstantValue;
import java.math.BigInteger;

/** Python's {@code repr} of the values a syntax tree holds: constants, identifiers and integers. */
public final class PyRepr {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PyRepr() {}

    /**
     * {@code repr(value)} for a constant as {@link ConstantValue} describes it, a {@code String}
     * or an {@code Integer}; {@code null} is Python's {@code None}.
     */
    public static String repr(Object value) {
        if (value == null || value == ConstantValue.NONE) {
            return "None";
        }
        if (value == ConstantValue.ELLIPSIS) {
            return "Ellipsis";
        }
        if (value instanceof String) {
            return str((String) value);
        }
        if (value instanceof ConstantValue.CodePointStr) {
            return str(((ConstantValue.CodePointStr) value).codePoints());
        }
        if (value instanceof BigInteger || value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof Boolean) {
            return ((Boolean) value) ? "True" : "False";
        }
        if (value instanceof Double) {
            return FloatRepr.repr((Double) value);
        }
        if (value instanceof ConstantValue.Imaginary) {
            return imaginary(((ConstantValue.Imaginary) value).imag());
        }
        if (value instanceof ConstantValue.Bytes) {
            return bytes((ConstantValue.Bytes) value);
        }
        throw new IllegalArgumentException("not a Python constant: " + value.getClass().getName());
    }

    /** {@code repr(complex(0.0, imag))}: CPython drops a positive zero real part, e.g. {@code 1.5j}. */
    public static String imaginary(double imag) {
        return FloatRepr.reprWithoutDotZero(imag) + "j";
    }

    /** {@code repr(str)}: CPython's quote choice and escapes; non-ASCII is kept when printable. */
    public static String str(String s) {
        return str(s.codePoints().toArray());
    }

    /** {@code repr(str)} of a str given as code points (lone surrogates stay separate). */
    public static String str(int[] codePoints) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int cp : codePoints) {
            hasSingle |= cp == '\'';
            hasDouble |= cp == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(codePoints.length + 2);
        out.append(quote);
        for (int cp : codePoints) {
            if (cp == quote || cp == '\\') {
                out.append('\\').append((char) cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                hexEscape(out, 'x', cp, 2);
            } else if (cp < 0x7f || UnicodePrintable.isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                hexEscape(out, 'x', cp, 2);
            } else if (cp <= 0xffff) {
                hexEscape(out, 'u', cp, 4);
            } else {
                hexEscape(out, 'U', cp, 8);
            }
        }
        return out.append(quote).toString();
    }

    /** {@code repr(bytes)}: {@code b'...'} with CPython's quote choice and escapes. */
    public static String bytes(ConstantValue.Bytes b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = 0; i < b.length(); i++) {
            hasSingle |= b.get(i) == '\'';
            hasDouble |= b.get(i) == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(b.length() + 3);
        out.append('b').append(quote);
        for (int i = 0; i < b.length(); i++) {
            int c = b.get(i);
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                hexEscape(out, 'x', c, 2);
            } else {
                out.append((char) c);
            }
        }
        return out.append(quote).toString();
    }

    private static void hexEscape(StringBuilder out, char kind, int value, int digits) {
        out.append('\\').append(kind);
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            out.append(HEX[(value >>> shift) & 0xf]);
        }
    }
}
