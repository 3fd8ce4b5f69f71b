package dev.weft.runtime.modules.hashes;

/** BLAKE2s (32-bit words, 10 rounds, 64-byte blocks). */
final class Blake2s implements HashEngine {
    private static final int[] IV = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    };
    private static final int BLOCK = 64;

    private final int[] h = new int[8];
    private final byte[] buf = new byte[BLOCK];
    private int buffered;
    /** Bytes compressed so far (a 64-bit counter). */
    private long t;
    private final int digestSize;
    private final boolean lastNode;

    Blake2s(Blake2Params p) {
        digestSize = p.digestSize();
        lastNode = p.lastNode();
        byte[] block = p.block(false);
        for (int i = 0; i < 8; i++) {
            h[i] = IV[i] ^ le32(block, 4 * i);
        }
        if (p.key().length > 0) {
            byte[] k = new byte[BLOCK];
            System.arraycopy(p.key(), 0, k, 0, p.key().length);
            update(k);
        }
    }

    private Blake2s(Blake2s o) {
        System.arraycopy(o.h, 0, h, 0, 8);
        System.arraycopy(o.buf, 0, buf, 0, BLOCK);
        buffered = o.buffered;
        t = o.t;
        digestSize = o.digestSize;
        lastNode = o.lastNode;
    }

    static int le32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    static long le64(byte[] b, int at) {
        return (le32(b, at) & 0xffffffffL) | ((long) le32(b, at + 4) << 32);
    }

    @Override
    public void update(byte[] data) {
        int i = 0;
        while (i < data.length) {
            if (buffered == BLOCK) {
                t += BLOCK;
                compress(buf, false);
                buffered = 0;
            }
            int n = Math.min(BLOCK - buffered, data.length - i);
            System.arraycopy(data, i, buf, buffered, n);
            buffered += n;
            i += n;
        }
    }

    @Override
    public byte[] digest(int length) {
        Blake2s f = new Blake2s(this);
        f.t += f.buffered;
        java.util.Arrays.fill(f.buf, f.buffered, BLOCK, (byte) 0);
        f.compress(f.buf, true);
        byte[] out = new byte[digestSize];
        for (int i = 0; i < digestSize; i++) {
            out[i] = (byte) (f.h[i >>> 2] >>> (8 * (i & 3)));
        }
        return out;
    }

    @Override
    public HashEngine copy() {
        return new Blake2s(this);
    }

    private void compress(byte[] block, boolean last) {
        int[] m = new int[16];
        for (int i = 0; i < 16; i++) {
            m[i] = le32(block, 4 * i);
        }
        int[] v = new int[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= (int) t;
        v[13] ^= (int) (t >>> 32);
        if (last) {
            v[14] = ~v[14];
            if (lastNode) {
                v[15] = ~v[15];
            }
        }
        for (int r = 0; r < 10; r++) {
            byte[] s = Blake2b.SIGMA[r];
            g(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            g(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            g(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            g(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            g(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            g(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            g(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            g(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            h[i] ^= v[i] ^ v[i + 8];
        }
    }

    private static void g(int[] v, int a, int b, int c, int d, int x, int y) {
        v[a] = v[a] + v[b] + x;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
        v[a] = v[a] + v[b] + y;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
        v[c] = v[c] + v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
    }
}
