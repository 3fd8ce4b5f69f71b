package dev.weft.frontend.tokenize;

import dev.weft.frontend.ast.ConstantValue;
import dev.weft.frontend.error.PythonSyntaxError;
import java.io.ByteArrayOutputStream;

/**
 * Values of string literals as CPython 3.13 computes them: a STRING token's text (prefix and
 * quotes included) becomes a {@link String} or {@link ConstantValue.Bytes}; an FSTRING_MIDDLE
 * token's text becomes a {@link String}.
 *
 * <p>Escapes: {@code \\ \' \" \a \b \f \n \r \t \v \ooo \xhh \N{name}}, backslash-u with 4 and backslash-U with 8 hex digits, and
 * backslash-newline; raw literals keep backslashes. Invalid escapes (e.g. {@code \d}) are kept
 * as they are (CPython warns with SyntaxWarning). Errors are thrown as {@link LiteralError} with
 * CPython's message; {@link #syntaxError} places it at the token as CPython's parser does.
 */
public final class StringLiterals {
    private StringLiterals() {}

    /** An undecodable literal; the message is CPython's SyntaxError message. */
    public static final class LiteralError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LiteralError(String msg) {
            super(msg, null, false, false);
        }
    }

    /** Whether a STRING token is a bytes literal (its prefix has b or B). */
    public static boolean isBytes(String tokenText) {
        for (int i = 0; i < tokenText.length(); i++) {
            char c = tokenText.charAt(i);
            if (c == '\'' || c == '"') {
                return false;
            }
            if (c == 'b' || c == 'B') {
                return true;
            }
        }
        return false;
    }

    /** Whether a STRING or FSTRING_START token is raw (its prefix has r or R). */
    public static boolean isRaw(String tokenText) {
        for (int i = 0; i < tokenText.length(); i++) {
            char c = tokenText.charAt(i);
            if (c == '\'' || c == '"') {
                return false;
            }
            if (c == 'r' || c == 'R') {
                return true;
            }
        }
        return false;
    }

    /** The value of a STRING token: a {@link String} or a {@link ConstantValue.Bytes}. */
    public static Object decode(String tokenText) {
        Literal lit = Literal.of(tokenText);
        String body = lit.body;
        if (lit.bytes) {
            for (int i = 0; i < body.length(); i++) {
                if (body.charAt(i) >= 0x80) {
                    throw new LiteralError("bytes can only contain ASCII literal characters");
                }
            }
            return new ConstantValue.Bytes(lit.raw ? ascii(body) : decodeBytesEscapes(body));
        }
        return lit.raw ? body : decodeEscapes(body);
    }

    /** A STRING token taken apart: its prefix flags and the text between its quotes. */
    private record Literal(boolean bytes, boolean raw, String body) {
        static Literal of(String tokenText) {
            int q = 0;
            boolean bytes = false;
            boolean raw = false;
            while (tokenText.charAt(q) != '\'' && tokenText.charAt(q) != '"') {
                char c = tokenText.charAt(q);
                bytes |= c == 'b' || c == 'B';
                raw |= c == 'r' || c == 'R';
                q++;
            }
            char quote = tokenText.charAt(q);
            int len = tokenText.length();
            int quoteSize = len - q >= 6 && tokenText.charAt(q + 1) == quote && tokenText.charAt(q + 2) == quote ? 3 : 1;
            return new Literal(bytes, raw, tokenText.substring(q + quoteSize, len - quoteSize));
        }
    }

    /**
     * The code points of a non-bytes STRING token's value, with escaped surrogates kept apart
     * (see {@link ConstantValue.CodePointStr}).
     */
    public static int[] decodeCodePoints(String tokenText) {
        Literal lit = Literal.of(tokenText);
        return lit.raw ? lit.body.codePoints().toArray() : decodeEscapesToCodePoints(lit.body);
    }

    /** The value of an FSTRING_MIDDLE token of an f-string that is raw or not. */
    public static String decodeFStringMiddle(String middleText, boolean raw) {
        if (raw) {
            return middleText;
        }
        int n = middleText.length();
        int backslashes = 0;
        while (backslashes < n && middleText.charAt(n - 1 - backslashes) == '\\') {
            backslashes++;
        }
        if (backslashes % 2 == 1) {
            // A middle ends in a lone backslash only before a replacement field (f'\{x}'): an
            // invalid escape, kept as it is (CPython warns).
            return decodeEscapes(middleText.substring(0, n - 1)) + "\\";
        }
        return decodeEscapes(middleText);
    }

    /**
     * The SyntaxError CPython reports for an undecodable literal token: at the token, with the
     * line of its start.
     */
    public static PythonSyntaxError syntaxError(LiteralError e, PyToken token, SourceText src) {
        return new PythonSyntaxError("SyntaxError", e.getMessage(), src.filename(), token.startLine(),
                token.startCol() + 1, token.endLine(), token.endCol() + 1, src.lineWithNewline(token.startLine()));
    }

    private static byte[] ascii(String s) {
        byte[] out = new byte[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) s.charAt(i);
        }
        return out;
    }

    /** CPython's bytes escape decoding (ASCII input). */
    static byte[] decodeBytesEscapes(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i++);
            if (c != '\\') {
                out.write(c);
                continue;
            }
            if (i == n) {
                throw new LiteralError("(value error) Trailing \\ in string");
            }
            char e = s.charAt(i++);
            switch (e) {
                case '\n': break;
                case '\\': out.write('\\'); break;
                case '\'': out.write('\''); break;
                case '"': out.write('"'); break;
                case 'b': out.write('\b'); break;
                case 'f': out.write('\f'); break;
                case 't': out.write('\t'); break;
                case 'n': out.write('\n'); break;
                case 'r': out.write('\r'); break;
                case 'v': out.write(0x0b); break;
                case 'a': out.write(0x07); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = e - '0';
                    if (i < n && isOctal(s.charAt(i))) {
                        v = (v << 3) + s.charAt(i++) - '0';
                        if (i < n && isOctal(s.charAt(i))) {
                            v = (v << 3) + s.charAt(i++) - '0';
                        }
                    }
                    out.write(v & 0xff);
                    break;
                }
                case 'x':
                    if (i + 1 < n) {
                        int d1 = hexValue(s.charAt(i));
                        int d2 = hexValue(s.charAt(i + 1));
                        if (d1 >= 0 && d2 >= 0) {
                            out.write((d1 << 4) + d2);
                            i += 2;
                            break;
                        }
                    }
                    throw new LiteralError("(value error) invalid \\x escape at position " + (i - 2));
                default:
                    // Invalid escape: kept, backslash included.
                    out.write('\\');
                    i--;
            }
        }
        return out.toByteArray();
    }

    /**
     * CPython's unicode-escape decoding of a literal's body. Error positions are those CPython
     * reports: it first rewrites each non-ASCII character as a 10-character backslash-U escape
     * (and a backslash before one as 6 characters), then decodes.
     */
    static String decodeEscapes(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        decodeEscapes(s, out::appendCodePoint);
        return out.toString();
    }

    /**
     * The code points of a literal body after escape decoding: unlike a Java string, this keeps
     * an escaped high surrogate followed by an escaped low surrogate as two code points, as
     * Python does.
     */
    static int[] decodeEscapesToCodePoints(String s) {
        java.util.stream.IntStream.Builder out = java.util.stream.IntStream.builder();
        decodeEscapes(s, out::add);
        return out.build().toArray();
    }

    private static void decodeEscapes(String s, CodePointSink out) {
        int n = s.length();
        int i = 0;
        int epos = 0; // position in CPython's rewritten buffer
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\') {
                int cp = s.codePointAt(i);
                out.accept(cp);
                i += Character.charCount(cp);
                epos += cp < 0x80 ? 1 : 10;
                continue;
            }
            int start = epos;
            i++;
            epos++;
            if (i >= n) {
                throw decodeError(start, epos, "\\ at end of string");
            }
            char e = s.charAt(i);
            if (e >= 0x80) {
                // CPython rewrites "\" before a non-ASCII character as an escaped backslash.
                out.accept('\\');
                epos += 5;
                continue;
            }
            i++;
            epos++;
            switch (e) {
                case '\n': break;
                case '\\': out.accept('\\'); break;
                case '\'': out.accept('\''); break;
                case '"': out.accept('"'); break;
                case 'b': out.accept('\b'); break;
                case 'f': out.accept('\f'); break;
                case 't': out.accept('\t'); break;
                case 'n': out.accept('\n'); break;
                case 'r': out.accept('\r'); break;
                case 'v': out.accept('\u000b'); break;
                case 'a': out.accept('\u0007'); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && isOctal(s.charAt(i)); k++) {
                        v = (v << 3) + s.charAt(i++) - '0';
                        epos++;
                    }
                    out.accept((char) v);
                    break;
                }
                case 'x':
                case 'u':
                case 'U': {
                    int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    String message = e == 'x' ? "truncated \\xXX escape"
                            : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    int v = 0;
                    for (; count > 0; count--) {
                        if (i >= n) {
                            throw decodeError(start, epos, message);
                        }
                        int d = hexValue(s.charAt(i));
                        if (d < 0) {
                            throw decodeError(start, epos, message);
                        }
                        v = (v << 4) + d;
                        i++;
                        epos++;
                    }
                    if (v > 0x10FFFF || v < 0) {
                        throw decodeError(start, epos, "illegal Unicode character");
                    }
                    out.accept(v);
                    break;
                }
                case 'N': {
                    String message = "malformed \\N character escape";
                    if (i < n && s.charAt(i) == '{') {
                        i++;
                        epos++;
                        int nameStart = i;
                        int nameEpos = epos;
                        while (i < n && s.charAt(i) != '}') {
                            int cp = s.codePointAt(i);
                            i += Character.charCount(cp);
                            nameEpos += cp < 0x80 ? 1 : 10;
                        }
                        if (i >= n) {
                            throw decodeError(start, nameEpos, message);
                        }
                        if (i > nameStart) {
                            String name = s.substring(nameStart, i);
                            i++;
                            epos = nameEpos + 1;
                            int cp = UnicodeNames.lookup(name);
                            if (cp >= 0) {
                                out.accept(cp);
                                break;
                            }
                            throw decodeError(start, epos, "unknown Unicode character name");
                        }
                        throw decodeError(start, nameEpos, message);
                    }
                    throw decodeError(start, epos, message);
                }
                default:
                    // Invalid escape: kept, backslash included (SyntaxWarning in CPython).
                    out.accept('\\');
                    out.accept(e);
            }
        }
    }

    /** Receives decoded code points. */
    @FunctionalInterface
    private interface CodePointSink {
        void accept(int codePoint);
    }

    private static LiteralError decodeError(int start, int end, String reason) {
        String where = end - start == 1
                ? "byte 0x5c in position " + start
                : "bytes in position " + start + "-" + (end - 1);
        return new LiteralError("(unicode error) 'unicodeescape' codec can't decode " + where + ": " + reason);
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
