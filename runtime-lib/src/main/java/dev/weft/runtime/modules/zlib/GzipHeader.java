package dev.weft.runtime.modules.zlib;

/** The gzip member header (RFC 1952) as zlib's inflate reads it. */
final class GzipHeader {
    private GzipHeader() { }

    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    /** The header's length in {@code b}, -1 if {@code b} ends inside it; raises zlib's errors for a bad header. */
    static int length(byte[] b) {
        if (b.length >= 1 && (b[0] & 0xff) != 0x1f || b.length >= 2 && (b[1] & 0xff) != 0x8b) {
            throw Decompressor.dataError("incorrect header check");
        }
        if (b.length >= 3 && b[2] != 8) {
            throw Decompressor.dataError("unknown compression method");
        }
        if (b.length < 10) {
            return -1;
        }
        int flags = b[3] & 0xff;
        if ((flags & 0xe0) != 0) {
            throw Decompressor.dataError("unknown header flags set");
        }
        int at = 10;
        if ((flags & FEXTRA) != 0) {
            if (b.length < at + 2) {
                return -1;
            }
            at += 2 + ((b[at] & 0xff) | (b[at + 1] & 0xff) << 8);
        }
        for (int field : new int[] {FNAME, FCOMMENT}) {
            if ((flags & field) != 0) {
                while (at < b.length && b[at] != 0) {
                    at++;
                }
                at++;
            }
        }
        if ((flags & FHCRC) != 0) {
            at += 2;
        }
        return at <= b.length ? at : -1;
    }
}
