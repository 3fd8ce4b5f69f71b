package dev.weft.runtime.call;

import dev.weft.runtime.core.PyObject;

/**
 * The compiled code of a Python function, implemented by generated code. {@code frame}
 * holds the bound arguments in {@link CodeInfo} order; it may be the caller's argument array
 * (positional calls with exactly the right count), so the body reads it at entry and never
 * keeps it. {@code fn} gives access to globals, closure cells and defaults.
 */
@FunctionalInterface
public interface FunctionBody {
    PyObject invoke(PyFunction fn, PyObject[] frame);
}
