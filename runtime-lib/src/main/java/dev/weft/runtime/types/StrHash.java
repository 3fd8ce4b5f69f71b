package dev.weft.runtime.types;

import java.security.SecureRandom;

/**
 * Hash of str and bytes, seeded once per run (like CPython's randomised hashing); the seed is
 * PYTHONHASHSEED when that is set to a number. Values differ from CPython's SipHash.
 */
final class StrHash {
    private StrHash() { }

    private static final long SEED;
    static {
        long s;
        String env = System.getenv("PYTHONHASHSEED");
        if (env != null && env.matches("\\d+")) {
            s = Long.parseLong(env) * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        } else {
            s = randomSeed();
        }
        SEED = s;
    }

    /**
     * Eight bytes of {@code /dev/urandom} as CPython takes them; {@code SecureRandom} only where
     * that file is missing, because initialising the security providers costs tens of
     * milliseconds of start-up.
     */
    private static long randomSeed() {
        try (java.io.InputStream in = new java.io.FileInputStream("/dev/urandom")) {
            byte[] b = in.readNBytes(8);
            if (b.length == 8) {
                long v = 0;
                for (byte x : b) {
                    v = (v << 8) | (x & 0xff);
                }
                return v;
            }
        } catch (java.io.IOException | SecurityException e) {
            // no /dev/urandom (Windows): fall back below
        }
        return new SecureRandom().nextLong();
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    static long hash(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        long h = SEED ^ s.length();
        int n = s.length(), i = 0;
        for (; i + 4 <= n; i += 4) {
            long k = (long) s.charAt(i) | ((long) s.charAt(i + 1) << 16) | ((long) s.charAt(i + 2) << 32)
                    | ((long) s.charAt(i + 3) << 48);
            h = Long.rotateLeft(h ^ mix(k), 27) * 5 + 0x52dce729;
        }
        for (; i < n; i++) {
            h = Long.rotateLeft(h ^ mix(s.charAt(i)), 27) * 5 + 0x52dce729;
        }
        h = mix(h);
        return h == -1 ? -2 : h;
    }

    static long hash(byte[] b) {
        if (b.length == 0) {
            return 0;
        }
        long h = SEED ^ b.length ^ 0x5bd1e995L;
        for (byte x : b) {
            h = Long.rotateLeft(h ^ mix(x & 0xff), 27) * 5 + 0x52dce729;
        }
        h = mix(h);
        return h == -1 ? -2 : h;
    }
}
