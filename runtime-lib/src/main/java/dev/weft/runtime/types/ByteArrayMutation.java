package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Protocols;

/** The list-like mutators of {@code bytearray}: deletion, insert, pop, remove, reverse, clear, copy. */
final class ByteArrayMutation {
    private ByteArrayMutation() { }

    static void define(PyType t) {
        t.def1("__delitem__", (self, k) -> {
            if (k instanceof PySlice s) {
                ba(self).setSlice(s, null);
            } else {
                ba(self).setSlice(indexAsSlice(ba(self), Protocols.indexValue(k, "bytearray")), null);
            }
            return PyNone.NONE;
        });
        t.def2("insert", (self, i, v) -> {
            ba(self).insert(Protocols.index(i, null).longValue(), byteValue(v));
            return PyNone.NONE;
        });
        t.def1("pop", 0, (self, i) -> PyInt.of(ba(self).pop(i == null ? -1 : Protocols.index(i, null).longValue())));
        t.def1("remove", (self, v) -> {
            ba(self).remove(byteValue(v));
            return PyNone.NONE;
        });
        t.def0("reverse", self -> {
            ba(self).reverse();
            return PyNone.NONE;
        });
        t.def0("clear", self -> {
            ba(self).setAll(new byte[0]);
            return PyNone.NONE;
        });
        t.def0("copy", self -> new PyByteArray(ba(self).toByteArray()));
    }

    private static PyByteArray ba(PyObject self) {
        return (PyByteArray) self;
    }

    /** {@code del b[i]}: the one-item slice at a checked index. */
    private static PySlice indexAsSlice(PyByteArray b, long index) {
        int n = b.size();
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw Errors.indexError("bytearray index out of range");
        }
        return new PySlice(PyInt.of(i), PyInt.of(i + 1), null);
    }

    /** A value stored into a bytearray item: an int in range(0, 256). */
    static int byteValue(PyObject v) {
        long x = Protocols.index(v, null).longValue();
        if (x < 0 || x > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        return (int) x;
    }

    /** The bytes of a value assigned to a bytearray slice: a buffer or an iterable of ints (not an int, not a str). */
    static byte[] assignedBytes(PyObject v) {
        if (v instanceof PyBytes || v instanceof PyByteArray) {
            return BytesMethods.bufferOf(v);
        }
        if (v instanceof PyInt || v instanceof PyStr) {
            throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        PyObject[] items = Protocols.toArray(v);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = (byte) byteValue(items[i]);
        }
        return out;
    }
}
