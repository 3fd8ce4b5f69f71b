package dev.weft.runtime.exc;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.types.PyNone;

/** StopIteration, whose {@code value} is the first argument (the return value of a generator). */
public final class PyStopIteration extends PyBaseException {
    private volatile PyObject value = PyNone.NONE;

    public PyStopIteration(PyType type) {
        super(type);
    }

    @Override
    public void init(PyObject[] a) {
        super.init(a);
        value = a.length > 0 ? a[0] : PyNone.NONE;
    }

    public PyObject value() { return value; }
    public void setValue(PyObject v) { value = v; }
}
