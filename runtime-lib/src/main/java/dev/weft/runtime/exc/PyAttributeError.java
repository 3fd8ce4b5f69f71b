package dev.weft.runtime.exc;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;

/** AttributeError with its {@code name} and {@code obj} attributes. */
public final class PyAttributeError extends PyBaseException {
    private volatile PyObject name;
    private volatile PyObject obj;

    public PyAttributeError(PyType type) {
        super(type);
    }

    public PyObject name() { return orNone(name); }
    public PyObject obj() { return orNone(obj); }
    public void setName(PyObject n) { name = n; }
    public void setObj(PyObject o) { obj = o; }

    void setNameAndObj(PyObject n, PyObject o) {
        name = n;
        obj = o;
    }
}
