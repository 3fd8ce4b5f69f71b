package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;

/** {@code Ellipsis} and {@code NotImplemented}. */
public final class PySingleton extends PyObject {
    public static final PyType ELLIPSIS_TYPE = new PyType("ellipsis", PySingleton.class, PyType.OBJECT,
            t -> SingletonMethods.defineNamed(t, "Ellipsis"), PyType.IMMUTABLE);
    public static final PyType NOT_IMPLEMENTED_TYPE = new PyType("NotImplementedType", PySingleton.class,
            PyType.OBJECT, t -> SingletonMethods.defineNamed(t, "NotImplemented"), PyType.IMMUTABLE);

    public static final PySingleton ELLIPSIS = new PySingleton(ELLIPSIS_TYPE);
    public static final PySingleton NOT_IMPLEMENTED = new PySingleton(NOT_IMPLEMENTED_TYPE);

    private final PyType type;

    private PySingleton(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }
}
