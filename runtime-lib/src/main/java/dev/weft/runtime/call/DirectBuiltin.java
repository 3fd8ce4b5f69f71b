package dev.weft.runtime.call;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.LibraryErrors;
import dev.weft.runtime.format.FormatError;
import dev.weft.runtime.text.TextError;

/**
 * A fixed-arity Java implementation of a builtin ({@link Fn.F0}..{@link Fn.F3}, {@code max}
 * its arity) called by a linked call site with a known number of positional arguments, checked
 * against the builtin's arity at linking: no argument array, no arity dispatch, the same
 * errors as the generic call ({@link BuiltinImpl}). Absent optional arguments are null. A
 * record, so the JIT trusts its fields as constants and inlines the implementation.
 */
public record DirectBuiltin(Object impl, int max) {
    /** The direct form of {@code impl} for {@code nargs} positional arguments, or null. */
    static DirectBuiltin of(BuiltinImpl impl, int nargs) {
        if (nargs < impl.min || nargs > impl.max || impl.max > 3) {
            return null;
        }
        Class<?> fn = switch (impl.max) {
            case 0 -> Fn.F0.class;
            case 1 -> Fn.F1.class;
            case 2 -> Fn.F2.class;
            default -> Fn.F3.class;
        };
        return fn.isInstance(impl.impl) ? new DirectBuiltin(impl.impl, impl.max) : null;
    }

    public PyObject call0(PyObject self) {
        return apply(self, null, null, null);
    }

    public PyObject call1(PyObject self, PyObject a) {
        return apply(self, a, null, null);
    }

    public PyObject call2(PyObject self, PyObject a, PyObject b) {
        return apply(self, a, b, null);
    }

    public PyObject call3(PyObject self, PyObject a, PyObject b, PyObject c) {
        return apply(self, a, b, c);
    }

    private PyObject apply(PyObject self, PyObject a, PyObject b, PyObject c) {
        try {
            switch (max) {
                case 0:
                    return ((Fn.F0) impl).apply(self);
                case 1:
                    return ((Fn.F1) impl).apply(self, a);
                case 2:
                    return ((Fn.F2) impl).apply(self, a, b);
                default:
                    return ((Fn.F3) impl).apply(self, a, b, c);
            }
        } catch (FormatError | TextError e) {
            throw LibraryErrors.convert(e);
        }
    }
}
