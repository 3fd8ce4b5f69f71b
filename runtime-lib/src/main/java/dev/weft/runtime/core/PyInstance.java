package dev.weft.runtime.core;

import dev.weft.runtime.types.PyDict;

/** An instance of a user class whose solid base is {@code object}. */
public final class PyInstance extends PyObject implements Derived {
    private volatile PyType type;
    private volatile PyDict dict;
    private final PyObject[] slots;

    public PyInstance(PyType type) {
        this.type = type;
        this.dict = type.instancesHaveDict() ? new PyDict() : null;
        int n = type.slotCount();
        this.slots = n == 0 ? NO_SLOTS : new PyObject[n];
    }

    private static final PyObject[] NO_SLOTS = new PyObject[0];

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public void setType(PyType t) {
        this.type = t;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    @Override
    public void setInstanceDict(PyDict d) {
        this.dict = d;
    }

    @Override
    public PyObject[] slots() {
        return slots;
    }
}
