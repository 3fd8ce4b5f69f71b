package dev.weft.runtime.exc;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;

/** NameError (and UnboundLocalError) with its {@code name} attribute. */
public final class PyNameError extends PyBaseException {
    private volatile PyObject name;

    public PyNameError(PyType type) {
        super(type);
    }

    public PyObject name() { return orNone(name); }
    public void setName(PyObject n) { name = n; }
}
