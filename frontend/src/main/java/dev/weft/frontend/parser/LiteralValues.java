package dev.weft.frontend.parser;

import dev.weft.frontend.ast.ConstantValue;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/**
 * Values of number, string and bytes literal tokens, as CPython's parser computes them.
 * Decoding errors are reported as {@link LiteralError} with CPython's message.
 */
final class LiteralValues {
    private LiteralValues() {}

    /** A literal that cannot be decoded; {@code getMessage()} is CPython's message. */
    static final class LiteralError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LiteralError(String message) {
            super(message, null, false, false);
        }
    }

    /** The value of a NUMBER token: BigInteger, Double or Imaginary. */
    static Object number(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new ConstantValue.Imaginary(Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char kind = Character.toLowerCase(s.charAt(1));
            if (kind == 'x') {
                return new BigInteger(s.substring(2), 16);
            } else if (kind == 'o') {
                return new BigInteger(s.substring(2), 8);
            } else if (kind == 'b') {
                return new BigInteger(s.substring(2), 2);
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(s);
            }
        }
        return new BigInteger(s);
    }

    /** The prefix letters of a STRING or FSTRING_START token, lower-cased. */
    static String prefix(String tokenText) {
        int i = 0;
        while (i < tokenText.length() && tokenText.charAt(i) != '\'' && tokenText.charAt(i) != '"') {
            i++;
        }
        return tokenText.substring(0, i).toLowerCase();
    }

    /** The body of a STRING token: the text between its quotes. */
    static String body(String tokenText) {
        int p = prefix(tokenText).length();
        char q = tokenText.charAt(p);
        int quoteLen = tokenText.startsWith(String.valueOf(q).repeat(3), p) && tokenText.length() - p >= 6 ? 3 : 1;
        return tokenText.substring(p + quoteLen, tokenText.length() - quoteLen);
    }

    /** A str literal's value (escapes decoded unless raw). */
    static String string(String body, boolean raw) {
        if (raw || body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        int n = body.length();
        while (i < n) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                out.append(c);
                i++;
                continue;
            }
            int escStart = i;
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n': break;
                case '\r':
                    if (i < n && body.charAt(i) == '\n') {
                        i++;
                    }
                    break;
                case '\\': out.append('\\'); break;
                case '\'': out.append('\''); break;
                case '"': out.append('"'); break;
                case 'a': out.append('\u0007'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 't': out.append('\t'); break;
                case 'v': out.append('\u000b'); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = e - '0';
                    int digits = 1;
                    while (digits < 3 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7') {
                        v = v * 8 + (body.charAt(i++) - '0');
                        digits++;
                    }
                    out.appendCodePoint(v);
                    break;
                }
                case 'x':
                    out.appendCodePoint(hex(body, i, 2, escStart, "x", "truncated \\xXX escape"));
                    i += 2;
                    break;
                case 'u':
                    out.append((char) hex(body, i, 4, escStart, "u", "truncated \\uXXXX escape"));
                    i += 4;
                    break;
                case 'U': {
                    int cp = hex(body, i, 8, escStart, "U", "truncated \\UXXXXXXXX escape");
                    if (cp > 0x10FFFF) {
                        throw unicodeError(escStart, escStart + 9, "illegal Unicode character");
                    }
                    out.appendCodePoint(cp);
                    i += 8;
                    break;
                }
                case 'N': {
                    int close = i < n && body.charAt(i) == '{' ? body.indexOf('}', i) : -1;
                    if (close < 0) {
                        throw unicodeError(escStart, Math.min(n, i) - 1, "malformed \\N character escape");
                    }
                    String name = body.substring(i + 1, close);
                    int cp;
                    try {
                        cp = Character.codePointOf(name);
                    } catch (IllegalArgumentException ex) {
                        throw unicodeError(escStart, close, "unknown Unicode character name");
                    }
                    out.appendCodePoint(cp);
                    i = close + 1;
                    break;
                }
                default:
                    // Unknown escapes stay as written (CPython only warns).
                    out.append('\\').append(e);
            }
        }
        return out.toString();
    }

    private static int hex(String body, int from, int count, int escStart, String kind, String message) {
        if (from + count > body.length()) {
            throw unicodeError(escStart, body.length() - 1, message);
        }
        int v = 0;
        for (int k = 0; k < count; k++) {
            int d = Character.digit(body.charAt(from + k), 16);
            if (d < 0) {
                throw unicodeError(escStart, from + k - 1, message);
            }
            v = v * 16 + d;
        }
        return v;
    }

    private static LiteralError unicodeError(int start, int end, String reason) {
        return new LiteralError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
            + start + "-" + end + ": " + reason);
    }

    /** A bytes literal's value; non-ASCII characters are an error. */
    static byte[] bytes(String body, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int n = body.length();
        for (int k = 0; k < n; k++) {
            if (body.charAt(k) >= 0x80) {
                throw new LiteralError("bytes can only contain ASCII literal characters");
            }
        }
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (raw || c != '\\' || i + 1 >= n) {
                out.write(c);
                i++;
                continue;
            }
            int escStart = i;
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n': break;
                case '\r':
                    if (i < n && body.charAt(i) == '\n') {
                        i++;
                    }
                    break;
                case '\\': out.write('\\'); break;
                case '\'': out.write('\''); break;
                case '"': out.write('"'); break;
                case 'a': out.write(7); break;
                case 'b': out.write('\b'); break;
                case 'f': out.write('\f'); break;
                case 'n': out.write('\n'); break;
                case 'r': out.write('\r'); break;
                case 't': out.write('\t'); break;
                case 'v': out.write(11); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = e - '0';
                    int digits = 1;
                    while (digits < 3 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7') {
                        v = v * 8 + (body.charAt(i++) - '0');
                        digits++;
                    }
                    out.write(v & 0xFF);
                    break;
                }
                case 'x': {
                    int hi = i < n ? Character.digit(body.charAt(i), 16) : -1;
                    int lo = i + 1 < n ? Character.digit(body.charAt(i + 1), 16) : -1;
                    if (hi < 0 || lo < 0) {
                        throw new LiteralError("(value error) invalid \\x escape at position " + escStart);
                    }
                    out.write(hi * 16 + lo);
                    i += 2;
                    break;
                }
                default:
                    out.write('\\');
                    out.write(e);
            }
        }
        return out.toByteArray();
    }
}
