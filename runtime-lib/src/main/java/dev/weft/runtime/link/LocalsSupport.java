package dev.weft.runtime.link;

import dev.weft.runtime.builtins.BuiltinsModule;
import dev.weft.runtime.call.PyCell;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyStr;

/**
 * {@code bind_locals}: a function calling {@code locals()}, {@code vars()}, {@code dir()},
 * {@code exec} or {@code eval} builds a snapshot of its variables (the backend emits one
 * {@link #putIfBound}/{@link #putCell} per variable) and binds the builtin to it.
 */
public final class LocalsSupport {
    private LocalsSupport() { }

    /** Adds a LOCAL variable's value, unless it is unbound (null). */
    public static void putIfBound(PyDict snapshot, PyStr name, PyObject value) {
        if (value != null) {
            snapshot.setItem(name, value);
        }
    }

    /** Adds a cell or free variable's value, unless its cell is empty. */
    public static void putCell(PyDict snapshot, PyStr name, PyCell cell) {
        if (cell != null) {
            PyObject v = cell.value;
            if (v != null) {
                snapshot.setItem(name, v);
            }
        }
    }

    /** The callee to call: the builtin bound to the snapshot, or {@code callee} unchanged. */
    public static PyObject bindLocals(PyObject callee, PyDict snapshot) {
        return BuiltinsModule.withLocals(callee, snapshot);
    }
}
