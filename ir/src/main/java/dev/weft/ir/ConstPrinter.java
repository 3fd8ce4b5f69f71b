package dev.weft.ir;

import dev.weft.frontend.ast.ConstantValue;

import java.math.BigInteger;

/** Renders constants for the IR printer: Python-like, unambiguous, stable across JDKs. */
final class ConstPrinter {
    private ConstPrinter() {}

    static String repr(Object value) {
        if (value instanceof String) {
            return quote((String) value);
        }
        if (value instanceof Boolean) {
            return ((Boolean) value) ? "True" : "False";
        }
        if (value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof Double) {
            // Hex form is exact and does not need a shortest-repr algorithm here.
            double d = (Double) value;
            return "float(" + (Double.isFinite(d) ? Double.toHexString(d) : Double.toString(d)) + ")";
        }
        if (value instanceof ConstantValue.Imaginary) {
            return "complex(0, " + Double.toHexString(((ConstantValue.Imaginary) value).imag()) + ")";
        }
        if (value instanceof ConstantValue.Bytes) {
            ConstantValue.Bytes b = (ConstantValue.Bytes) value;
            StringBuilder sb = new StringBuilder("b'");
            for (int i = 0; i < b.length(); i++) {
                int c = b.get(i);
                if (c >= 0x20 && c < 0x7f && c != '\'' && c != '\\') {
                    sb.append((char) c);
                } else {
                    sb.append(String.format("\\x%02x", c));
                }
            }
            return sb.append('\'').toString();
        }
        if (value instanceof ConstTuple) {
            StringBuilder sb = new StringBuilder("(");
            var items = ((ConstTuple) value).items();
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(repr(items.get(i)));
            }
            if (items.size() == 1) {
                sb.append(',');
            }
            return sb.append(')').toString();
        }
        return String.valueOf(value);
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("'");
        s.codePoints().forEach(cp -> {
            if (cp == '\'' || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp >= 0x20 && cp < 0x7f) {
                sb.appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.append('\'').toString();
    }
}
