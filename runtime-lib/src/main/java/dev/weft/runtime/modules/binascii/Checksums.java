package dev.weft.runtime.modules.binascii;

/** CRC-32 (zlib's, continuing from any value) and CRC-CCITT (binascii.crc_hqx), table driven. */
public final class Checksums {
    private Checksums() { }

    private static final int[] CRC32_TABLE = new int[256];
    private static final int[] HQX_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC32_TABLE[n] = c;
            int h = n << 8;
            for (int k = 0; k < 8; k++) {
                h = (h & 0x8000) != 0 ? (h << 1) ^ 0x1021 : h << 1;
            }
            HQX_TABLE[n] = h & 0xffff;
        }
    }

    /** zlib's crc32(crc, data): {@code crc} is the value so far (0 to start). */
    public static int crc32(int crc, byte[] data) {
        int c = ~crc;
        for (byte b : data) {
            c = CRC32_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
        }
        return ~c;
    }

    /** zlib's adler32(value, data): {@code value} is the checksum so far (1 to start). */
    public static int adler32(int value, byte[] data) {
        long a = value & 0xffffL;
        long b = (value >>> 16) & 0xffffL;
        int i = 0;
        while (i < data.length) {
            int end = Math.min(data.length, i + 5552); // the longest run before the sums may overflow
            for (; i < end; i++) {
                a += data[i] & 0xff;
                b += a;
            }
            a %= 65521;
            b %= 65521;
        }
        return (int) ((b << 16) | a);
    }

    public static int crcHqx(int crc, byte[] data) {
        int c = crc & 0xffff;
        for (byte b : data) {
            c = ((c << 8) & 0xff00) ^ HQX_TABLE[((c >>> 8) ^ b) & 0xff];
        }
        return c;
    }
}
