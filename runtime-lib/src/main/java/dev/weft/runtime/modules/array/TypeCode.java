package dev.weft.runtime.modules.array;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.math.MathArgs;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;

import java.math.BigInteger;

/**
 * One array typecode: its item size and the conversion of an item to and from its
 * little-endian bytes, with the checks (and the messages) of CPython's array module, which
 * parses items as C types, sometimes through a wider type first.
 */
enum TypeCode {
    b('b', 1), B('B', 1), u('u', 4), w('w', 4), h('h', 2), H('H', 2), i('i', 4), I('I', 4),
    l('l', 8), L('L', 8), q('q', 8), Q('Q', 8), f('f', 4), d('d', 8);

    static final String ALL = "bBuwhHiIlLqQfd";
    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    final char code;
    final int size;

    TypeCode(char code, int size) {
        this.code = code;
        this.size = size;
    }

    static TypeCode of(char c) {
        int at = ALL.indexOf(c);
        if (at < 0) {
            throw Errors.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        return values()[at];
    }

    boolean isUnicode() {
        return this == u || this == w;
    }

    boolean isFloat() {
        return this == f || this == d;
    }

    /** The item's bits, to be written in {@link #size} little-endian bytes. */
    long toBits(PyObject v) {
        switch (this) {
            case u:
            case w:
                if (!(v instanceof PyStr s) || s.value().codePointCount(0, s.value().length()) != 1) {
                    throw Errors.typeError("array item must be unicode character");
                }
                return s.value().codePointAt(0);
            case f:
                return Float.floatToRawIntBits((float) real(v));
            case d:
                return Double.doubleToRawLongBits(real(v));
            case b: {
                long x = checked(cLong(v), Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
                return checked(x, -128, 127, "signed char");
            }
            case B:
                return checked(cLong(v), 0, 255, "unsigned byte integer");
            case h:
                return checked(cLong(v), Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
            case H: {
                long x = checked(cLong(v), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                return checked(x, 0, 65535, "unsigned short");
            }
            case i:
                return checked(cLong(v), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
            case I: {
                long x = cUnsignedLong(v, "can't convert negative value to unsigned int",
                        "Python int too large to convert to C unsigned long");
                if (Long.compareUnsigned(x, 0xffffffffL) > 0) {
                    throw Errors.overflowError("unsigned int is greater than maximum");
                }
                return x;
            }
            case l:
                return cLong(v);
            case L:
                return cUnsignedLong(v, "can't convert negative value to unsigned int",
                        "Python int too large to convert to C unsigned long");
            case q: {
                PyInt x = Protocols.index(v, null);
                if (!x.fitsLong()) {
                    throw Errors.overflowError("int too big to convert");
                }
                return x.longValue();
            }
            default: // Q
                return cUnsignedLong(v, "can't convert negative int to unsigned", "int too big to convert");
        }
    }

    PyObject fromBits(long x) {
        switch (this) {
            case u:
            case w:
                return PyStr.of(new String(Character.toChars((int) x)));
            case f:
                return PyFloat.of(Float.intBitsToFloat((int) x));
            case d:
                return PyFloat.of(Double.longBitsToDouble(x));
            case b:
                return PyInt.of((byte) x);
            case h:
                return PyInt.of((short) x);
            case i:
                return PyInt.of((int) x);
            case B:
            case H:
            case I:
                return PyInt.of(x & (size == 4 ? 0xffffffffL : (1L << (8 * size)) - 1));
            case L:
            case Q:
                return x >= 0 ? PyInt.of(x) : PyInt.of(new BigInteger(Long.toUnsignedString(x)));
            default:
                return PyInt.of(x);
        }
    }

    private static double real(PyObject v) {
        if (v instanceof PyFloat fl) {
            return fl.value;
        }
        return MathArgs.toDouble(v);
    }

    private static long cLong(PyObject v) {
        PyInt x = Protocols.index(v, null);
        if (!x.fitsLong()) {
            throw Errors.overflowError("Python int too large to convert to C long");
        }
        return x.longValue();
    }

    private static long cUnsignedLong(PyObject v, String negative, String tooBig) {
        PyInt x = Protocols.index(v, null);
        if (x.signum() < 0) {
            throw Errors.overflowError("%s", negative);
        }
        if (x.bigValue().compareTo(ULONG_MAX) > 0) {
            throw Errors.overflowError("%s", tooBig);
        }
        return x.bigValue().longValue();
    }

    private static long checked(long x, long min, long max, String what) {
        if (x < min) {
            throw lessThan(what);
        }
        if (x > max) {
            throw Errors.overflowError("%s is greater than maximum", what);
        }
        return x;
    }

    private static PyException lessThan(String what) {
        return Errors.overflowError("%s is less than minimum", what);
    }
}
