package dev.weft.runtime.modules.codecs;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.io.IOBaseTypes;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.io.ByteArrayOutputStream;

/** {@code escape_encode} / {@code escape_decode}: bytes to and from their backslash-escaped form (bytes literals). */
final class EscapeFunctions {
    private EscapeFunctions() { }

    static byte[] escape(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 8);
        for (byte x : in) {
            int b = x & 0xff;
            String rep = switch (b) {
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\\' -> "\\\\";
                case '\'' -> "\\'";
                default -> b < 0x20 || b >= 0x7f ? String.format("\\x%02x", b) : null;
            };
            if (rep == null) {
                out.write(b);
            } else {
                out.writeBytes(rep.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return out.toByteArray();
    }

    static byte[] unescape(byte[] in, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        int i = 0;
        while (i < in.length) {
            int c = in[i++] & 0xff;
            if (c != '\\') {
                out.write(c);
                continue;
            }
            if (i >= in.length) {
                throw Errors.valueError("Trailing \\ in string");
            }
            int e = in[i++] & 0xff;
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 'v' -> out.write(0x0b);
                case 'a' -> out.write(0x07);
                case 'x' -> {
                    int h1 = i < in.length ? Character.digit(in[i], 16) : -1;
                    int h2 = i + 1 < in.length ? Character.digit(in[i + 1], 16) : -1;
                    if (h1 < 0 || h2 < 0) {
                        if (errors.equals("strict")) {
                            throw Errors.valueError("invalid \\x escape at position %d", i - 2);
                        }
                        if (errors.equals("replace")) {
                            out.write('?');
                        } else if (!errors.equals("ignore")) {
                            throw Errors.valueError("decoding error; unknown error handling code: %s", errors);
                        }
                        if (h1 >= 0) {
                            i++; // the one valid digit belongs to the bad escape
                        }
                    } else {
                        out.write(h1 * 16 + h2);
                        i += 2;
                    }
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i < in.length && in[i] >= '0' && in[i] <= '7'; k++) {
                            v = v * 8 + (in[i++] - '0');
                        }
                        out.write(v & 0xff);
                    } else {
                        out.write('\\');
                        out.write(e);
                    }
                }
            }
        }
        return out.toByteArray();
    }

    static void define(PyModule m) {
        ModuleTypes.fv(m, "escape_encode", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("escape_encode", args, kw, new String[] {"data", "errors"}, 1);
            if (!(a[0] instanceof PyBytes b)) {
                throw Errors.typeError("escape_encode() argument 1 must be bytes, not %s", a[0].type().name());
            }
            return PyTuple.of(PyBytes.of(escape(b.array())), PyInt.of(b.array().length));
        });
        ModuleTypes.fv(m, "escape_decode", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("escape_decode", args, kw, new String[] {"data", "errors"}, 1);
            byte[] data = a[0] instanceof PyStr str ? str.value().getBytes(java.nio.charset.StandardCharsets.UTF_8)
                    : IOBaseTypes.bytesLike(a[0]);
            return PyTuple.of(PyBytes.of(unescape(data, CodecsModule.errors(a[1]))), PyInt.of(data.length));
        });
    }
}
