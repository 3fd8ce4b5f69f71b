package dev.weft.runtime.text;

/**
 * UTF-16 and UTF-32 in the BOM-writing/BOM-reading form ("utf-16": little-endian with a BOM when
 * encoding, as CPython on little-endian machines) and the explicit -le/-be forms.
 */
final class Utf16Codec {
    private Utf16Codec() {
    }

    /** The encoder for UTF-16 ({@code unitBytes == 2}) or UTF-32 ({@code 4}). */
    static CodecEncoder encoder(String name, int unitBytes, boolean bigEndian, boolean bom) {
        return new CodecEncoder(name, "surrogates not allowed") {
            @Override
            void start(ByteSink out) {
                if (bom) {
                    unit(out, 0xFEFF);
                }
            }

            private void unit(ByteSink out, int v) {
                if (unitBytes == 2) {
                    if (bigEndian) {
                        out.put(v >> 8);
                        out.put(v);
                    } else {
                        out.put(v);
                        out.put(v >> 8);
                    }
                } else if (bigEndian) {
                    out.put(v >> 24);
                    out.put(v >> 16);
                    out.put(v >> 8);
                    out.put(v);
                } else {
                    out.put(v);
                    out.put(v >> 8);
                    out.put(v >> 16);
                    out.put(v >> 24);
                }
            }

            @Override
            boolean encodable(int cp) {
                return cp < 0xD800 || cp > 0xDFFF;
            }

            @Override
            void put(ByteSink out, int cp) {
                if (unitBytes == 2 && cp >= 0x10000) {
                    unit(out, Character.highSurrogate(cp));
                    unit(out, Character.lowSurrogate(cp));
                } else {
                    unit(out, cp);
                }
            }

            @Override
            boolean perCharErrors() {
                return true;
            }

            @Override
            boolean acceptsBytes(int length) {
                return length % unitBytes == 0;
            }

            @Override
            boolean putSurrogate(ByteSink out, int cp) {
                unit(out, cp);
                return true;
            }
        };
    }

    private static int read16(byte[] in, int i, boolean bigEndian) {
        int a = in[i] & 0xFF;
        int b = in[i + 1] & 0xFF;
        return bigEndian ? (a << 8) | b : (b << 8) | a;
    }

    private static long read32(byte[] in, int i, boolean bigEndian) {
        long v = 0;
        for (int k = 0; k < 4; k++) {
            int b = in[bigEndian ? i + k : i + 3 - k] & 0xFF;
            v = (v << 8) | b;
        }
        return v;
    }

    /**
     * Decodes UTF-16; {@code byteOrder} is 0 for "utf-16" (a BOM picks the order, else little
     * endian), -1 for little endian, 1 for big endian.
     */
    static String decode16(byte[] in, String errors, int byteOrder) {
        int n = in.length;
        int i = 0;
        boolean big = byteOrder > 0;
        if (byteOrder == 0 && n >= 2) {
            int bom = read16(in, 0, false);
            if (bom == 0xFEFF) {
                i = 2;
            } else if (bom == 0xFFFE) {
                i = 2;
                big = true;
            }
        }
        boolean bigEndian = big;
        String name = big ? "utf-16-be" : "utf-16-le";
        ErrorHandlers.SurrogateReader surrogates = (input, start) -> {
            if (start + 2 > input.length) {
                return -1;
            }
            int u = read16(input, start, bigEndian);
            return u >= 0xD800 && u <= 0xDFFF ? u : -1;
        };
        StringBuilder out = new StringBuilder(n / 2);
        while (i < n) {
            if (n - i < 2) {
                i = ErrorHandlers.decodeError(name, in, i, n, "truncated data", errors, out,
                        surrogates);
                continue;
            }
            int u = read16(in, i, big);
            if (u < 0xD800 || u > 0xDFFF) {
                out.append((char) u);
                i += 2;
                continue;
            }
            if (u >= 0xDC00) {
                i = ErrorHandlers.decodeError(name, in, i, i + 2, "illegal encoding", errors, out,
                        surrogates);
                continue;
            }
            if (n - i < 4) {
                i = ErrorHandlers.decodeError(name, in, i, n, "unexpected end of data", errors,
                        out, surrogates);
                continue;
            }
            int u2 = read16(in, i + 2, big);
            if (u2 < 0xDC00 || u2 > 0xDFFF) {
                i = ErrorHandlers.decodeError(name, in, i, i + 2, "illegal UTF-16 surrogate",
                        errors, out, surrogates);
                continue;
            }
            out.append((char) u).append((char) u2);
            i += 4;
        }
        return out.toString();
    }

    /** Decodes UTF-32; {@code byteOrder} as for {@link #decode16}. */
    static String decode32(byte[] in, String errors, int byteOrder) {
        int n = in.length;
        int i = 0;
        boolean big = byteOrder > 0;
        if (byteOrder == 0 && n >= 4) {
            long bom = read32(in, 0, false);
            if (bom == 0xFEFF) {
                i = 4;
            } else if (bom == 0xFFFE0000L) {
                i = 4;
                big = true;
            }
        }
        boolean bigEndian = big;
        String name = big ? "utf-32-be" : "utf-32-le";
        ErrorHandlers.SurrogateReader surrogates = (input, start) -> {
            if (start + 4 > input.length) {
                return -1;
            }
            long u = read32(input, start, bigEndian);
            return u >= 0xD800 && u <= 0xDFFF ? (int) u : -1;
        };
        StringBuilder out = new StringBuilder(n / 4);
        while (i < n) {
            if (n - i < 4) {
                i = ErrorHandlers.decodeError(name, in, i, n, "truncated data", errors, out,
                        surrogates);
                continue;
            }
            long u = read32(in, i, big);
            if (u > Character.MAX_CODE_POINT) {
                i = ErrorHandlers.decodeError(name, in, i, i + 4,
                        "code point not in range(0x110000)", errors, out, surrogates);
            } else if (u >= 0xD800 && u <= 0xDFFF) {
                i = ErrorHandlers.decodeError(name, in, i, i + 4,
                        "code point in surrogate code point range(0xd800, 0xe000)", errors, out,
                        surrogates);
            } else {
                out.appendCodePoint((int) u);
                i += 4;
            }
        }
        return out.toString();
    }
}
