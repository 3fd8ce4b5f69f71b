package dev.weft.runtime.modules.struct;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.types.PyTuple;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed struct format: its byte order, its codes (one per format character, with a repeat
 * count; {@code s} and {@code p} are one code of {@code repeat} bytes) at their offsets, its
 * size and item count. Immutable, so one parse serves all threads.
 */
final class StructFormat {
    /** One format character: {@code repeat} items of {@code itemSize} bytes from {@code offset}. */
    record Code(char c, long offset, int itemSize, long repeat) {
        boolean isString() {
            return c == 's' || c == 'p';
        }
    }

    final String format;
    final boolean nativeSizes;
    final boolean bigEndian;
    final Code[] codes;
    final long size;
    final long itemCount;

    private StructFormat(String format, boolean nativeSizes, boolean bigEndian, Code[] codes, long size,
                         long itemCount) {
        this.format = format;
        this.nativeSizes = nativeSizes;
        this.bigEndian = bigEndian;
        this.codes = codes;
        this.size = size;
        this.itemCount = itemCount;
    }

    /** Parses an ASCII format (CPython's {@code prepare_s}); raises struct.error as CPython does. */
    static StructFormat parse(String format) {
        int p = 0;
        boolean nativeSizes = true;
        boolean bigEndian = false; // native order of the supported platforms (x86-64, aarch64)
        if (!format.isEmpty()) {
            switch (format.charAt(0)) {
                case '@' -> p = 1;
                case '=' -> { nativeSizes = false; p = 1; }
                case '<' -> { nativeSizes = false; p = 1; }
                case '>', '!' -> { nativeSizes = false; bigEndian = true; p = 1; }
                default -> { }
            }
        }
        List<Code> codes = new ArrayList<>();
        long size = 0;
        long items = 0;
        int n = format.length();
        while (p < n) {
            char c = format.charAt(p++);
            if (isSpace(c)) {
                continue;
            }
            long num = 1;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                c = p < n ? format.charAt(p++) : 0;
                while (c >= '0' && c <= '9') {
                    if (num >= Long.MAX_VALUE / 10 && (num > Long.MAX_VALUE / 10 || c - '0' > Long.MAX_VALUE % 10)) {
                        throw tooLong();
                    }
                    num = num * 10 + (c - '0');
                    c = p < n ? format.charAt(p++) : 0;
                }
                if (c == 0) {
                    throw StructModule.error("repeat count given without format specifier");
                }
            }
            int itemSize = itemSize(c, nativeSizes);
            if (itemSize < 0) {
                throw StructModule.error("bad char in struct format");
            }
            if (nativeSizes && size > 0 && c != 's' && c != 'p' && c != 'x' && itemSize > 1) {
                long extra = (itemSize - 1) - (size - 1) % itemSize;
                if (extra > Long.MAX_VALUE - size) {
                    throw tooLong();
                }
                size += extra;
            }
            if (num > (Long.MAX_VALUE - size) / itemSize) {
                throw tooLong();
            }
            if (c == 's' || c == 'p') {
                codes.add(new Code(c, size, (int) Math.min(num, Integer.MAX_VALUE), num));
                items++;
            } else if (c != 'x' && num > 0) {
                codes.add(new Code(c, size, itemSize, num));
                items += num;
            }
            size += num * itemSize;
        }
        return new StructFormat(format, nativeSizes, bigEndian, codes.toArray(new Code[0]), size, items);
    }

    private static PyException tooLong() {
        return StructModule.error("total struct size too long");
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    /** The size of one item of {@code c} in this mode; -1 for a character the mode lacks. */
    static int itemSize(char c, boolean nativeSizes) {
        switch (c) {
            case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p':
                return 1;
            case 'h': case 'H': case 'e':
                return 2;
            case 'i': case 'I': case 'f':
                return 4;
            case 'l': case 'L':
                return nativeSizes ? 8 : 4;
            case 'q': case 'Q': case 'd':
                return 8;
            case 'n': case 'N': case 'P':
                return nativeSizes ? 8 : -1;
            default:
                return -1;
        }
    }

    /** Packs {@code args[from..]} (exactly {@link #itemCount} values) into {@code out} at {@code at}. */
    void pack(byte[] out, int at, PyObject[] args, int from) {
        int next = from;
        for (Code code : codes) {
            int pos = at + (int) code.offset();
            if (code.isString()) {
                StructValues.packString(code, out, pos, args[next++]);
                continue;
            }
            for (long r = 0; r < code.repeat(); r++, pos += code.itemSize()) {
                StructValues.pack(code.c(), code.itemSize(), bigEndian, nativeSizes, out, pos, args[next++]);
            }
        }
    }

    PyTuple unpack(byte[] in, int at) {
        PyObject[] items = new PyObject[(int) itemCount];
        int next = 0;
        for (Code code : codes) {
            int pos = at + (int) code.offset();
            if (code.isString()) {
                items[next++] = StructValues.unpackString(code, in, pos);
                continue;
            }
            for (long r = 0; r < code.repeat(); r++, pos += code.itemSize()) {
                items[next++] = StructValues.unpack(code.c(), code.itemSize(), bigEndian, in, pos);
            }
        }
        return PyTuple.of(items);
    }
}
