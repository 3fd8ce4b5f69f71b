package dev.weft.runtime.modules.json;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.imp.Importer;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/**
 * {@code _json.scanstring}: the body of a JSON string literal, as CPython's C scanner reads it
 * and with its errors ({@code json.decoder.JSONDecodeError} at the positions and with the
 * messages of the C version, which differ from the library's Python fallback). Indices are
 * code points, as Python's; the scan itself runs over the UTF-16 text.
 */
final class JsonStringScanner {
    private JsonStringScanner() { }

    /** ({@code text}, index after the closing quote) for the literal whose body starts at {@code end}. */
    static PyTuple scan(PyStr string, long end, boolean strict) {
        int cpLength = string.length();
        if (end < 0 || end > cpLength) {
            throw Errors.valueError("end is out of bounds");
        }
        boolean bmp = string.isBmpOnly();
        int[] after = new int[1];
        String text = body(string, bmp ? (int) end : string.charIndex((int) end), strict, bmp, after);
        return PyTuple.of(PyStr.of(text), PyInt.of(position(string.value(), after[0], bmp)));
    }

    /**
     * The text of the literal whose body starts at char index {@code begin} of {@code string};
     * {@code after[0]} receives the char index after its closing quote.
     */
    static String body(PyStr string, int begin, boolean strict, boolean bmp, int[] after) {
        String s = string.value();
        int n = s.length();
        StringBuilder out = null;
        int i = begin;
        int chunk = begin;   // start of the characters not yet copied to out
        while (true) {
            if (i >= n) {
                throw error("Unterminated string starting at", string, begin - 1, bmp);
            }
            char c = s.charAt(i);
            if (c == '"') {
                after[0] = i + 1;
                return out == null ? s.substring(chunk, i) : out.append(s, chunk, i).toString();
            }
            if (c != '\\') {
                if (c <= 0x1f && strict) {
                    throw error("Invalid control character at", string, i, bmp);
                }
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder();
            }
            out.append(s, chunk, i);
            if (i + 1 >= n) {
                throw error("Unterminated string starting at", string, begin - 1, bmp);
            }
            char e = s.charAt(i + 1);
            if (e != 'u') {
                switch (e) {
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    case '/' -> out.append('/');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    default -> throw error("Invalid \\escape", string, i, bmp);
                }
                i += 2;
                chunk = i;
                continue;
            }
            int u = hex4(s, i + 2, string, i + 1, bmp);
            i += 6;
            if (Character.isHighSurrogate((char) u) && i + 1 < n && s.charAt(i) == '\\' && s.charAt(i + 1) == 'u') {
                int low = hex4(s, i + 2, string, i + 1, bmp);
                if (Character.isLowSurrogate((char) low)) {
                    out.append((char) u).append((char) low);
                    i += 6;
                    chunk = i;
                    continue;
                }
                // not a pair: the high surrogate stands alone and the next escape is read again
            }
            out.append((char) u);
            chunk = i;
        }
    }

    /** The 4 hex digits at {@code at}; "Invalid \\uXXXX escape" at {@code uIndex} otherwise. */
    private static int hex4(String s, int at, PyStr string, int uIndex, boolean bmp) {
        if (at + 4 > s.length()) {
            throw error("Invalid \\uXXXX escape", string, uIndex, bmp);
        }
        int v = 0;
        for (int k = at; k < at + 4; k++) {
            int d = Character.digit(s.charAt(k), 16);
            if (d < 0 || s.charAt(k) > 'f') {
                throw error("Invalid \\uXXXX escape", string, uIndex, bmp);
            }
            v = v * 16 + d;
        }
        return v;
    }

    static long position(String s, int charIndex, boolean bmp) {
        return bmp ? charIndex : s.codePointCount(0, charIndex);
    }

    /** {@code json.decoder.JSONDecodeError(msg, doc, pos)}. */
    static PyException error(String msg, PyStr doc, int charIndex, boolean bmp) {
        PyObject decoder = Importer.importModule("json.decoder");
        PyObject cls = Attr.getAttr(decoder, "JSONDecodeError");
        PyObject exc = Calls.call(cls, new PyObject[] {PyStr.of(msg), doc,
                PyInt.of(position(doc.value(), charIndex, bmp))}, null);
        return dev.weft.runtime.link.ExceptionSupport.raise(exc, null);
    }
}
