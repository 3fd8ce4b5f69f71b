package dev.weft.runtime.format;

/**
 * {@code repr(s)} and {@code ascii(s)} of a Python str, for the messages of this package (and
 * usable by the object model). Printability follows Python's definition (not printable: the
 * categories Cc Cf Cs Co Cn Zl Zp Zs, except the ASCII space), using the JDK's Unicode tables.
 */
public final class StrRepr {
    private StrRepr() {}

    public static String repr(String s) {
        return quote(s, false);
    }

    public static String ascii(String s) {
        return quote(s, true);
    }

    private static String quote(String s, boolean asciiOnly) {
        char q = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(q);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == q || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                hex(sb, 'x', c, 2);
            } else if (c < 0x7f) {
                sb.append((char) c);
            } else if (asciiOnly || !isPrintable(c)) {
                if (c <= 0xff) {
                    hex(sb, 'x', c, 2);
                } else if (c <= 0xffff) {
                    hex(sb, 'u', c, 4);
                } else {
                    hex(sb, 'U', c, 8);
                }
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.append(q).toString();
    }

    private static void hex(StringBuilder sb, char kind, int c, int width) {
        String h = Integer.toHexString(c);
        sb.append('\\').append(kind);
        for (int i = h.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(h);
    }

    /** Python's {@code str.isprintable} for one code point. */
    public static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** repr(s) cut to at most {@code max} characters, as C's {@code %.200R}. */
    static String reprTruncated(String s, int max) {
        String r = repr(s);
        if (r.codePointCount(0, r.length()) <= max) {
            return r;
        }
        return r.substring(0, r.offsetByCodePoints(0, max));
    }
}
