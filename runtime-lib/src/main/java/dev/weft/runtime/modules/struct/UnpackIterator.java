package dev.weft.runtime.modules.struct;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyIterator;
import dev.weft.runtime.types.PyStr;

import java.util.concurrent.atomic.AtomicLong;

/** {@code _struct.unpack_iterator}: the records of a buffer, one tuple per step; threads share the position atomically. */
final class UnpackIterator extends PyIterator implements PyIterator.Sized {
    static final PyType TYPE = new PyType("unpack_iterator", UnpackIterator.class, PyType.OBJECT, t -> {
        t.def("__module__", PyStr.intern("_struct"));
        t.def0("__iter__", s -> s);
        t.def0("__next__", s -> {
            PyObject r = ((UnpackIterator) s).next();
            if (r == null) {
                throw Errors.stopIteration(null);
            }
            return r;
        });
        t.def0("__length_hint__", s -> PyInt.of(((UnpackIterator) s).remaining()));
    }, PyType.IMMUTABLE);

    private final StructFormat format;
    private final byte[] data;
    private final AtomicLong next = new AtomicLong();

    UnpackIterator(StructFormat format, byte[] data) {
        super(TYPE);
        this.format = format;
        this.data = data;
    }

    @Override
    public long remaining() {
        long left = data.length - next.get();
        return Math.max(0, left / format.size);
    }

    @Override
    public PyObject next() {
        long at = next.getAndAdd(format.size);
        if (at + format.size > data.length) {
            next.set(data.length);
            return null;
        }
        return format.unpack(data, (int) at);
    }
}
