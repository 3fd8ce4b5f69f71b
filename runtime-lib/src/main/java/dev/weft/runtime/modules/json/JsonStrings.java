package dev.weft.runtime.modules.json;

/**
 * JSON string literals as CPython's {@code _json} writes them: {@code ensureAscii} escapes every
 * character outside printable ASCII as {@code \}{@code uXXXX} (a character beyond the BMP as its
 * surrogate pair, as UTF-16 already holds it); otherwise only the quote, the backslash and
 * control characters are escaped.
 */
final class JsonStrings {
    private JsonStrings() { }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String quote(String s, boolean ensureAscii) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        quote(out, s, ensureAscii);
        return out.toString();
    }

    static void quote(StringBuilder out, String s, boolean ensureAscii) {
        out.append('"');
        int n = s.length();
        int plain = 0;   // start of the run of characters copied as they are
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= ' ' && c != '"' && c != '\\' && (c <= '~' || !ensureAscii)) {
                continue;
            }
            out.append(s, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15])
                        .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
            }
        }
        out.append(s, plain, n).append('"');
    }
}
