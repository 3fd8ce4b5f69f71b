package dev.weft.runtime.call;

import dev.weft.runtime.core.Descriptor;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;

public final class PyClassMethod extends PyObject implements Descriptor {
    public static final PyType TYPE = new PyType("classmethod", PyClassMethod.class, PyType.OBJECT,
            CallableMethods::defineClassMethod, PyType.IMMUTABLE);

    public final PyObject func;

    public PyClassMethod(PyObject func) {
        this.func = func;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        return new PyMethod(func, type != null ? type : obj.type());
    }
}
