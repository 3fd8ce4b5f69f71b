package dev.weft.runtime.types;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.Fn;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyClassMethod;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.CmpOp;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.ops.ReprGuard;

/** Methods of {@code list}. Every one is a single atomic operation on the list (see {@link PyList}). */
final class ListMethods {
    private ListMethods() { }

    private static final PyObject NI = PySingleton.NOT_IMPLEMENTED;

    private static PyList l(PyObject o) {
        return (PyList) o;
    }

    static PyObject classGetItem() {
        return new PyClassMethod(new PyBuiltinFunction("__class_getitem__", 2, 2,
                (Fn.F2) (self, cls, item) -> new PyGenericAlias(cls, item)));
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> cls == PyList.TYPE ? new PyList() : new PyList.Sub(cls));
        t.defV("__init__", (self, args, kw) -> {
            ArgParse.noKeywords("list", kw);
            if (args.length > 1) {
                throw Errors.typeError("list expected at most 1 argument, got %d", args.length);
            }
            PyObject[] items = args.length == 0 ? new PyObject[0] : Protocols.toArray(args[0]);
            l(self).setAll(items);
            return PyNone.NONE;
        });
        t.def0("__len__", self -> PyInt.of(l(self).size()));
        t.def1("__getitem__", (self, key) -> {
            if (key instanceof PySlice s) {
                return new PyList(l(self).slice(s));
            }
            if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
                throw Errors.typeError("list indices must be integers or slices, not %s", key.type().name());
            }
            return l(self).get(Protocols.indexValue(key, "list"));
        });
        t.def2("__setitem__", (self, key, value) -> {
            if (key instanceof PySlice s) {
                Slicing.setSlice(l(self), s, value);
                return PyNone.NONE;
            }
            if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
                throw Errors.typeError("list indices must be integers or slices, not %s", key.type().name());
            }
            l(self).set(Protocols.indexValue(key, "list"), value);
            return PyNone.NONE;
        });
        t.def1("__delitem__", (self, key) -> {
            if (key instanceof PySlice s) {
                l(self).setSlice(s, null);
                return PyNone.NONE;
            }
            if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
                throw Errors.typeError("list indices must be integers or slices, not %s", key.type().name());
            }
            l(self).delete(Protocols.indexValue(key, "list"));
            return PyNone.NONE;
        });
        t.def1("__contains__", (self, x) -> {
            for (int i = 0; ; i++) {
                PyObject o = l(self).getOrNull(i);
                if (o == null) {
                    return PyBool.FALSE;
                }
                if (Ops.eqBool(o, x)) {
                    return PyBool.TRUE;
                }
            }
        });
        t.def0("__iter__", self -> new Iterators.ListIter(l(self)));
        t.def0("__reversed__", self -> new Iterators.ListRevIter(l(self)));
        t.def("__hash__", PyNone.NONE);
        t.def1("__add__", (self, o) -> {
            if (!(o instanceof PyList b)) {
                throw Errors.typeError("can only concatenate list (not \"%s\") to list", o.type().name());
            }
            PyObject[] a = l(self).toArray(), bb = b.toArray();
            PyObject[] out = new PyObject[a.length + bb.length];
            System.arraycopy(a, 0, out, 0, a.length);
            System.arraycopy(bb, 0, out, a.length, bb.length);
            return new PyList(out);
        });
        t.def1("__iadd__", (self, o) -> {
            l(self).extend(o);
            return self;
        });
        t.def1("__mul__", (self, n) -> new PyList(SequenceMethods.repeat(l(self).toArray(), SequenceMethods.repeatCount(n))));
        t.def1("__rmul__", (self, n) -> new PyList(SequenceMethods.repeat(l(self).toArray(), SequenceMethods.repeatCount(n))));
        t.def1("__imul__", (self, n) -> {
            long k = SequenceMethods.repeatCount(n);
            l(self).setAll(SequenceMethods.repeat(l(self).toArray(), k));
            return self;
        });
        for (CmpOp op : CmpOp.values()) {
            t.def1(op.name, (self, o) -> o instanceof PyList b
                    ? SequenceMethods.compare(l(self).toArray(), b.toArray(), op) : NI);
        }
        t.def0("__repr__", self -> {
            if (!ReprGuard.enter(self)) {
                return PyStr.of("[...]");
            }
            try {
                return PyStr.of(SequenceMethods.joinRepr(l(self).toArray(), "[", "]", false));
            } finally {
                ReprGuard.exit(self);
            }
        });
        t.def1("append", (self, x) -> {
            l(self).append(x);
            return PyNone.NONE;
        });
        t.def1("extend", (self, it) -> {
            l(self).extend(it);
            return PyNone.NONE;
        });
        t.def2("insert", (self, i, x) -> {
            l(self).insert(Protocols.index(i, null).fitsLong() ? Protocols.index(i, null).longValue()
                    : (Protocols.index(i, null).signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2), x);
            return PyNone.NONE;
        });
        t.def1("pop", 0, (self, i) -> l(self).pop(i == null ? -1 : Protocols.indexValue(i, "list")));
        t.def1("remove", (self, x) -> {
            l(self).remove(x);
            return PyNone.NONE;
        });
        t.def3("index", 1, (self, x, a, b) -> PyInt.of(SequenceMethods.indexOf(l(self).toArray(), x, a, b,
                null)));
        t.def1("count", (self, x) -> PyInt.of(SequenceMethods.count(l(self).toArray(), x)));
        t.def0("clear", self -> {
            l(self).clear();
            return PyNone.NONE;
        });
        t.def0("copy", self -> new PyList(l(self).toArray()));
        t.def0("reverse", self -> {
            l(self).reverse();
            return PyNone.NONE;
        });
        t.defV("sort", (self, args, kw) -> {
            if (args.length - (kw == null ? 0 : kw.length) > 0) {
                throw Errors.typeError("sort() takes no positional arguments");
            }
            PyObject[] p = ArgParse.parse("sort", args, kw, new String[] {"*key", "*reverse"}, 0);
            l(self).sort(p[0], p[1] != null && Ops.isTrue(p[1]));
            return PyNone.NONE;
        });
        t.def("__class_getitem__", classGetItem());
    }
}
