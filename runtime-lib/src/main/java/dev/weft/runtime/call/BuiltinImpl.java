package dev.weft.runtime.call;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;

/** A Java implementation with its arity; shared by method descriptors and builtin functions. */
final class BuiltinImpl {
    final int min;
    final int max;
    final Object impl;

    BuiltinImpl(int min, int max, Object impl) {
        this.min = min;
        this.max = max;
        this.impl = impl;
    }

    /** Calls with {@code self}; arguments are {@code args[off..]}. */
    PyObject invoke(String displayName, PyObject self, PyObject[] args, int off, String[] kwnames) {
        try {
            return dispatch(displayName, self, args, off, kwnames);
        } catch (dev.weft.runtime.format.FormatError | dev.weft.runtime.text.TextError e) {
            throw dev.weft.runtime.exc.LibraryErrors.convert(e);
        }
    }

    private PyObject dispatch(String displayName, PyObject self, PyObject[] args, int off, String[] kwnames) {
        if (impl instanceof Fn.FV fv) {
            if (off == 0) {
                return fv.apply(self, args, kwnames);
            }
            PyObject[] rest = new PyObject[args.length - off];
            System.arraycopy(args, off, rest, 0, rest.length);
            return fv.apply(self, rest, kwnames);
        }
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError("%s() takes no keyword arguments", displayName);
        }
        int n = args.length - off;
        if (n < min || n > max) {
            throw arityError(displayName, n);
        }
        switch (max) {
            case 0:
                return ((Fn.F0) impl).apply(self);
            case 1:
                return ((Fn.F1) impl).apply(self, n > 0 ? args[off] : null);
            case 2:
                return ((Fn.F2) impl).apply(self, n > 0 ? args[off] : null, n > 1 ? args[off + 1] : null);
            default:
                return ((Fn.F3) impl).apply(self, n > 0 ? args[off] : null, n > 1 ? args[off + 1] : null,
                        n > 2 ? args[off + 2] : null);
        }
    }

    private RuntimeException arityError(String displayName, int n) {
        if (min == max) {
            if (max == 0) {
                return Errors.typeError("%s() takes no arguments (%d given)", displayName, n);
            }
            if (max == 1) {
                return Errors.typeError("%s() takes exactly one argument (%d given)", displayName, n);
            }
            return Errors.typeError("%s expected %d arguments, got %d", shortName(displayName), max, n);
        }
        if (n > max) {
            return Errors.typeError("%s expected at most %d argument%s, got %d", shortName(displayName), max,
                    max == 1 ? "" : "s", n);
        }
        return Errors.typeError("%s expected at least %d argument%s, got %d", shortName(displayName), min,
                min == 1 ? "" : "s", n);
    }

    private static String shortName(String displayName) {
        int dot = displayName.lastIndexOf('.');
        return dot < 0 ? displayName : displayName.substring(dot + 1);
    }
}
