package dev.weft.runtime.text;

import java.util.Map;

/**
 * The codecs of this package as {@code _codecs} exposes them: encoding by codec module name,
 * decoding a prefix (an incomplete character at the end waits unless {@code fin}), and
 * charmap codecs built from a decoding table or an encoding map. Errors are {@link TextError}s.
 */
public final class CodecFunctions {
    private CodecFunctions() { }

    /** A decoded prefix: the text and how many bytes it used. */
    public record Decoded(String text, int consumed) { }

    /** Encodes with a built-in codec named by its module ("utf_8", "utf_16_le", "ascii", ...). */
    public static byte[] encode(String module, String s, String errors) {
        return Codecs.encode(s, module, errors);
    }

    /** Decodes {@code b} with a built-in codec; unless {@code fin}, an incomplete trailing character is left. */
    public static Decoded decode(String module, byte[] b, String errors, boolean fin) {
        int cut = fin ? b.length : completeLength(module, b);
        byte[] now = cut == b.length ? b : java.util.Arrays.copyOf(b, cut);
        return new Decoded(now.length == 0 ? "" : Codecs.decode(now, module, errors), cut);
    }

    /** How many leading bytes end on a character boundary for a stateless decoder of {@code module}. */
    public static int completeLength(String module, byte[] b) {
        int n = b.length;
        switch (module) {
            case "utf_8": case "utf_8_sig": {
                for (int back = 1; back <= Math.min(3, n); back++) {
                    int c = b[n - back] & 0xff;
                    if (c < 0x80) {
                        return n;
                    }
                    if (c >= 0xc0) {
                        int need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
                        return need > back ? n - back : n;
                    }
                }
                return n;
            }
            case "utf_16": case "utf_16_le": case "utf_16_be": {
                int even = n & ~1;
                if (even >= 2) {
                    int hi = module.equals("utf_16_be") ? b[even - 2] & 0xff : b[even - 1] & 0xff;
                    if (hi >= 0xd8 && hi <= 0xdb) {
                        return even - 2;
                    }
                }
                return even;
            }
            case "utf_32": case "utf_32_le": case "utf_32_be":
                return n & ~3;
            default:
                return n;
        }
    }

    /** A single-byte codec of a charmap: {@code table} maps bytes to chars (U+FFFE: undefined). */
    public static final class Charmap {
        private final SingleByteCodec codec;

        private Charmap(SingleByteCodec codec) {
            this.codec = codec;
        }

        public String decode(byte[] b, String errors) {
            return codec.decode(b, errors);
        }

        public byte[] encode(String s, String errors) {
            return codec.encoder.encode(s, errors);
        }
    }

    /** A charmap from a decoding table (a str of at most 256 BMP characters). */
    public static Charmap fromTable(String table) {
        char[] t = new char[256];
        java.util.Arrays.fill(t, '\uFFFE');
        for (int i = 0; i < Math.min(256, table.length()); i++) {
            t[i] = table.charAt(i);
        }
        return new Charmap(SingleByteCodec.charmap(t, new int[0], new int[0]));
    }

    /** A charmap from maps byte → code point (decoding) and code point → byte (encoding). */
    public static Charmap fromMaps(Map<Integer, Integer> decoding, Map<Integer, Integer> encoding) {
        char[] t = new char[256];
        java.util.Arrays.fill(t, '\uFFFE');
        if (decoding != null) {
            for (Map.Entry<Integer, Integer> e : decoding.entrySet()) {
                if (e.getKey() >= 0 && e.getKey() < 256 && e.getValue() != null && e.getValue() < 0x10000) {
                    t[e.getKey()] = (char) (int) e.getValue();
                }
            }
        }
        if (encoding == null) {
            return new Charmap(SingleByteCodec.charmap(t, new int[0], new int[0]));
        }
        // encoding only: nothing decodes; the extra pairs define the encode table exactly
        int[] cps = new int[encoding.size()];
        int[] bytes = new int[encoding.size()];
        int k = 0;
        for (Map.Entry<Integer, Integer> e : encoding.entrySet()) {
            cps[k] = e.getKey();
            bytes[k++] = e.getValue() == null ? -1 : e.getValue();
        }
        return new Charmap(SingleByteCodec.charmap(t, cps, bytes));
    }

    /** The built-in error handler names. */
    public static boolean isBuiltinErrorHandler(String name) {
        return ErrorHandlers.exists(name) && !name.isEmpty() && java.util.Set.of("strict", "ignore", "replace",
                "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass")
                .contains(name);
    }

    public static boolean errorHandlerExists(String name) {
        return ErrorHandlers.exists(name);
    }

    /** The replacement text of backslash-, name- or xmlcharref-replace for one code point. */
    public static String encodeReplacement(String handler, int cp) {
        StringBuilder sb = new StringBuilder();
        ErrorHandlers.appendEncodeReplacement(handler, cp, sb);
        return sb.toString();
    }
}
