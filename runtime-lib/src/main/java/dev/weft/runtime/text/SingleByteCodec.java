package dev.weft.runtime.text;

import java.util.HashMap;
import java.util.Map;

/** ASCII, Latin-1 and the table-driven single-byte ("charmap") codecs. */
final class SingleByteCodec {
    private static final char UNDEFINED = '\uFFFE';

    /** The error name: "ascii", "latin-1" or "charmap". */
    final String name;
    private final char[] decodeTable;        // null for ascii / latin-1
    private final Map<Integer, Integer> encodeTable;
    private final int limit;                 // 128 for ascii, 256 for latin-1, 0 for tables
    final CodecEncoder encoder;

    private SingleByteCodec(String name, int limit, char[] decodeTable,
                            Map<Integer, Integer> encodeTable) {
        this.name = name;
        this.limit = limit;
        this.decodeTable = decodeTable;
        this.encodeTable = encodeTable;
        this.encoder = makeEncoder();
    }

    static final SingleByteCodec ASCII = new SingleByteCodec("ascii", 128, null, null);
    static final SingleByteCodec LATIN_1 = new SingleByteCodec("latin-1", 256, null, null);

    /** A charmap codec: decoded characters (0xFFFE undefined) and encode-table corrections. */
    static SingleByteCodec charmap(char[] decodeTable, int[] extraCodePoints, int[] extraBytes) {
        Map<Integer, Integer> enc = new HashMap<>();
        for (int b = 0; b < 256; b++) {
            char c = decodeTable[b];
            if (c != UNDEFINED) {
                enc.putIfAbsent((int) c, b);
            }
        }
        for (int k = 0; k < extraCodePoints.length; k++) {
            if (extraBytes[k] < 0) {
                enc.remove(extraCodePoints[k]);
            } else {
                enc.put(extraCodePoints[k], extraBytes[k]);
            }
        }
        return new SingleByteCodec("charmap", 0, decodeTable, enc);
    }

    private CodecEncoder makeEncoder() {
        String reason = limit == 0 ? "character maps to <undefined>"
                : "ordinal not in range(" + limit + ")";
        return new CodecEncoder(name, reason) {
            @Override
            boolean encodable(int cp) {
                return limit > 0 ? cp < limit : encodeTable.containsKey(cp);
            }

            @Override
            void put(ByteSink out, int cp) {
                out.put(limit > 0 ? cp : encodeTable.get(cp));
            }

            @Override
            boolean inlineSurrogateEscape() {
                return limit > 0;
            }
        };
    }

    String decode(byte[] in, String errors) {
        StringBuilder out = new StringBuilder(in.length);
        int i = 0;
        int n = in.length;
        while (i < n) {
            int b = in[i] & 0xFF;
            char c;
            if (limit == 256) {
                c = (char) b;
            } else if (limit == 128) {
                c = b < 128 ? (char) b : UNDEFINED;
            } else {
                c = decodeTable[b];
            }
            if (c != UNDEFINED) {
                out.append(c);
                i++;
                continue;
            }
            String reason = limit == 128 ? "ordinal not in range(128)"
                    : "character maps to <undefined>";
            i = ErrorHandlers.decodeError(name, in, i, i + 1, reason, errors, out, null);
        }
        return out.toString();
    }
}
