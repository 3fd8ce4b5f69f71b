package dev.weft.runtime.modules.binascii;

import java.io.ByteArrayOutputStream;

/** binascii's base64: a lenient decoder (or a strict one) and the encoder, as CPython's C code. */
final class Base64Codec {
    private Base64Codec() { }

    private static final byte[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes();
    private static final int[] DECODE = new int[256];

    static {
        java.util.Arrays.fill(DECODE, -1);
        for (int i = 0; i < 64; i++) {
            DECODE[ALPHABET[i]] = i;
        }
    }

    static byte[] decode(byte[] in, boolean strict) {
        if (strict && in.length > 0 && in[0] == '=') {
            throw BinasciiModule.error("Leading padding not allowed");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 4 * 3 + 3);
        int quadPos = 0;
        int leftChar = 0;
        int pads = 0;
        boolean paddingStarted = false;
        for (int i = 0; i < in.length; i++) {
            int ch = in[i] & 0xff;
            if (ch == '=') {
                paddingStarted = true;
                if (strict && quadPos == 0) {
                    throw BinasciiModule.error("Excess padding not allowed");
                }
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    if (strict && i + 1 < in.length) {
                        throw BinasciiModule.error("Excess data after padding");
                    }
                    return out.toByteArray();
                }
                continue;
            }
            int v = DECODE[ch];
            if (v < 0) {
                if (strict) {
                    throw BinasciiModule.error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && paddingStarted) {
                throw BinasciiModule.error("Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quadPos) {
                case 0 -> { quadPos = 1; leftChar = v; }
                case 1 -> { quadPos = 2; out.write((leftChar << 2) | (v >> 4)); leftChar = v & 0x0f; }
                case 2 -> { quadPos = 3; out.write((leftChar << 4) | (v >> 2)); leftChar = v & 0x03; }
                default -> { quadPos = 0; out.write((leftChar << 6) | v); leftChar = 0; }
            }
        }
        if (quadPos == 1) {
            throw BinasciiModule.error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more "
                    + "than a multiple of 4", out.size() / 3 * 4 + 1);
        }
        if (quadPos != 0) {
            throw BinasciiModule.error("Incorrect padding");
        }
        return out.toByteArray();
    }

    static byte[] encode(byte[] in, boolean newline) {
        int groups = (in.length + 2) / 3;
        byte[] out = new byte[groups * 4 + (newline ? 1 : 0)];
        int o = 0;
        for (int i = 0; i < in.length; i += 3) {
            int b0 = in[i] & 0xff;
            int b1 = i + 1 < in.length ? in[i + 1] & 0xff : 0;
            int b2 = i + 2 < in.length ? in[i + 2] & 0xff : 0;
            out[o++] = ALPHABET[b0 >> 2];
            out[o++] = ALPHABET[((b0 & 3) << 4) | (b1 >> 4)];
            out[o++] = i + 1 < in.length ? ALPHABET[((b1 & 0xf) << 2) | (b2 >> 6)] : (byte) '=';
            out[o++] = i + 2 < in.length ? ALPHABET[b2 & 0x3f] : (byte) '=';
        }
        if (newline) {
            out[o] = '\n';
        }
        return out;
    }
}
