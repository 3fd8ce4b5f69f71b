package dev.weft.runtime.types;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyClassMethod;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.ops.ReprGuard;

/** Methods of {@code dict}. */
final class DictMethods {
    private DictMethods() { }

    private static final PyObject NI = PySingleton.NOT_IMPLEMENTED;

    private static PyDict d(PyObject o) {
        return (PyDict) o;
    }

    /** {@code d.update(other)}: other is copied before anything is written (no two locks held). */
    static void update(PyDict target, PyObject other) {
        if (other instanceof PyDict src && src.type().lookup("keys") == PyDict.TYPE.lookup("keys")) {
            PyObject[][] s = src.snapshot();
            target.putAll(s[0], s[1]);
            return;
        }
        PyObject keys = Attr.getAttrOrNull(other, "keys");
        if (keys != null) {
            for (PyObject k : Protocols.toArray(Calls.call0(keys))) {
                target.setItem(k, Protocols.getItem(other, k));
            }
            return;
        }
        PyObject[] items = Protocols.toArray(other);
        for (int i = 0; i < items.length; i++) {
            PyObject[] pair;
            try {
                pair = Protocols.toArray(items[i]);
            } catch (dev.weft.runtime.exc.PyException e) {
                throw Errors.typeError("cannot convert dictionary update sequence element #%d to a sequence", i);
            }
            if (pair.length != 2) {
                throw Errors.valueError("dictionary update sequence element #%d has length %d; 2 is required", i, pair.length);
            }
            target.setItem(pair[0], pair[1]);
        }
    }

    private static void updateWith(PyDict self, PyObject[] args, String[] kw, String fn) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos > 1) {
            throw Errors.typeError("%s expected at most 1 argument, got %d", fn, npos);
        }
        if (npos == 1) {
            update(self, args[0]);
        }
        for (int i = 0; i < nkw; i++) {
            self.setItem(PyStr.of(kw[i]), args[npos + i]);
        }
    }

    static boolean dictEquals(PyDict a, PyDict b) {
        if (a == b) {
            return true;
        }
        PyObject[][] s = a.snapshot();
        if (s[0].length != b.size()) {
            return false;
        }
        for (int i = 0; i < s[0].length; i++) {
            PyObject bv = b.getItemOrNull(s[0][i]);
            if (bv == null || !ItemEquality.eq(s[1][i], bv)) {
                return false;
            }
        }
        return true;
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> cls == PyDict.TYPE ? new PyDict() : new PyDict.Sub(cls));
        t.defV("__init__", (self, args, kw) -> {
            updateWith(d(self), args, kw, "dict");
            return PyNone.NONE;
        });
        t.def0("__len__", self -> PyInt.of(d(self).size()));
        t.def1("__getitem__", (self, k) -> {
            PyObject v = d(self).getItemOrNull(k);
            if (v != null) {
                return v;
            }
            if (self.getClass() != PyDict.class) {
                PyObject missing = self.type().lookup("__missing__");
                if (missing != null) {
                    return Calls.callWithSelf(missing, self, new PyObject[] {k}, null);
                }
            }
            throw Errors.keyError(k);
        });
        t.def2("__setitem__", (self, k, v) -> {
            d(self).setItem(k, v);
            return PyNone.NONE;
        });
        t.def1("__delitem__", (self, k) -> {
            d(self).delItem(k);
            return PyNone.NONE;
        });
        t.def1("__contains__", (self, k) -> PyBool.of(d(self).containsKey(k)));
        t.def0("__iter__", self -> new Iterators.DictIter(d(self), Iterators.DictKind.KEYS));
        t.def0("__reversed__", self -> {
            PyObject[] keys = d(self).snapshot()[0];
            java.util.Collections.reverse(java.util.Arrays.asList(keys));
            return new Iterators.ArrayIter(Iterators.DICT_KEY_ITER, keys);
        });
        t.def("__hash__", PyNone.NONE);
        t.def0("__repr__", self -> {
            if (!ReprGuard.enter(self)) {
                return PyStr.of("{...}");
            }
            try {
                PyObject[][] s = d(self).snapshot();
                StringBuilder sb = new StringBuilder("{");
                for (int i = 0; i < s[0].length; i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(Ops.reprString(s[0][i])).append(": ").append(Ops.reprString(s[1][i]));
                }
                return PyStr.of(sb.append('}').toString());
            } finally {
                ReprGuard.exit(self);
            }
        });
        t.def1("__eq__", (self, o) -> o instanceof PyDict b ? PyBool.of(dictEquals(d(self), b)) : NI);
        t.def1("__ne__", (self, o) -> o instanceof PyDict b ? PyBool.of(!dictEquals(d(self), b)) : NI);
        t.def1("__or__", (self, o) -> {
            if (!(o instanceof PyDict b)) {
                return NI;
            }
            PyDict r = d(self).copy();
            update(r, b);
            return r;
        });
        t.def1("__ror__", (self, o) -> {
            if (!(o instanceof PyDict b)) {
                return NI;
            }
            PyDict r = b.copy();
            update(r, self);
            return r;
        });
        t.def1("__ior__", (self, o) -> {
            update(d(self), o);
            return self;
        });
        t.def2("get", 1, (self, k, dflt) -> {
            PyObject v = d(self).getItemOrNull(k);
            return v != null ? v : dflt == null ? PyNone.NONE : dflt;
        });
        t.def2("setdefault", 1, (self, k, dflt) -> d(self).setDefault(k, dflt == null ? PyNone.NONE : dflt));
        t.def2("pop", 1, (self, k, dflt) -> {
            PyObject v = d(self).removeOrNull(k);
            if (v != null) {
                return v;
            }
            if (dflt == null) {
                throw Errors.keyError(k);
            }
            return dflt;
        });
        t.def0("popitem", self -> d(self).popItem());
        t.def0("keys", self -> new PyDictView(d(self), Iterators.DictKind.KEYS));
        t.def0("values", self -> new PyDictView(d(self), Iterators.DictKind.VALUES));
        t.def0("items", self -> new PyDictView(d(self), Iterators.DictKind.ITEMS));
        t.defV("update", (self, args, kw) -> {
            updateWith(d(self), args, kw, "update");
            return PyNone.NONE;
        });
        t.def0("clear", self -> {
            d(self).clear();
            return PyNone.NONE;
        });
        t.def0("copy", self -> d(self).copy());
        t.def("fromkeys", new PyClassMethod(new PyBuiltinFunction("fromkeys", null, (self, args, kw) -> {
            ArgParse.noKeywords("fromkeys", kw);
            if (args.length < 2 || args.length > 3) {
                throw Errors.typeError("fromkeys expected at least 1 argument, got %d", args.length - 1);
            }
            PyObject value = args.length == 3 ? args[2] : PyNone.NONE;
            PyObject r = Calls.call0(args[0]);
            for (PyObject k : Protocols.toArray(args[1])) {
                Protocols.setItem(r, k, value);
            }
            return r;
        })));
        t.def("__class_getitem__", ListMethods.classGetItem());
    }
}
