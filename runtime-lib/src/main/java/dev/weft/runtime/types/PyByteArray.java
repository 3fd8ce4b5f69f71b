package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;

import java.util.Arrays;

/** {@code bytearray}: a mutable byte buffer with the same locking scheme as {@link PyList}. */
public final class PyByteArray extends PyObject {
    public static final PyType TYPE = new PyType("bytearray", PyByteArray.class, PyType.OBJECT,
            BytesMethods::defineByteArray, PyType.IMMUTABLE);

    private final SeqLock lock = new SeqLock();
    private byte[] data;
    private int size;

    public PyByteArray(byte[] initial) {
        this.data = initial;
        this.size = initial.length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public byte[] toByteArray() {
        long st = lock.tryOptimisticRead();
        byte[] d = data;
        int n = size;
        byte[] copy = n <= d.length ? Arrays.copyOf(d, n) : null;
        if (copy != null && lock.validate(st)) {
            return copy;
        }
        st = lock.readLock();
        try {
            return Arrays.copyOf(data, size);
        } finally {
            lock.unlockRead(st);
        }
    }

    public int size() {
        long st = lock.tryOptimisticRead();
        int n = size;
        if (lock.validate(st)) {
            return n;
        }
        st = lock.readLock();
        try {
            return size;
        } finally {
            lock.unlockRead(st);
        }
    }

    public int get(long index) {
        long st = lock.readLock();
        try {
            long i = index < 0 ? index + size : index;
            if (i < 0 || i >= size) {
                throw Errors.indexError("bytearray index out of range");
            }
            return data[(int) i] & 0xff;
        } finally {
            lock.unlockRead(st);
        }
    }

    public void set(long index, int value) {
        if (value < 0 || value > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        long st = lock.writeLock();
        try {
            long i = index < 0 ? index + size : index;
            if (i < 0 || i >= size) {
                throw Errors.indexError("bytearray index out of range");
            }
            data[(int) i] = (byte) value;
        } finally {
            lock.unlockWrite(st);
        }
    }

    public void append(int value) {
        if (value < 0 || value > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        appendAll(new byte[] {(byte) value});
    }

    public void appendAll(byte[] b) {
        long st = lock.writeLock();
        try {
            if (size + b.length > data.length) {
                data = Arrays.copyOf(data, Math.max(size + b.length, data.length * 2 + 8));
            }
            System.arraycopy(b, 0, data, size, b.length);
            size += b.length;
        } finally {
            lock.unlockWrite(st);
        }
    }

    public void setAll(byte[] b) {
        long st = lock.writeLock();
        try {
            data = b;
            size = b.length;
        } finally {
            lock.unlockWrite(st);
        }
    }
}
