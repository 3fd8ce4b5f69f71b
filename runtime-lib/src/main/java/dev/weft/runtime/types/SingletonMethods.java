package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Ops;

/** Methods of None, Ellipsis, NotImplemented and slice. */
final class SingletonMethods {
    private SingletonMethods() { }

    static void defineNone(PyType t) {
        t.defNew((cls, args, kw) -> {
            if (args.length > 0) {
                throw Errors.typeError("NoneType takes no arguments");
            }
            return PyNone.NONE;
        });
        t.def0("__repr__", self -> PyStr.intern("None"));
        t.def0("__bool__", self -> PyBool.FALSE);
        t.def0("__hash__", self -> PyInt.of(0xFCA86420L));
    }

    static void defineNamed(PyType t, String name) {
        t.defNew((cls, args, kw) -> {
            if (args.length > 0) {
                throw Errors.typeError("%s takes no arguments", t.name());
            }
            return name.equals("Ellipsis") ? PySingleton.ELLIPSIS : PySingleton.NOT_IMPLEMENTED;
        });
        t.def0("__repr__", self -> PyStr.intern(name));
        if (name.equals("NotImplemented")) {
            t.def0("__bool__", self -> {
                throw Errors.typeError("NotImplemented should not be used in a boolean context");
            });
        }
    }

    private static PySlice s(PyObject o) {
        return (PySlice) o;
    }

    static void defineSlice(PyType t) {
        t.defNew((cls, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("slice() takes no keyword arguments");
            }
            switch (args.length) {
                case 1: return new PySlice(null, args[0], null);
                case 2: return new PySlice(args[0], args[1], null);
                case 3: return new PySlice(args[0], args[1], args[2]);
                default:
                    throw Errors.typeError(args.length == 0 ? "slice expected at least 1 argument, got 0"
                            : "slice expected at most 3 arguments, got " + args.length);
            }
        });
        t.defGetSet("start", self -> s(self).start, null);
        t.defGetSet("stop", self -> s(self).stop, null);
        t.defGetSet("step", self -> s(self).step, null);
        t.def0("__reduce__", self -> PyTuple.of(PySlice.TYPE, PyTuple.of(s(self).start, s(self).stop, s(self).step)));
        t.def0("__repr__", self -> PyStr.of("slice(" + Ops.reprString(s(self).start) + ", "
                + Ops.reprString(s(self).stop) + ", " + Ops.reprString(s(self).step) + ")"));
        t.def1("indices", (self, len) -> {
            PyInt n = dev.weft.runtime.ops.Protocols.index(len, null);
            if (n.signum() < 0) {
                throw Errors.valueError("length should not be negative");
            }
            long[] r = s(self).indices(n.longValue());
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
        });
        t.def1("__eq__", (self, o) -> o instanceof PySlice b
                ? Ops.eq(PyTuple.of(s(self).start, s(self).stop, s(self).step), PyTuple.of(b.start, b.stop, b.step))
                : PySingleton.NOT_IMPLEMENTED);
        t.def0("__hash__", self -> PyInt.of(PyTuple.of(s(self).start, s(self).stop, s(self).step).hash()));
    }
}
