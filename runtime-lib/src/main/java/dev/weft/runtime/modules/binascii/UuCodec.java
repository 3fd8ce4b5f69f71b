package dev.weft.runtime.modules.binascii;

import java.io.ByteArrayOutputStream;

/** binascii's uuencoding of single lines (at most 45 bytes), as CPython's C code. */
final class UuCodec {
    private UuCodec() { }

    static byte[] decode(byte[] in) {
        int pos = 0;
        int left = in.length;
        // an empty line reads its length byte from the terminating NUL CPython's buffers carry
        int binLen = ((left > 0 ? in[pos++] & 0xff : 0) - ' ') & 077;
        left--;
        ByteArrayOutputStream out = new ByteArrayOutputStream(binLen);
        int leftChar = 0;
        int leftBits = 0;
        for (; binLen > 0; left--, pos++) {
            int ch = left > 0 ? in[pos] & 0xff : 0;
            if (ch == '\n' || ch == '\r' || left <= 0) {
                ch = 0; // spaces eaten at the end of the line
            } else {
                if (ch < ' ' || ch > ' ' + 64) {
                    throw BinasciiModule.error("Illegal char");
                }
                ch = (ch - ' ') & 077;
            }
            leftChar = (leftChar << 6) | ch;
            leftBits += 6;
            if (leftBits >= 8) {
                leftBits -= 8;
                out.write((leftChar >> leftBits) & 0xff);
                leftChar &= (1 << leftBits) - 1;
                binLen--;
            }
        }
        while (left-- > 0) {
            int ch = in[pos++] & 0xff;
            if (ch != ' ' && ch != ' ' + 64 && ch != '\n' && ch != '\r') {
                throw BinasciiModule.error("Trailing garbage");
            }
        }
        return out.toByteArray();
    }

    static byte[] encode(byte[] in, boolean backtick) {
        if (in.length > 45) {
            throw BinasciiModule.error("At most 45 bytes at once");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 + (in.length + 2) / 3 * 4);
        out.write(backtick && in.length == 0 ? '`' : ' ' + in.length);
        int leftChar = 0;
        int leftBits = 0;
        for (int i = 0; i < in.length || leftBits != 0; i++) {
            leftChar = (leftChar << 8) | (i < in.length ? in[i] & 0xff : 0);
            leftBits += 8;
            while (leftBits >= 6) {
                int ch = (leftChar >> (leftBits - 6)) & 0x3f;
                leftBits -= 6;
                out.write(backtick && ch == 0 ? '`' : ch + ' ');
            }
            leftChar &= (1 << leftBits) - 1;
        }
        out.write('\n');
        return out.toByteArray();
    }
}
