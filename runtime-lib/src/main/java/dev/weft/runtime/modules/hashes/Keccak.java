package dev.weft.runtime.modules.hashes;

/** The Keccak-f[1600] sponge of FIPS 202, for the SHAKE extendable-output functions the JDK lacks. */
final class Keccak implements HashEngine {
    private static final long[] ROUND_CONSTANTS = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
        0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
        0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
    };
    private static final int[] ROTATIONS = {
        0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14,
    };

    private final int rate;
    private final byte suffix;
    private final long[] state = new long[25];
    /** Bytes absorbed into the current block. */
    private int pos;

    Keccak(int rateBytes, byte suffix) {
        this.rate = rateBytes;
        this.suffix = suffix;
    }

    private Keccak(Keccak o) {
        this.rate = o.rate;
        this.suffix = o.suffix;
        System.arraycopy(o.state, 0, state, 0, 25);
        this.pos = o.pos;
    }

    private void xorByte(int i, int b) {
        state[i >>> 3] ^= (long) (b & 0xff) << (8 * (i & 7));
    }

    @Override
    public void update(byte[] data) {
        for (byte b : data) {
            xorByte(pos++, b);
            if (pos == rate) {
                permute(state);
                pos = 0;
            }
        }
    }

    @Override
    public byte[] digest(int length) {
        Keccak k = new Keccak(this);
        k.xorByte(k.pos, k.suffix);
        k.xorByte(rate - 1, 0x80);
        permute(k.state);
        byte[] out = new byte[length];
        int at = 0;
        while (at < length) {
            for (int i = 0; i < rate && at < length; i++, at++) {
                out[at] = (byte) (k.state[i >>> 3] >>> (8 * (i & 7)));
            }
            if (at < length) {
                permute(k.state);
            }
        }
        return out;
    }

    @Override
    public HashEngine copy() {
        return new Keccak(this);
    }

    static void permute(long[] a) {
        long[] c = new long[5];
        long[] b = new long[25];
        for (long rc : ROUND_CONSTANTS) {
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[y + x] ^= d;
                }
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    int i = x + 5 * y;
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[i], ROTATIONS[i]);
                }
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
                }
            }
            a[0] ^= rc;
        }
    }
}
