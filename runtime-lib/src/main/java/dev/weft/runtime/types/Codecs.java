package dev.weft.runtime.types;

import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The codecs str.encode/bytes.decode and open() need: utf-8, ascii, latin-1 and JDK charsets. */
public final class Codecs {
    private Codecs() { }

    public static String normalize(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-').trim();
        switch (e) {
            case "utf8": case "utf-8": case "u8": case "cp65001": return "utf-8";
            case "ascii": case "us-ascii": case "646": return "ascii";
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "l1": return "latin-1";
            case "utf-16": case "utf16": return "utf-16";
            default: return e;
        }
    }

    private static Charset charset(String norm, String original) {
        switch (norm) {
            case "utf-8": return StandardCharsets.UTF_8;
            case "ascii": return StandardCharsets.US_ASCII;
            case "latin-1": return StandardCharsets.ISO_8859_1;
            case "utf-16": return StandardCharsets.UTF_16;
            default:
                try {
                    return Charset.forName(norm);
                } catch (RuntimeException e) {
                    throw Errors.make(ExceptionTypes.LookupError, "unknown encoding: " + original);
                }
        }
    }

    public static String decode(byte[] b, String encoding, String errors) {
        String norm = normalize(encoding);
        Charset cs = charset(norm, encoding);
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        StringBuilder out = new StringBuilder(b.length);
        CharBuffer buf = CharBuffer.allocate(Math.max(16, b.length + 1));
        while (true) {
            CoderResult r = dec.decode(in, buf, true);
            buf.flip();
            out.append(buf);
            buf.clear();
            if (r.isUnderflow()) {
                dec.flush(buf);
                buf.flip();
                out.append(buf);
                return out.toString();
            }
            if (r.isOverflow()) {
                continue;
            }
            int pos = in.position();
            int len = r.length();
            switch (errors) {
                case "ignore":
                    break;
                case "replace":
                    out.append('\ufffd');
                    break;
                case "surrogateescape":
                    for (int k = 0; k < len; k++) {
                        out.append((char) (0xdc00 + (b[pos + k] & 0xff)));
                    }
                    break;
                case "backslashreplace":
                    for (int k = 0; k < len; k++) {
                        out.append(String.format("\\x%02x", b[pos + k] & 0xff));
                    }
                    break;
                default:
                    throw decodeError(norm, b, pos, pos + len, reason(norm, b, pos));
            }
            in.position(pos + len);
        }
    }

    private static String reason(String enc, byte[] b, int pos) {
        int c = b[pos] & 0xff;
        if (enc.equals("ascii")) {
            return "ordinal not in range(128)";
        }
        if (enc.equals("utf-8")) {
            if (c >= 0x80 && c < 0xc2 || c > 0xf4) {
                return "invalid start byte";
            }
            int need = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
            int k = 1;
            while (k <= need && pos + k < b.length && (b[pos + k] & 0xc0) == 0x80) {
                k++;
            }
            return pos + k >= b.length && k <= need ? "unexpected end of data" : "invalid continuation byte";
        }
        return "illegal multibyte sequence";
    }

    private static PyException decodeError(String enc, byte[] b, int start, int end, String reason) {
        return new PyException(ExceptionTypes.create(ExceptionTypes.UnicodeDecodeError, PyStr.of(enc), PyBytes.of(b),
                PyInt.of(start), PyInt.of(end), PyStr.of(reason)));
    }

    public static byte[] encode(String s, String encoding, String errors) {
        String norm = normalize(encoding);
        if (norm.equals("utf-8") && errors.equals("strict")) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isSurrogate(c)) {
                    boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                    if (!pair) {
                        int cpIndex = s.codePointCount(0, i);
                        throw encodeError(norm, s, cpIndex, cpIndex + 1, "surrogates not allowed");
                    }
                    i++;
                }
            }
            return s.getBytes(StandardCharsets.UTF_8);
        }
        Charset cs = charset(norm, encoding);
        java.nio.charset.CharsetEncoder enc = cs.newEncoder();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int cpIndex = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            String ch = s.substring(i, i + n);
            if (enc.canEncode(ch)) {
                byte[] bytes = ch.getBytes(cs);
                out.write(bytes, 0, bytes.length);
            } else {
                switch (errors) {
                    case "ignore": break;
                    case "replace": out.write('?'); break;
                    case "backslashreplace": {
                        String esc = cp < 0x100 ? String.format("\\x%02x", cp)
                                : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                        out.write(esc.getBytes(StandardCharsets.US_ASCII), 0, esc.length());
                        break;
                    }
                    case "xmlcharrefreplace": {
                        String esc = "&#" + cp + ";";
                        out.write(esc.getBytes(StandardCharsets.US_ASCII), 0, esc.length());
                        break;
                    }
                    default: {
                        int end = cpIndex + 1;
                        int j = i + n;
                        while (j < s.length() && !enc.canEncode(s.substring(j, j + Character.charCount(s.codePointAt(j))))) {
                            j += Character.charCount(s.codePointAt(j));
                            end++;
                        }
                        throw encodeError(norm, s, cpIndex, end, norm.equals("ascii") ? "ordinal not in range(128)"
                                : norm.equals("latin-1") ? "ordinal not in range(256)" : "character maps to <undefined>");
                    }
                }
            }
            i += n;
            cpIndex++;
        }
        return out.toByteArray();
    }

    private static PyException encodeError(String enc, String s, int start, int end, String reason) {
        return new PyException(ExceptionTypes.create(ExceptionTypes.UnicodeEncodeError, PyStr.of(enc), PyStr.of(s),
                PyInt.of(start), PyInt.of(end), PyStr.of(reason)));
    }

}
