package dev.weft.runtime.text;

/** UTF-8 (and utf-8-sig) with CPython's error classification and positions. */
final class Utf8Codec {
    private Utf8Codec() {
    }

    static final CodecEncoder ENCODER = new CodecEncoder("utf-8", "surrogates not allowed") {
        @Override
        boolean encodable(int cp) {
            return cp < 0xD800 || cp > 0xDFFF;
        }

        @Override
        void put(ByteSink out, int cp) {
            putUtf8(out, cp);
        }

        @Override
        boolean inlineSurrogateEscape() {
            return true;
        }

        @Override
        boolean putSurrogate(ByteSink out, int cp) {
            putUtf8(out, cp);
            return true;
        }
    };

    static final CodecEncoder SIG_ENCODER = new CodecEncoder("utf-8", "surrogates not allowed") {
        @Override
        void start(ByteSink out) {
            out.put(0xEF);
            out.put(0xBB);
            out.put(0xBF);
        }

        @Override
        boolean encodable(int cp) {
            return ENCODER.encodable(cp);
        }

        @Override
        void put(ByteSink out, int cp) {
            putUtf8(out, cp);
        }

        @Override
        boolean inlineSurrogateEscape() {
            return true;
        }

        @Override
        boolean putSurrogate(ByteSink out, int cp) {
            putUtf8(out, cp);
            return true;
        }
    };

    static void putUtf8(ByteSink out, int cp) {
        if (cp < 0x80) {
            out.put(cp);
        } else if (cp < 0x800) {
            out.put(0xC0 | (cp >> 6));
            out.put(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out.put(0xE0 | (cp >> 12));
            out.put(0x80 | ((cp >> 6) & 0x3F));
            out.put(0x80 | (cp & 0x3F));
        } else {
            out.put(0xF0 | (cp >> 18));
            out.put(0x80 | ((cp >> 12) & 0x3F));
            out.put(0x80 | ((cp >> 6) & 0x3F));
            out.put(0x80 | (cp & 0x3F));
        }
    }

    private static boolean cont(int b) {
        return (b & 0xC0) == 0x80;
    }

    /** surrogatepass: ED A0..BF 80..BF encodes a surrogate. */
    private static int readSurrogate(byte[] in, int start) {
        if (start + 3 > in.length) {
            return -1;
        }
        int b0 = in[start] & 0xFF;
        int b1 = in[start + 1] & 0xFF;
        int b2 = in[start + 2] & 0xFF;
        if (b0 != 0xED || b1 < 0xA0 || b1 > 0xBF || !cont(b2)) {
            return -1;
        }
        return ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
    }

    static String decode(byte[] in, String errors, boolean sig) {
        int n = in.length;
        int i = 0;
        if (sig && n >= 3 && (in[0] & 0xFF) == 0xEF && (in[1] & 0xFF) == 0xBB
                && (in[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        StringBuilder out = new StringBuilder(n);
        while (i < n) {
            int b0 = in[i] & 0xFF;
            if (b0 < 0x80) {
                out.append((char) b0);
                i++;
                continue;
            }
            // errorLength: bytes covered by an error; 0 = valid sequence; -1 = unexpected end.
            int length;
            int errorLength;
            int avail = n - i;
            if (b0 < 0xC2) {
                length = 1;
                errorLength = 1;
            } else if (b0 < 0xE0) {
                length = 2;
                if (avail < 2) {
                    errorLength = -1;
                } else {
                    errorLength = cont(in[i + 1] & 0xFF) ? 0 : 1;
                }
            } else if (b0 < 0xF0) {
                length = 3;
                errorLength = checkThree(in, i, b0, avail);
            } else if (b0 < 0xF5) {
                length = 4;
                errorLength = checkFour(in, i, b0, avail);
            } else {
                length = 1;
                errorLength = 1;
            }
            if (errorLength == 0) {
                int cp;
                if (length == 2) {
                    cp = ((b0 & 0x1F) << 6) | (in[i + 1] & 0x3F);
                } else if (length == 3) {
                    cp = ((b0 & 0x0F) << 12) | ((in[i + 1] & 0x3F) << 6) | (in[i + 2] & 0x3F);
                } else {
                    cp = ((b0 & 0x07) << 18) | ((in[i + 1] & 0x3F) << 12)
                            | ((in[i + 2] & 0x3F) << 6) | (in[i + 3] & 0x3F);
                }
                out.appendCodePoint(cp);
                i += length;
                continue;
            }
            int end;
            String reason;
            if (errorLength < 0) {
                end = n;
                reason = "unexpected end of data";
            } else if (b0 < 0xC2 || b0 >= 0xF5) {
                end = i + 1;
                reason = "invalid start byte";
            } else {
                end = i + errorLength;
                reason = "invalid continuation byte";
            }
            i = ErrorHandlers.decodeError("utf-8", in, i, end, reason, errors, out,
                    Utf8Codec::readSurrogate);
        }
        return out.toString();
    }

    /** A 3-byte sequence: 0 if valid, bytes in error if invalid, -1 if truncated. */
    private static int checkThree(byte[] in, int i, int b0, int avail) {
        if (avail < 2) {
            return -1;
        }
        int b1 = in[i + 1] & 0xFF;
        if (!cont(b1) || (b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 >= 0xA0)) {
            return 1;
        }
        if (avail < 3) {
            return -1;
        }
        return cont(in[i + 2] & 0xFF) ? 0 : 2;
    }

    private static int checkFour(byte[] in, int i, int b0, int avail) {
        if (avail < 2) {
            return -1;
        }
        int b1 = in[i + 1] & 0xFF;
        if (!cont(b1) || (b0 == 0xF0 && b1 < 0x90) || (b0 == 0xF4 && b1 >= 0x90)) {
            return 1;
        }
        if (avail < 3) {
            return -1;
        }
        if (!cont(in[i + 2] & 0xFF)) {
            return 2;
        }
        if (avail < 4) {
            return -1;
        }
        return cont(in[i + 3] & 0xFF) ? 0 : 3;
    }
}
