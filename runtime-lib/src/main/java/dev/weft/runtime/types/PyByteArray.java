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
    /** Live memoryviews over this buffer: while there are any, the size cannot change. */
    final BufferExports exports = new BufferExports();

    private void checkResizable(int newSize) {
        if (newSize != size && exports.exported()) {
            throw Errors.make(dev.weft.runtime.exc.ExceptionTypes.BufferError,
                    "Existing exports of data: object cannot be re-sized");
        }
    }

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

    /** The backing array and its length, for a memoryview (stable while the view exports it). */
    byte[] rawData() {
        long st = lock.readLock();
        try {
            return data;
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
            checkResizable(size + b.length);
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
            checkResizable(exports.exported() ? -1 : size);
            data = b;
            size = b.length;
        } finally {
            lock.unlockWrite(st);
        }
    }

    /**
     * {@code self[s] = repl} ({@code repl} null: {@code del self[s]}), atomically. A simple
     * slice may change the length; an extended slice needs exactly as many bytes as it selects.
     */
    public void setSlice(PySlice s, byte[] repl) {
        long st = lock.writeLock();
        try {
            long[] r = s.indices(size);
            int start = (int) r[0], step = (int) r[2], count = (int) r[3];
            if (step == 1 || count == 0 && repl != null) {
                int stop = step == 1 ? Math.max(start, (int) r[1]) : start;
                splice(start, stop - start, repl == null ? new byte[0] : repl);
            } else if (repl == null) {
                checkResizable(size - count);
                boolean[] dropped = new boolean[size];
                for (int k = 0, i = start; k < count; k++, i += step) {
                    dropped[i] = true;
                }
                byte[] out = new byte[Math.max(size - count, 8)];
                int n = 0;
                for (int i = 0; i < size; i++) {
                    if (!dropped[i]) {
                        out[n++] = data[i];
                    }
                }
                data = out;
                size = n;
            } else {
                if (repl.length != count) {
                    throw Errors.valueError("attempt to assign bytes of size %d to extended slice of size %d",
                            repl.length, count);
                }
                for (int k = 0, i = start; k < count; k++, i += step) {
                    data[i] = repl[k];
                }
            }
        } finally {
            lock.unlockWrite(st);
        }
    }

    private void splice(int at, int removed, byte[] inserted) {
        int newSize = size - removed + inserted.length;
        checkResizable(newSize);
        byte[] out = newSize <= data.length && inserted.length == removed ? data : new byte[Math.max(newSize, 8)];
        if (out != data) {
            System.arraycopy(data, 0, out, 0, at);
        }
        System.arraycopy(data, at + removed, out, at + inserted.length, size - at - removed);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        data = out;
        size = newSize;
    }

    /** {@code insert(index, value)}: the index clamps to the ends as for lists. */
    public void insert(long index, int value) {
        checkByte(value);
        long st = lock.writeLock();
        try {
            long i = index < 0 ? Math.max(0, index + size) : Math.min(index, size);
            splice((int) i, 0, new byte[] {(byte) value});
        } finally {
            lock.unlockWrite(st);
        }
    }

    public int pop(long index) {
        long st = lock.writeLock();
        try {
            if (size == 0) {
                throw Errors.indexError("pop from empty bytearray");
            }
            long i = index < 0 ? index + size : index;
            if (i < 0 || i >= size) {
                throw Errors.indexError("pop index out of range");
            }
            int v = data[(int) i] & 0xff;
            splice((int) i, 1, new byte[0]);
            return v;
        } finally {
            lock.unlockWrite(st);
        }
    }

    public void remove(int value) {
        checkByte(value);
        long st = lock.writeLock();
        try {
            for (int i = 0; i < size; i++) {
                if ((data[i] & 0xff) == value) {
                    splice(i, 1, new byte[0]);
                    return;
                }
            }
            throw Errors.valueError("value not found in bytearray");
        } finally {
            lock.unlockWrite(st);
        }
    }

    public void reverse() {
        long st = lock.writeLock();
        try {
            for (int i = 0, j = size - 1; i < j; i++, j--) {
                byte t = data[i];
                data[i] = data[j];
                data[j] = t;
            }
        } finally {
            lock.unlockWrite(st);
        }
    }

    private static void checkByte(int value) {
        if (value < 0 || value > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
    }
}
