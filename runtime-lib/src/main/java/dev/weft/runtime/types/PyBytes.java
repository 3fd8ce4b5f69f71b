package dev.weft.runtime.types;

import dev.weft.runtime.core.Derived;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Protocols;

import java.io.ByteArrayOutputStream;

/** {@code bytes}: an immutable byte array. */
public class PyBytes extends PyObject {
    public static final PyType TYPE = new PyType("bytes", PyBytes.class, PyType.OBJECT, BytesMethods::define,
            PyType.BASETYPE | PyType.IMMUTABLE);
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    final byte[] bytes;
    /** The cached hash, 0 until computed; one volatile field, so racing readers never see half of it. */
    private volatile long hash;

    protected PyBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Wraps {@code b} (not copied: the caller gives it up). */
    public static PyBytes of(byte[] b) {
        return b.length == 0 ? EMPTY : new PyBytes(b);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The backing array; callers must not modify it. */
    public final byte[] array() {
        return bytes;
    }

    public final int size() {
        return bytes.length;
    }

    public final long pyHash() {
        long h = hash;
        if (h == 0) {
            h = StrHash.hash(bytes);
            hash = h;
        }
        return h;
    }

    /** bytes(x) for a buffer or an iterable of ints. */
    public static PyBytes fromBuffer(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.getClass() == PyBytes.class ? b : of(b.bytes.clone());
        }
        if (o instanceof PyByteArray ba) {
            return of(ba.toByteArray());
        }
        if (o instanceof PyMemoryView mv) {
            return of(mv.toBytes());
        }
        if (o instanceof BufferExporter e) {
            return of(e.exportBytes());
        }
        if (o instanceof PyStr) {
            throw Errors.typeError("cannot convert 'str' object to bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Protocols.forEach(o, item -> {
            PyInt i = Protocols.index(item, null);
            if (!i.fitsLong() || i.longValue() < 0 || i.longValue() > 255) {
                throw Errors.valueError("bytes must be in range(0, 256)");
            }
            out.write((int) i.longValue());
        });
        return of(out.toByteArray());
    }

    /** An instance of a user subclass of bytes. */
    public static final class Sub extends PyBytes implements Derived {
        private volatile PyType type;
        private volatile PyDict dict;
        private final PyObject[] slots;

        public Sub(PyType type, byte[] b) {
            super(b);
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
