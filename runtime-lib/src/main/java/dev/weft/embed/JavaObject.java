package dev.weft.embed;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;

/**
 * A Java object seen from Python: its type is the Python type made for its class ({@link JavaTypes}).
 * The Python object of a Python class extending a Java class is a {@link JavaSubclassInstance}.
 */
class JavaObject extends PyObject {
    private final Object target;
    private final PyType type;

    JavaObject(Object target, PyType type) {
        this.target = target;
        this.type = type;
    }

    /** The Java object. */
    Object target() {
        return target;
    }

    @Override
    public PyType type() {
        return type;
    }
}
