package dev.weft.runtime.io;

import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.text.CodecRegistry;


import java.util.Arrays;

/**
 * Decodes a byte stream chunk by chunk for TextIOWrapper: a chunk is cut before an incomplete
 * character, which waits for the next chunk. Codecs with a byte-order mark switch to their
 * fixed-order variant after the first chunk, as CPython's stateful decoders do.
 */
final class ChunkDecoder {
    private String encoding;
    private final String errors;
    private byte[] pending = new byte[0];
    private boolean started;

    ChunkDecoder(String encoding, String errors) {
        this.encoding = encoding;
        this.errors = errors;
    }

    /** The bytes held back, not yet decoded. */
    int pendingLength() {
        return pending.length;
    }

    /** The encoding that re-encodes decoded text to the bytes it came from (for tell()). */
    String currentEncoding() {
        return encoding;
    }

    void reset() {
        pending = new byte[0];
    }

    String decode(byte[] chunk, boolean last) {
        byte[] all = pending.length == 0 ? chunk : concat(pending, chunk);
        String module = module();
        int cut = last ? all.length : safeLength(all, module);
        if (!started && !last && cut < 4 && (module.equals("utf_16") || module.equals("utf_32")
                || module.equals("utf_8_sig"))) {
            cut = all.length >= 4 ? cut : 0; // wait for the whole byte-order mark
        }
        pending = Arrays.copyOfRange(all, cut, all.length);
        byte[] now = cut == all.length ? all : Arrays.copyOf(all, cut);
        if (now.length == 0) {
            return "";
        }
        String text;
        if (module.equals("utf_8") || module.equals("utf_16_le") || module.equals("utf_16_be")
                || module.equals("utf_32_le") || module.equals("utf_32_be") || last || isSingleByte()) {
            text = IoCodecs.decode(now, encoding, errors);
        } else {
            text = decodeTrying(now, all, cut);
        }
        if (!started) {
            started = true;
            switchAfterMark(module, now);
        }
        return text;
    }

    /** Codecs of unknown structure: retry with up to three bytes held back if the chunk ends mid-character. */
    private String decodeTrying(byte[] now, byte[] all, int cut) {
        try {
            return IoCodecs.decode(now, encoding, errors);
        } catch (PyException e) {
            for (int back = 1; back <= 3 && back < now.length; back++) {
                try {
                    String s = IoCodecs.decode(Arrays.copyOf(now, now.length - back), encoding, errors);
                    pending = Arrays.copyOfRange(all, cut - back, all.length);
                    return s;
                } catch (PyException again) {
                    // try holding back one more byte
                }
            }
            throw e;
        }
    }

    private void switchAfterMark(String module, byte[] first) {
        switch (module) {
            case "utf_8_sig":
                encoding = "utf-8";
                break;
            case "utf_16":
                encoding = first.length >= 2 && (first[0] & 0xff) == 0xfe && (first[1] & 0xff) == 0xff
                        ? "utf-16-be" : "utf-16-le";
                break;
            case "utf_32":
                encoding = first.length >= 4 && first[0] == 0 && first[1] == 0 && (first[2] & 0xff) == 0xfe
                        ? "utf-32-be" : "utf-32-le";
                break;
            default:
                break;
        }
    }

    private String module() {
        return IoCodecs.lookup(encoding).module;
    }

    private boolean isSingleByte() {
        CodecRegistry.Codec c = IoCodecs.lookup(encoding);
        return c.kind == CodecRegistry.Kind.CHARMAP || c.module.equals("ascii") || c.module.equals("latin_1");
    }

    /** How many leading bytes of {@code b} end on a character boundary. */
    private static int safeLength(byte[] b, String module) {
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
                    boolean be = module.equals("utf_16_be");
                    int hi = be ? b[even - 2] & 0xff : b[even - 1] & 0xff;
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

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
