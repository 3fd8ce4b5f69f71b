package dev.weft.embed;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;

/** A Java object seen from Python: its type is the Python type made for its class ({@link JavaTypes}). */
final class JavaObject extends PyObject {
    final Object target;
    private final PyType type;

    JavaObject(Object target, PyType type) {
        this.target = target;
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }
}
