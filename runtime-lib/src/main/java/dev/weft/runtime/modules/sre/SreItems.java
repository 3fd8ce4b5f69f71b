package dev.weft.runtime.modules.sre;

import dev.weft.runtime.exc.Errors;

import static dev.weft.runtime.modules.sre.SreCodes.*;

/**
 * The one-character items of the code (LITERAL, IN and their case-insensitive forms, ANY,
 * CATEGORY) and character sets (SRE(charset)): pure functions of the code and a code point.
 */
final class SreItems {
    private SreItems() { }

    private static long u(int word) {
        return word & 0xFFFFFFFFL;
    }

    /** Whether the one-character item at {@code opPc} (an opcode) accepts {@code c}. */
    static boolean matchOne(int[] code, int opPc, int c) {
        int arg = code[opPc + 1];
        switch (code[opPc]) {
            case LITERAL: return c == arg;
            case NOT_LITERAL: return c != arg;
            case ANY: return c != '\n';
            case ANY_ALL: return true;
            case CATEGORY: return SreChars.category(arg, c);
            case IN: return charset(code, opPc + 2, c);
            case LITERAL_IGNORE: return SreChars.lowerAscii(c) == arg;
            case LITERAL_UNI_IGNORE: return SreChars.lowerUnicode(c) == arg;
            case LITERAL_LOC_IGNORE: return SreChars.charLocIgnore(arg, c);
            case NOT_LITERAL_IGNORE: return SreChars.lowerAscii(c) != arg;
            case NOT_LITERAL_UNI_IGNORE: return SreChars.lowerUnicode(c) != arg;
            case NOT_LITERAL_LOC_IGNORE: return !SreChars.charLocIgnore(arg, c);
            case IN_IGNORE: return charset(code, opPc + 2, SreChars.lowerAscii(c));
            case IN_UNI_IGNORE: return charset(code, opPc + 2, SreChars.lowerUnicode(c));
            case IN_LOC_IGNORE: return charsetLocIgnore(code, opPc + 2, c);
            default: throw Errors.runtimeError("internal error in regular expression engine");
        }
    }

    /** The code position after the one-character item at {@code opPc}. */
    static int nextAfterOne(int[] code, int opPc) {
        switch (code[opPc]) {
            case ANY: case ANY_ALL: return opPc + 1;
            case IN: case IN_IGNORE: case IN_UNI_IGNORE: case IN_LOC_IGNORE: return opPc + 1 + code[opPc + 1];
            default: return opPc + 2;
        }
    }


    /**
     * Whether {@code c} is in the set starting at {@code set} (SRE(charset)). The common
     * operations are here, small enough for the JIT to inline; the rare ones are in {@link #rareSetOp}.
     */
    static boolean charset(int[] code, int set, int c) {
        boolean ok = true;
        for (;;) {
            switch (code[set++]) {
                case FAILURE:
                    return !ok;
                case LITERAL:
                    if (c == code[set]) {
                        return ok;
                    }
                    set++;
                    break;
                case CATEGORY:
                    if (SreChars.category(code[set], c)) {
                        return ok;
                    }
                    set++;
                    break;
                case CHARSET:
                    if (c < 256 && (code[set + (c >> 5)] & (1 << (c & 31))) != 0) {
                        return ok;
                    }
                    set += 8;
                    break;
                case RANGE:
                    if (u(code[set]) <= c && c <= u(code[set + 1])) {
                        return ok;
                    }
                    set += 2;
                    break;
                case NEGATE:
                    ok = !ok;
                    break;
                default: {
                    int next = rareSetOp(code, code[set - 1], set, c);
                    if (next == IN_SET) {
                        return ok;
                    }
                    if (next < 0) {
                        return false;
                    }
                    set = next;
                    break;
                }
            }
        }
    }

    private static final int IN_SET = -2;

    /** RANGE_UNI_IGNORE and BIGCHARSET: IN_SET if {@code c} is in, else the next set position (-1: bad code). */
    private static int rareSetOp(int[] code, int op, int set, int c) {
        if (op == RANGE_UNI_IGNORE) {
            if (u(code[set]) <= c && c <= u(code[set + 1])) {
                return IN_SET;
            }
            int uc = SreChars.upperUnicode(c);
            if (u(code[set]) <= uc && uc <= u(code[set + 1])) {
                return IN_SET;
            }
            return set + 2;
        }
        if (op == BIGCHARSET) {
            int blocks = code[set++];
            int block = -1;
            if (c < 0x10000) {
                int hi = c >> 8;
                block = (code[set + (hi >> 2)] >>> ((hi & 3) * 8)) & 0xFF;
            }
            set += 64;
            if (block >= 0) {
                int bit = block * 256 + (c & 255);
                if ((code[set + (bit >> 5)] & (1 << (bit & 31))) != 0) {
                    return IN_SET;
                }
            }
            return set + blocks * 8;
        }
        return -1;
    }

    static boolean charsetLocIgnore(int[] code, int set, int c) {
        int lo = SreChars.lowerLocale(c);
        if (charset(code, set, lo)) {
            return true;
        }
        int up = SreChars.upperLocale(c);
        return up != lo && charset(code, set, up);
    }
}
