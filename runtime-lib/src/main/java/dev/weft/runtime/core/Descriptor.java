package dev.weft.runtime.core;

import dev.weft.runtime.exc.Errors;

/**
 * Java-implemented descriptors (functions, method descriptors, property, classmethod, ...).
 * User-defined descriptor classes are found through {@code __get__}/{@code __set__} on their type.
 */
public interface Descriptor {
    /** {@code __get__(obj, type)}; obj is null for access through the class. */
    PyObject get(PyObject obj, PyType type);

    default boolean isData() {
        return false;
    }

    default void set(PyObject obj, PyObject value) {
        throw Errors.attributeError("__set__");
    }

    default void delete(PyObject obj) {
        throw Errors.attributeError("__delete__");
    }
}
