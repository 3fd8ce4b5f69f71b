package dev.weft.runtime.types;

import dev.weft.runtime.core.Derived;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;

import java.math.BigInteger;

/**
 * {@code int}: a {@code long} when the value fits, a {@link BigInteger} beyond (never both).
 * Values in [-5, 256] are cached and immortal, as in CPython.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = new PyType("int", PyInt.class, PyType.OBJECT, IntMethods::define,
            PyType.BASETYPE | PyType.IMMUTABLE);

    private static final int CACHE_LOW = -5, CACHE_HIGH = 256;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];
    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new PyInt(i + CACHE_LOW);
        }
    }
    public static final PyInt ZERO = CACHE[-CACHE_LOW];
    public static final PyInt ONE = CACHE[1 - CACHE_LOW];
    public static final PyInt MINUS_ONE = CACHE[-1 - CACHE_LOW];

    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    final long value;
    /** Non-null exactly when the value does not fit in a long. */
    final BigInteger big;

    protected PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    protected PyInt(BigInteger big) {
        if (big.bitLength() < 64) {
            this.value = big.longValue();
            this.big = null;
        } else {
            this.value = 0;
            this.big = big;
        }
    }

    public static PyInt of(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) {
            return CACHE[(int) v - CACHE_LOW];
        }
        return new PyInt(v);
    }

    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) {
            return of(b.longValue());
        }
        return new PyInt(b);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public final boolean fitsLong() {
        return big == null;
    }

    /** The value as a long; only meaningful when {@link #fitsLong()}. */
    public final long longValue() {
        return value;
    }

    public final BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    public final int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    /** A plain int with this value (strips a subclass or bool). */
    public final PyInt asExactInt() {
        return getClass() == PyInt.class ? this : big != null ? new PyInt(big) : of(value);
    }

    /** An instance of a user subclass of int. */
    public static final class Sub extends PyInt implements Derived {
        private volatile PyType type;
        private volatile PyDict dict;
        private final PyObject[] slots;

        public Sub(PyType type, PyInt v) {
            super(v.bigValue());
            this.type = type;
            this.dict = type.instancesHaveDict() ? new PyDict() : null;
            this.slots = new PyObject[type.slotCount()];
        }

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }
        @Override public PyDict instanceDict() { return dict; }
        @Override public void setInstanceDict(PyDict d) { dict = d; }
        @Override public PyObject[] slots() { return slots; }
    }
}
