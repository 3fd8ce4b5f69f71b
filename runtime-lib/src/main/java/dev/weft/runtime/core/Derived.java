package dev.weft.runtime.core;

/**
 * An instance of a user class whose solid base is a builtin type (class C(int), class C(list)).
 * Such instances are Java subclasses of the builtin's class that carry their Python type, a
 * dict and slots; builtin fast paths check the Java class exactly, so they never apply to them.
 */
public interface Derived extends HasDict {
    PyObject[] slots();

    void setType(PyType type);
}
