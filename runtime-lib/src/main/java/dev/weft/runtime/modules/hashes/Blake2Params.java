package dev.weft.runtime.modules.hashes;

/** The parameter block of BLAKE2 (RFC 7693 and the BLAKE2 paper): tree parameters, salt, personalisation, key. */
record Blake2Params(int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth, long leafSize,
                    long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {

    /** The parameter block as little-endian bytes: 64 for BLAKE2b, 32 for BLAKE2s. */
    byte[] block(boolean big) {
        int saltLen = big ? 16 : 8;
        byte[] p = new byte[big ? 64 : 32];
        p[0] = (byte) digestSize;
        p[1] = (byte) key.length;
        p[2] = (byte) fanout;
        p[3] = (byte) depth;
        for (int i = 0; i < 4; i++) {
            p[4 + i] = (byte) (leafSize >>> (8 * i));
        }
        int offsetBytes = big ? 8 : 6;
        for (int i = 0; i < offsetBytes; i++) {
            p[8 + i] = (byte) (nodeOffset >>> (8 * i));
        }
        p[8 + offsetBytes] = (byte) nodeDepth;
        p[9 + offsetBytes] = (byte) innerSize;
        int saltAt = big ? 32 : 16;
        System.arraycopy(salt, 0, p, saltAt, salt.length);
        System.arraycopy(person, 0, p, saltAt + saltLen, person.length);
        return p;
    }
}
