package dev.weft.runtime.text;

/** {@code repr()} and {@code ascii()} of a str, as CPython 3.13 writes them. */
public final class StrRepr {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StrRepr() {
    }

    /** {@code repr(s)}: printable non-ASCII characters are kept. */
    public static String repr(String s) {
        return quote(s, false);
    }

    /** {@code ascii(s)}: every non-ASCII character escaped. */
    public static String ascii(String s) {
        return quote(s, true);
    }

    private static String quote(String s, boolean asciiOnly) {
        char q = '\'';
        if (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) {
            q = '"';
        }
        StringBuilder out = new StringBuilder(s.length() + 2);
        out.append(q);
        for (int i = 0, n = s.length(); i < n; ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == q || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c == 0x7F) {
                hex(out, 'x', c, 2);
            } else if (c < 0x7F) {
                out.append((char) c);
            } else if (!asciiOnly && UnicodeDatabase.isPrintable(c)) {
                out.appendCodePoint(c);
            } else if (c <= 0xFF) {
                hex(out, 'x', c, 2);
            } else if (c <= 0xFFFF) {
                hex(out, 'u', c, 4);
            } else {
                hex(out, 'U', c, 8);
            }
        }
        out.append(q);
        return out.toString();
    }

    /** repr(s) cut to at most {@code max} characters, as C's {@code %.200R} in error messages. */
    public static String reprTruncated(String s, int max) {
        String r = repr(s);
        if (r.codePointCount(0, r.length()) <= max) {
            return r;
        }
        return r.substring(0, r.offsetByCodePoints(0, max));
    }

    static void hex(StringBuilder out, char kind, int c, int digits) {
        out.append('\\').append(kind);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.append(HEX[(c >>> shift) & 0xF]);
        }
    }
}
