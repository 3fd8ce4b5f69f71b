package dev.weft.runtime.modules.typing;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Calls;

/**
 * A value of a type parameter or alias that PEP 695 evaluates lazily: either known, or
 * computed by calling an evaluator (a function of no arguments) on first access and cached.
 * Two threads racing on the first access may both call the evaluator; one result wins and
 * every reader sees that one (a benign race: evaluators have no side effects worth guarding).
 */
final class Lazy {
    private final PyObject evaluator;
    private volatile PyObject value;

    private Lazy(PyObject value, PyObject evaluator) {
        this.value = value;
        this.evaluator = evaluator;
    }

    static Lazy of(PyObject value) {
        return value == null ? null : new Lazy(value, null);
    }

    static Lazy evaluatedBy(PyObject evaluator) {
        return new Lazy(null, evaluator);
    }

    PyObject get() {
        PyObject v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Calls.call0(evaluator);
                    value = v;
                }
            }
        }
        return v;
    }
}
