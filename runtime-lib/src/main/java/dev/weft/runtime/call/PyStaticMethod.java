package dev.weft.runtime.call;

import dev.weft.runtime.core.Descriptor;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;

public final class PyStaticMethod extends PyObject implements Descriptor {
    public static final PyType TYPE = new PyType("staticmethod", PyStaticMethod.class, PyType.OBJECT,
            CallableMethods::defineStaticMethod, PyType.IMMUTABLE);

    public final PyObject func;

    public PyStaticMethod(PyObject func) {
        this.func = func;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        return func;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return func.call(args, kwnames);
    }
}
