package dev.weft.runtime.types;

import dev.weft.runtime.core.Derived;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;

import java.util.ArrayList;
import java.util.List;

/** {@code tuple}: an immutable array (safe to share between threads without locks). */
public class PyTuple extends PyObject {
    public static final PyType TYPE = new PyType("tuple", PyTuple.class, PyType.OBJECT, SequenceMethods::defineTuple,
            PyType.BASETYPE | PyType.IMMUTABLE);
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    final PyObject[] items;

    protected PyTuple(PyObject[] items) {
        this.items = items;
    }

    /** Wraps {@code items} without copying: the caller gives up the array. */
    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public static PyTuple fromIterable(PyObject it) {
        if (it.getClass() == PyTuple.class) {
            return (PyTuple) it;
        }
        if (it instanceof PyList l) {
            return of(l.toArray());
        }
        List<PyObject> out = new ArrayList<>();
        Protocols.forEach(it, out::add);
        return of(out.toArray(new PyObject[0]));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public final int size() {
        return items.length;
    }

    public final PyObject get(int i) {
        return items[i];
    }

    /** A copy of the items. */
    /** The items themselves, not a copy: for callers that only read them (never write into it). */
    public final PyObject[] itemsForReading() {
        return items;
    }

    public final PyObject[] toArray() {
        return items.clone();
    }

    /** CPython's tuple hash (xxHash-based). */
    public final long hash() {
        final long p1 = 0x9E3779B185EBCA87L, p2 = 0xC2B2AE3D27D4EB4FL, p5 = 0x27D4EB2F165667C5L;
        long acc = p5;
        for (PyObject item : items) {
            long lane = Ops.hash(item);
            acc += lane * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        acc += items.length ^ (p5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    /** An instance of a user subclass of tuple. */
    public static final class Sub extends PyTuple implements Derived {
        private volatile PyType type;
        private volatile PyDict dict;
        private final PyObject[] slots;

        public Sub(PyType type, PyObject[] items) {
            super(items);
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
