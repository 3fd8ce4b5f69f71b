package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;

/** {@code None}. */
public final class PyNone extends PyObject {
    public static final PyType TYPE = new PyType("NoneType", PyNone.class, PyType.OBJECT, SingletonMethods::defineNone,
            PyType.IMMUTABLE);
    public static final PyNone NONE = new PyNone();

    private PyNone() { }

    @Override
    public PyType type() {
        return TYPE;
    }
}
