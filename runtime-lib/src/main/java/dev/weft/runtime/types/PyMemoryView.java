package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;

/**
 * {@code memoryview}: a one-dimensional view of the bytes of a bytes or bytearray object (or of
 * another view), with a struct format ('B' by default). Slicing makes a new view of the same
 * memory (start, step and length in items); writes go through to a bytearray. The view holds
 * no lock of its own: each access goes through the bytearray's lock.
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = new PyType("memoryview", PyMemoryView.class, PyType.OBJECT,
            MemoryViewMethods::define, PyType.IMMUTABLE);

    /** The exporting object (bytes or bytearray) as {@code obj} reports it. */
    final PyObject obj;
    private final byte[] bytes;          // the data of a bytes object, or null
    private final PyByteArray array;     // the bytearray, or null
    /** Byte offset of item 0, byte distance between items, item count. */
    final int offset;
    final int stride;
    final int length;
    final char format;
    final int itemsize;
    final boolean readonly;
    private volatile boolean released;

    PyMemoryView(PyObject obj, byte[] bytes, PyByteArray array, int offset, int stride, int length, char format,
                 boolean readonly) {
        this.obj = obj;
        this.bytes = bytes;
        this.array = array;
        this.offset = offset;
        this.stride = stride;
        this.length = length;
        this.format = format;
        this.itemsize = MemoryViewMethods.itemSize(format);
        this.readonly = readonly;
    }

    /** {@code with view:} pins a bytearray against resizing until the block ends. */
    void enter() {
        if (array != null) {
            array.exports.pin(this);
        }
    }

    /** {@code memoryview(o)}. */
    public static PyMemoryView of(PyObject o) {
        if (o instanceof PyMemoryView m) {
            m.checkReleased();
            return m.derive(m.offset, m.stride, m.length, m.format);
        }
        if (o instanceof PyBytes b) {
            return new PyMemoryView(o, b.bytes, null, 0, 1, b.bytes.length, 'B', true);
        }
        if (o instanceof PyByteArray ba) {
            return new PyMemoryView(o, null, ba, 0, 1, ba.size(), 'B', false);
        }
        throw Errors.typeError("memoryview: a bytes-like object is required, not '%s'", o.type().name());
    }

    PyMemoryView derive(int off, int str, int len, char fmt) {
        return new PyMemoryView(obj, bytes, array, off, str, len, fmt, readonly);
    }

    PyMemoryView asReadonly() {
        return new PyMemoryView(obj, bytes, array, offset, stride, length, format, true);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    boolean isReleased() {
        return released;
    }

    void checkReleased() {
        if (released) {
            throw Errors.valueError("operation forbidden on released memoryview object");
        }
    }

    void release() {
        if (!released) {
            released = true;
            if (array != null) {
                array.exports.unpin(this);
            }
        }
    }

    int byteAt(int pos) {
        if (bytes != null) {
            return bytes[pos] & 0xff;
        }
        checkInside(pos);
        return array.get(pos);
    }

    /** A bytearray resized under an unpinned view: what is gone cannot be read through it. */
    private void checkInside(int pos) {
        if (pos >= array.size()) {
            throw Errors.make(dev.weft.runtime.exc.ExceptionTypes.BufferError,
                    "memoryview: underlying bytearray was resized");
        }
    }

    void setByte(int pos, int value) {
        checkInside(pos);
        array.set(pos, value);
    }

    /** The bytes of item {@code i} (0 <= i < length). */
    byte[] itemBytes(int i) {
        byte[] b = new byte[itemsize];
        int base = offset + i * stride;
        for (int k = 0; k < itemsize; k++) {
            b[k] = (byte) byteAt(base + k);
        }
        return b;
    }

    /** {@code tobytes()}: the items' bytes in order. */
    public byte[] toBytes() {
        checkReleased();
        byte[] src = bytes != null ? bytes : array.toByteArray();
        if (offset + (length - 1) * stride + itemsize > src.length && length > 0) {
            throw Errors.make(dev.weft.runtime.exc.ExceptionTypes.BufferError,
                    "memoryview: underlying bytearray was resized");
        }
        byte[] out = new byte[length * itemsize];
        if (stride == itemsize) {
            System.arraycopy(src, offset, out, 0, out.length);
        } else {
            for (int i = 0; i < length; i++) {
                System.arraycopy(src, offset + i * stride, out, i * itemsize, itemsize);
            }
        }
        return out;
    }

    boolean contiguous() {
        return stride == itemsize || length <= 1;
    }
}
