package dev.weft.runtime.call;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;

/**
 * Java shapes of builtin functions and methods. Fixed-arity forms receive null for optional
 * arguments that were not given; {@link FV} receives the vector-call arguments as they are.
 */
public final class Fn {
    private Fn() { }

    @FunctionalInterface public interface F0 { PyObject apply(PyObject self); }
    @FunctionalInterface public interface F1 { PyObject apply(PyObject self, PyObject a); }
    @FunctionalInterface public interface F2 { PyObject apply(PyObject self, PyObject a, PyObject b); }
    @FunctionalInterface public interface F3 { PyObject apply(PyObject self, PyObject a, PyObject b, PyObject c); }
    /** Positional arguments followed by keyword values named by {@code kwnames} (null if none). */
    @FunctionalInterface public interface FV { PyObject apply(PyObject self, PyObject[] args, String[] kwnames); }
    /** A builtin type's {@code __new__}: {@code cls} is the type to create (maybe a subclass). */
    @FunctionalInterface public interface New { PyObject make(PyType cls, PyObject[] args, String[] kwnames); }
}
