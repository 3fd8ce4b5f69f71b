package dev.weft.runtime.core;

import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;

/**
 * Base of every Python value. A value knows its Python type; everything else (attributes,
 * operators) is dispatched through the type by the protocol classes in {@code dev.weft.runtime.ops}.
 * Calling is a virtual method because it is the hottest dynamic operation and most callables
 * (functions, types, bound methods, builtins) have their own fast implementation.
 */
public abstract class PyObject {

    public abstract PyType type();

    /**
     * Vector call: {@code args} holds the positional arguments followed by the values of the
     * keyword arguments named in {@code kwnames} (null or empty when there are none).
     */
    public PyObject call(PyObject[] args, String[] kwnames) {
        return Calls.callThroughType(this, args, kwnames);
    }

    /** Debugging aid only: the Python repr. */
    @Override
    public String toString() {
        try {
            return Ops.reprString(this);
        } catch (RuntimeException e) {
            return "<" + type().name() + " object>";
        }
    }
}
