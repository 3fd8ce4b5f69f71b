package dev.weft.runtime.exc;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyTuple;

public final class PySystemExit extends PyBaseException {
    private volatile PyObject code = PyNone.NONE;

    public PySystemExit(PyType type) {
        super(type);
    }

    @Override
    public void init(PyObject[] a) {
        super.init(a);
        code = a.length == 0 ? PyNone.NONE : a.length == 1 ? a[0] : PyTuple.of(a.clone());
    }

    public PyObject code() { return code; }
    public void setCode(PyObject c) { code = c; }
}
