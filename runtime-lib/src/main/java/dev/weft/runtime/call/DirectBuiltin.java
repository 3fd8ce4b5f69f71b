package dev.weft.runtime.call;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.LibraryErrors;
import dev.weft.runtime.format.FormatError;
import dev.weft.runtime.text.TextError;

/**
 * A fixed-arity Java implementation of a builtin ({@link Fn.F0}..{@link Fn.F3}) called by a
 * linked call site with a known number of positional arguments, checked against the builtin's
 * arity at linking: no argument array, no arity dispatch, the same errors as the generic call
 * ({@link BuiltinImpl}). Absent optional arguments are null. One small record per arity, so each
 * {@code callN} is a single interface call: the JIT trusts a record's fields as constants and
 * inlines the implementation, and a {@code callN} compiled on its own stays small enough to be
 * inlined into every linked site (one shared method switching on the arity grew too big to be).
 */
public sealed interface DirectBuiltin {
    /** The direct form of {@code impl} for {@code nargs} positional arguments, or null. */
    static DirectBuiltin of(BuiltinImpl impl, int nargs) {
        if (nargs < impl.min || nargs > impl.max || impl.max > 3) {
            return null;
        }
        Object fn = impl.impl;
        return switch (impl.max) {
            case 0 -> fn instanceof Fn.F0 f ? new Arity0(f) : null;
            case 1 -> fn instanceof Fn.F1 f ? new Arity1(f) : null;
            case 2 -> fn instanceof Fn.F2 f ? new Arity2(f) : null;
            default -> fn instanceof Fn.F3 f ? new Arity3(f) : null;
        };
    }

    PyObject call0(PyObject self);

    PyObject call1(PyObject self, PyObject a);

    PyObject call2(PyObject self, PyObject a, PyObject b);

    PyObject call3(PyObject self, PyObject a, PyObject b, PyObject c);

    /** A builtin taking no arguments besides {@code self} (only {@code call0} is ever linked). */
    record Arity0(Fn.F0 fn) implements DirectBuiltin {
        public PyObject call0(PyObject self) {
            try {
                return fn.apply(self);
            } catch (FormatError | TextError e) {
                throw LibraryErrors.convert(e);
            }
        }

        public PyObject call1(PyObject self, PyObject a) { throw new IllegalStateException("arity"); }

        public PyObject call2(PyObject self, PyObject a, PyObject b) { throw new IllegalStateException("arity"); }

        public PyObject call3(PyObject self, PyObject a, PyObject b, PyObject c) {
            throw new IllegalStateException("arity");
        }
    }

    /** A builtin taking at most one argument. */
    record Arity1(Fn.F1 fn) implements DirectBuiltin {
        public PyObject call0(PyObject self) {
            return call1(self, null);
        }

        public PyObject call1(PyObject self, PyObject a) {
            try {
                return fn.apply(self, a);
            } catch (FormatError | TextError e) {
                throw LibraryErrors.convert(e);
            }
        }

        public PyObject call2(PyObject self, PyObject a, PyObject b) { throw new IllegalStateException("arity"); }

        public PyObject call3(PyObject self, PyObject a, PyObject b, PyObject c) {
            throw new IllegalStateException("arity");
        }
    }

    /** A builtin taking at most two arguments. */
    record Arity2(Fn.F2 fn) implements DirectBuiltin {
        public PyObject call0(PyObject self) {
            return call2(self, null, null);
        }

        public PyObject call1(PyObject self, PyObject a) {
            return call2(self, a, null);
        }

        public PyObject call2(PyObject self, PyObject a, PyObject b) {
            try {
                return fn.apply(self, a, b);
            } catch (FormatError | TextError e) {
                throw LibraryErrors.convert(e);
            }
        }

        public PyObject call3(PyObject self, PyObject a, PyObject b, PyObject c) {
            throw new IllegalStateException("arity");
        }
    }

    /** A builtin taking at most three arguments. */
    record Arity3(Fn.F3 fn) implements DirectBuiltin {
        public PyObject call0(PyObject self) {
            return call3(self, null, null, null);
        }

        public PyObject call1(PyObject self, PyObject a) {
            return call3(self, a, null, null);
        }

        public PyObject call2(PyObject self, PyObject a, PyObject b) {
            return call3(self, a, b, null);
        }

        public PyObject call3(PyObject self, PyObject a, PyObject b, PyObject c) {
            try {
                return fn.apply(self, a, b, c);
            } catch (FormatError | TextError e) {
                throw LibraryErrors.convert(e);
            }
        }
    }
}
