package dev.weft.runtime.modules.struct;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.math.MathArgs;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyByteArray;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;

import java.math.BigInteger;
import java.util.Arrays;

/** Conversion of one value to and from its bytes, per format character, with CPython's checks and messages. */
final class StructValues {
    private StructValues() { }

    private static final BigInteger POINTER_MIN = BigInteger.ONE.shiftLeft(63).negate();
    private static final BigInteger POINTER_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    static void pack(char c, int size, boolean bigEndian, boolean nativeSizes, byte[] out, int pos, PyObject v) {
        switch (c) {
            case 'c' -> {
                if (!(v instanceof PyBytes b) || b.size() != 1) {
                    throw StructModule.error("char format requires a bytes object of length 1");
                }
                out[pos] = b.array()[0];
            }
            case '?' -> out[pos] = (byte) (Ops.isTrue(v) ? 1 : 0);
            case 'd' -> writeLong(out, pos, 8, bigEndian, Double.doubleToRawLongBits(toDouble(v)));
            case 'f' -> {
                double d = toDouble(v);
                float f = (float) d;
                if (!nativeSizes && Float.isInfinite(f) && !Double.isInfinite(d)) {
                    throw Errors.overflowError("float too large to pack with f format");
                }
                writeLong(out, pos, 4, bigEndian, Float.floatToRawIntBits(f));
            }
            case 'e' -> writeLong(out, pos, 2, bigEndian, HalfFloat.pack(toDouble(v)));
            case 'P' -> {
                BigInteger b = toInteger(v).bigValue();
                if (b.compareTo(POINTER_MIN) < 0 || b.compareTo(POINTER_MAX) > 0) {
                    throw StructModule.error("int too large to convert");
                }
                writeLong(out, pos, 8, bigEndian, b.longValue());
            }
            default -> packInteger(c, size, bigEndian, out, pos, v);
        }
    }

    private static void packInteger(char c, int size, boolean bigEndian, byte[] out, int pos, PyObject v) {
        PyInt i = toInteger(v);
        boolean unsigned = Character.isUpperCase(c);
        int bits = size * 8;
        if (i.fitsLong() && bits < 64) {
            long x = i.longValue();
            long lo = unsigned ? 0 : -(1L << (bits - 1));
            long hi = unsigned ? (1L << bits) - 1 : (1L << (bits - 1)) - 1;
            if (x < lo || x > hi) {
                throw rangeError(c, unsigned, bits);
            }
            writeLong(out, pos, size, bigEndian, x);
            return;
        }
        BigInteger b = i.bigValue();
        BigInteger lo = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
        BigInteger hi = unsigned ? BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
        if (b.compareTo(lo) < 0 || b.compareTo(hi) > 0) {
            throw rangeError(c, unsigned, bits);
        }
        writeLong(out, pos, size, bigEndian, b.longValue());
    }

    private static PyException rangeError(char c, boolean unsigned, int bits) {
        if (unsigned) {
            return StructModule.error("'%c' format requires 0 <= number <= %s", c,
                    BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
        }
        BigInteger largest = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
        return StructModule.error("'%c' format requires %s <= number <= %s", c, largest.not(), largest);
    }

    /** CPython's {@code get_pylong}: an int, or the result of {@code __index__}. */
    private static PyInt toInteger(PyObject v) {
        if (v instanceof PyInt i) {
            return i;
        }
        if (v.type().lookup("__index__") == null) {
            throw StructModule.error("required argument is not an integer");
        }
        return Protocols.index(v, null);
    }

    private static double toDouble(PyObject v) {
        if (v instanceof PyFloat f) {
            return f.value;
        }
        try {
            return MathArgs.toDouble(v);
        } catch (PyException e) {
            throw StructModule.error("required argument is not a float");
        }
    }

    static void writeLong(byte[] out, int pos, int size, boolean bigEndian, long x) {
        for (int k = 0; k < size; k++) {
            out[bigEndian ? pos + size - 1 - k : pos + k] = (byte) (x >>> (8 * k));
        }
    }

    static long readLong(byte[] in, int pos, int size, boolean bigEndian) {
        long x = 0;
        for (int k = 0; k < size; k++) {
            x |= (in[bigEndian ? pos + size - 1 - k : pos + k] & 0xFFL) << (8 * k);
        }
        return x;
    }

    static PyObject unpack(char c, int size, boolean bigEndian, byte[] in, int pos) {
        switch (c) {
            case 'c':
                return PyBytes.of(new byte[] {in[pos]});
            case '?':
                return PyBool.of(in[pos] != 0);
            case 'd':
                return PyFloat.of(Double.longBitsToDouble(readLong(in, pos, 8, bigEndian)));
            case 'f':
                return PyFloat.of(Float.intBitsToFloat((int) readLong(in, pos, 4, bigEndian)));
            case 'e':
                return PyFloat.of(HalfFloat.unpack((int) readLong(in, pos, 2, bigEndian)));
            default:
                long x = readLong(in, pos, size, bigEndian);
                boolean unsigned = Character.isUpperCase(c);
                if (!unsigned) {
                    int shift = 64 - 8 * size;
                    return PyInt.of(x << shift >> shift);
                }
                if (x < 0) {
                    return PyInt.of(new BigInteger(Long.toUnsignedString(x)));
                }
                return PyInt.of(x);
        }
    }

    /** {@code Ns}: the bytes, truncated or zero-padded; {@code Np}: a length byte first (at most 255). */
    static void packString(StructFormat.Code code, byte[] out, int pos, PyObject v) {
        byte[] b;
        if (v instanceof PyBytes bytes) {
            b = bytes.array();
        } else if (v instanceof PyByteArray ba) {
            b = ba.toByteArray();
        } else {
            throw StructModule.error("argument for '%c' must be a bytes object", code.c());
        }
        int size = code.itemSize();
        if (code.c() == 's') {
            System.arraycopy(b, 0, out, pos, Math.min(b.length, size));
            return;
        }
        if (size == 0) {
            return;
        }
        int n = Math.min(b.length, size - 1);
        System.arraycopy(b, 0, out, pos + 1, n);
        out[pos] = (byte) Math.min(n, 255);
    }

    static PyObject unpackString(StructFormat.Code code, byte[] in, int pos) {
        int size = code.itemSize();
        if (code.c() == 's') {
            return PyBytes.of(Arrays.copyOfRange(in, pos, pos + size));
        }
        if (size == 0) {
            return PyBytes.EMPTY;
        }
        int n = in[pos] & 0xFF;
        if (n >= size) {
            n = size - 1;
        }
        return PyBytes.of(Arrays.copyOfRange(in, pos + 1, pos + 1 + n));
    }
}
