package dev.weft.frontend.tokenize;

import dev.weft.frontend.error.PythonSyntaxError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the bytes of a {@code .py} file into {@link SourceText} as CPython 3.13 does when it
 * runs a file: a UTF-8 byte order mark, a PEP 263 coding cookie on line 1 or 2 (line 2 only
 * when line 1 is blank or a comment), UTF-8 by default, and CPython's messages when this fails.
 */
public final class SourceReader {
    private SourceReader() {}

    private static final String PEP263 = "see https://peps.python.org/pep-0263/ for details";
    private static final Map<String, String> CODECS = loadCodecs();

    /** Decodes a source file; throws {@link PythonSyntaxError} as CPython would. */
    public static SourceText read(byte[] data, String filename) {
        int start = 0;
        boolean bom = data.length >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB
                && (data[2] & 0xff) == 0xBF;
        if (bom) {
            start = 3;
        }
        String spec = findCodingSpec(data, start);
        if (spec != null && !spec.equals("utf-8")) {
            if (bom) {
                throw decodingError("encoding problem: " + spec + " with BOM", filename);
            }
            String javaName = CODECS.get(normalizeCodecName(spec));
            if (javaName == null || !Charset.isSupported(javaName)) {
                throw decodingError("encoding problem: " + spec, filename);
            }
            CharsetDecoder decoder = Charset.forName(javaName).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                CharBuffer chars = decoder.decode(ByteBuffer.wrap(data, start, data.length - start));
                return new SourceText(filename, chars.toString());
            } catch (CharacterCodingException e) {
                throw decodingError("encoding problem: " + spec, filename);
            }
        }
        int bad = firstInvalidUtf8(data, start);
        if (bad >= 0) {
            int line = 1;
            for (int i = start; i < bad; i++) {
                byte b = data[i];
                if (b == '\n') {
                    line++;
                } else if (b == '\r' && (i + 1 >= bad || data[i + 1] != '\n')) {
                    line++;
                }
            }
            String msg = String.format("Non-UTF-8 code starting with '\\x%02x'%s on line %d, "
                    + "but no encoding declared; %s", data[bad] & 0xff,
                    filename != null ? " in file " + filename : "", line, PEP263);
            throw decodingError(msg, filename);
        }
        return new SourceText(filename, new String(data, start, data.length - start, StandardCharsets.UTF_8));
    }

    private static PythonSyntaxError decodingError(String msg, String filename) {
        return new PythonSyntaxError("SyntaxError", msg, filename, 0, 0, 0, 0, null);
    }

    /**
     * The normalised coding spec of line 1, or of line 2 when line 1 holds only whitespace or a
     * comment; null when there is none.
     */
    static String findCodingSpec(byte[] data, int start) {
        int lineStart = start;
        for (int lineNo = 1; lineNo <= 2 && lineStart < data.length; lineNo++) {
            int end = lineStart;
            while (end < data.length && data[end] != '\n' && data[end] != '\r') {
                end++;
            }
            String spec = codingSpecOfLine(data, lineStart, end);
            if (spec != null) {
                return spec;
            }
            if (!isBlankOrComment(data, lineStart, end)) {
                return null;
            }
            if (end < data.length && data[end] == '\r' && end + 1 < data.length && data[end + 1] == '\n') {
                end++;
            }
            lineStart = end + 1;
        }
        return null;
    }

    private static boolean isBlankOrComment(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = data[i];
            if (b == '#') {
                return true;
            }
            if (b != ' ' && b != '\t' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    /** CPython's get_coding_spec: a comment line containing {@code coding[:=]\s*name}. */
    private static String codingSpecOfLine(byte[] data, int from, int to) {
        int i = from;
        while (i < to && (data[i] == ' ' || data[i] == '\t' || data[i] == '\f')) {
            i++;
        }
        if (i >= to || data[i] != '#') {
            return null;
        }
        for (int t = i; t + 6 < to; t++) {
            if (data[t] == 'c' && data[t + 1] == 'o' && data[t + 2] == 'd' && data[t + 3] == 'i'
                    && data[t + 4] == 'n' && data[t + 5] == 'g') {
                int p = t + 6;
                if (data[p] != ':' && data[p] != '=') {
                    continue;
                }
                do {
                    p++;
                } while (p < to && (data[p] == ' ' || data[p] == '\t'));
                int begin = p;
                while (p < to && isCodecNameChar(data[p])) {
                    p++;
                }
                if (begin < p) {
                    return normalName(new String(data, begin, p - begin, StandardCharsets.US_ASCII));
                }
            }
        }
        return null;
    }

    private static boolean isCodecNameChar(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                || b == '-' || b == '_' || b == '.';
    }

    /** CPython's get_normal_name: utf-8 and latin-1 spellings collapse to one name. */
    static String normalName(String s) {
        String head = s.length() > 12 ? s.substring(0, 12) : s;
        String buf = head.toLowerCase(Locale.ROOT).replace('_', '-');
        if (buf.equals("utf-8") || buf.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (buf.equals("latin-1") || buf.equals("iso-8859-1") || buf.equals("iso-latin-1")
                || buf.startsWith("latin-1-") || buf.startsWith("iso-8859-1-")
                || buf.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }

    /** Python's codec-name normalisation (lower case, punctuation runs become one '_'). */
    static String normalizeCodecName(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean punct = false;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (Character.isLetterOrDigit(c) || c == '.') {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                if (c < 128) {
                    sb.append(c);
                }
                punct = false;
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    /** Java charset for a Python codec name, or null (for tests and callers that decode). */
    static String javaCharsetFor(String pythonCodec) {
        String norm = normalizeCodecName(pythonCodec);
        String java = CODECS.get(norm);
        return java != null ? java : CODECS.get(norm.replace('.', '_'));
    }

    /** Index of the first byte that does not start a valid UTF-8 sequence, or -1. */
    static int firstInvalidUtf8(byte[] s, int from) {
        int i = from;
        int n = s.length;
        while (i < n) {
            int b = s[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int expected;
            int second = i + 1 < n ? s[i + 1] & 0xff : 0;
            if (b < 0xE0) {
                if (b < 0xC2) {
                    return i;
                }
                expected = 1;
            } else if (b < 0xF0) {
                if ((b == 0xE0 && second < 0xA0) || (b == 0xED && second >= 0xA0)) {
                    return i;
                }
                expected = 2;
            } else if (b < 0xF5) {
                if (second < 0x90 ? b == 0xF0 : b == 0xF4) {
                    return i;
                }
                expected = 3;
            } else {
                return i;
            }
            for (int k = 1; k <= expected; k++) {
                if (i + k >= n) {
                    return i;
                }
                int cb = s[i + k] & 0xff;
                if (cb < 0x80 || cb >= 0xC0) {
                    return i;
                }
            }
            i += expected + 1;
        }
        return -1;
    }

    private static Map<String, String> loadCodecs() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = SourceReader.class.getResourceAsStream("codecs.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource codecs.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int sp = line.indexOf(' ');
                map.put(line.substring(0, sp), line.substring(sp + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
