package dev.weft.runtime.text;

import java.io.ByteArrayOutputStream;

/** {@code bytes.hex()}, {@code bytes.fromhex()} and {@code repr()} of bytes. */
public final class BytesHex {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private BytesHex() {
    }

    /** {@code a.hex()}. */
    public static String hex(byte[] a) {
        return hex(a, null, 1);
    }

    /**
     * {@code a.hex(sep, bytes_per_sep)}: {@code sep} is null or the separator as a String (a
     * bytes separator converted by Latin-1); groups count from the right for a positive
     * {@code bytesPerSep}, from the left for a negative one.
     */
    public static String hex(byte[] a, String sep, int bytesPerSep) {
        char sepChar = 0;
        if (sep != null) {
            if (CodePoints.length(sep) != 1) {
                throw TextError.valueError("sep must be length 1.");
            }
            if (sep.charAt(0) > 127) {
                throw TextError.valueError("sep must be ASCII.");
            }
            sepChar = sep.charAt(0);
        } else {
            bytesPerSep = 0;
        }
        int n = a.length;
        long group = Math.abs((long) bytesPerSep);
        boolean separate = group != 0 && n > group;
        StringBuilder out = new StringBuilder(n * 3);
        for (int i = 0; i < n; i++) {
            int b = a[i] & 0xFF;
            out.append(HEX[b >>> 4]).append(HEX[b & 0xF]);
            if (separate && i < n - 1) {
                boolean boundary = bytesPerSep > 0 ? (n - 1 - i) % group == 0 : (i + 1) % group == 0;
                if (boundary) {
                    out.append(sepChar);
                }
            }
        }
        return out.toString();
    }

    /**
     * {@code bytes.fromhex(s)}: pairs of hex digits, ASCII whitespace allowed between pairs;
     * ValueError "non-hexadecimal number found in fromhex() arg at position N".
     */
    public static byte[] fromhex(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 128) {
                throw badHex(CodePoints.codePointIndex(s, i));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(n / 2);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (BytesOps.isSpace((byte) c)) {
                i++;
                continue;
            }
            int top = Character.digit(c, 16);
            if (top < 0) {
                throw badHex(i);
            }
            int bot = i + 1 < n ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (bot < 0) {
                throw badHex(i + 1);
            }
            out.write(top << 4 | bot);
            i += 2;
        }
        return out.toByteArray();
    }

    private static TextError badHex(int position) {
        return TextError.valueError(
                "non-hexadecimal number found in fromhex() arg at position " + position);
    }

    /** {@code repr(a)} of bytes: {@code b'...'}; bytearray wraps it as {@code bytearray(b'...')}. */
    public static String repr(byte[] a) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : a) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(a.length + 3);
        out.append('b').append(q);
        for (byte x : a) {
            int b = x & 0xFF;
            if (b == q || b == '\\') {
                out.append('\\').append((char) b);
            } else if (b == '\t') {
                out.append("\\t");
            } else if (b == '\n') {
                out.append("\\n");
            } else if (b == '\r') {
                out.append("\\r");
            } else if (b < ' ' || b >= 0x7F) {
                out.append("\\x").append(HEX[b >>> 4]).append(HEX[b & 0xF]);
            } else {
                out.append((char) b);
            }
        }
        out.append(q);
        return out.toString();
    }
}
