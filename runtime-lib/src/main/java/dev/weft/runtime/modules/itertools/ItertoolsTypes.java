package dev.weft.runtime.modules.itertools;

import dev.weft.runtime.call.Fn;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.types.PyIterator;
import dev.weft.runtime.types.PyInt;

import java.util.function.Consumer;

/** Definition helpers shared by the itertools types. */
final class ItertoolsTypes {
    private ItertoolsTypes() { }

    /** An iterator type {@code itertools.name} built by {@code ctor}; {@code extra} adds methods (may be null). */
    static PyType type(String name, Fn.New ctor, Consumer<PyType> extra) {
        return ModuleDefs.type("itertools", name, PyIterator.class, PyType.OBJECT, t -> {
            if (ctor != null) {
                t.defNew(ctor);
            }
            t.def0("__iter__", self -> self);
            t.def0("__next__", self -> {
                PyObject r = ((PyIterator) self).next();
                if (r == null) {
                    throw Errors.stopIteration(null);
                }
                return r;
            });
            if (extra != null) {
                extra.accept(t);
            }
        }, PyType.IMMUTABLE);
    }

    /** Checks a positional-only constructor call: no keywords, {@code min..max} arguments. */
    static void positional(String name, PyObject[] args, String[] kw, int min, int max) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError("%s() takes no keyword arguments", name);
        }
        int n = args.length;
        if (n >= min && n <= max) {
            return;
        }
        if (min == max) {
            throw Errors.typeError("%s expected %d argument%s, got %d", name, min, min == 1 ? "" : "s", n);
        }
        if (n < min) {
            throw Errors.typeError("%s expected at least %d argument%s, got %d", name, min, min == 1 ? "" : "s", n);
        }
        throw Errors.typeError("%s expected at most %d argument%s, got %d", name, max, max == 1 ? "" : "s", n);
    }

    /** A Py_ssize_t argument (CPython's "n" format): TypeError for non-integers, OverflowError when too big. */
    static long ssize(PyObject o) {
        PyInt i = dev.weft.runtime.ops.Protocols.index(o, null);
        if (!i.fitsLong()) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }
}
