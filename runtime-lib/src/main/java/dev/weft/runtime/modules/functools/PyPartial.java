package dev.weft.runtime.modules.functools;

import dev.weft.runtime.call.Fn;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyClassMethod;
import dev.weft.runtime.core.Derived;
import dev.weft.runtime.core.HasDict;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.ops.ReprGuard;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyGenericAlias;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/**
 * {@code functools.partial}: immutable after construction (func, args, keywords), so calls
 * need no lock; the instance {@code __dict__} is a thread-safe dict.
 */
public class PyPartial extends PyObject implements HasDict {
    public static final PyType TYPE = ModuleDefs.type("functools", "partial", PyPartial.class, PyType.OBJECT,
            PyPartial::define, PyType.BASETYPE | PyType.INSTANCE_DICT);

    final PyObject func;
    final PyObject[] args;
    /** Keyword arguments bound at construction (names and values in order). */
    final String[] kwNames;
    final PyObject[] kwValues;
    private volatile PyDict dict;

    PyPartial(PyObject func, PyObject[] args, String[] kwNames, PyObject[] kwValues) {
        this.func = func;
        this.args = args;
        this.kwNames = kwNames;
        this.kwValues = kwValues;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict instanceDict() {
        PyDict d = dict;
        if (d == null) {
            synchronized (this) {
                if (dict == null) {
                    dict = new PyDict();
                }
                d = dict;
            }
        }
        return d;
    }

    @Override
    public void setInstanceDict(PyDict d) {
        dict = d;
    }

    boolean hasOwnDict() {
        PyDict d = dict;
        return d != null && d.size() > 0;
    }

    PyDict keywords() {
        PyDict d = new PyDict();
        for (int i = 0; i < kwNames.length; i++) {
            d.setItem(PyStr.of(kwNames[i]), kwValues[i]);
        }
        return d;
    }

    @Override
    public PyObject call(PyObject[] callArgs, String[] callKw) {
        int nkw = callKw == null ? 0 : callKw.length;
        int npos = callArgs.length - nkw;
        if (kwNames.length == 0) {
            if (args.length == 0) {
                return Calls.call(func, callArgs, callKw);
            }
            PyObject[] all = new PyObject[args.length + callArgs.length];
            System.arraycopy(args, 0, all, 0, args.length);
            System.arraycopy(callArgs, 0, all, args.length, callArgs.length);
            return Calls.call(func, all, callKw);
        }
        // keywords: the bound ones, updated (in place, keeping order) by the call's
        PyDict kw = keywords();
        for (int i = 0; i < nkw; i++) {
            kw.setItem(PyStr.of(callKw[i]), callArgs[npos + i]);
        }
        PyObject[][] kv = kw.snapshot();
        PyObject[] all = new PyObject[args.length + npos + kv[0].length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(callArgs, 0, all, args.length, npos);
        String[] names = new String[kv[0].length];
        for (int i = 0; i < names.length; i++) {
            names[i] = kv[0][i].toString();
            all[args.length + npos + i] = kv[1][i];
        }
        return Calls.call(func, all, names);
    }

    static PyObject make(PyType cls, PyObject[] a, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        if (npos < 1) {
            throw Errors.typeError("type 'partial' takes at least one argument");
        }
        PyObject func = a[0];
        if (!Protocols.isCallable(func)) {
            throw Errors.typeError("the first argument must be callable");
        }
        PyObject[] innerArgs = new PyObject[0];
        String[] innerNames = new String[0];
        PyObject[] innerValues = new PyObject[0];
        if (func.getClass() == PyPartial.class && cls == TYPE && !((PyPartial) func).hasOwnDict()) {
            PyPartial inner = (PyPartial) func;
            innerArgs = inner.args;
            innerNames = inner.kwNames;
            innerValues = inner.kwValues;
            func = inner.func;
        }
        PyObject[] args = new PyObject[innerArgs.length + npos - 1];
        System.arraycopy(innerArgs, 0, args, 0, innerArgs.length);
        System.arraycopy(a, 1, args, innerArgs.length, npos - 1);
        PyDict merged = new PyDict();
        for (int i = 0; i < innerNames.length; i++) {
            merged.setItem(PyStr.of(innerNames[i]), innerValues[i]);
        }
        for (int i = 0; i < nkw; i++) {
            merged.setItem(PyStr.of(kw[i]), a[npos + i]);
        }
        PyObject[][] kv = merged.snapshot();
        String[] names = new String[kv[0].length];
        for (int i = 0; i < names.length; i++) {
            names[i] = kv[0][i].toString();
        }
        return cls == TYPE ? new PyPartial(func, args, names, kv[1]) : new Sub(cls, func, args, names, kv[1]);
    }

    static String repr(PyPartial p) {
        PyType t = p.type();
        String qual = Ops.strString(Attr.getAttr(t, "__qualname__"));
        String mod = Ops.strString(Attr.getAttr(t, "__module__"));
        if (!ReprGuard.enter(p)) {
            return "...";
        }
        try {
            StringBuilder sb = new StringBuilder(mod).append('.').append(qual).append('(');
            sb.append(Ops.reprString(p.func));
            for (PyObject a : p.args) {
                sb.append(", ").append(Ops.reprString(a));
            }
            for (int i = 0; i < p.kwNames.length; i++) {
                sb.append(", ").append(p.kwNames[i]).append('=').append(Ops.reprString(p.kwValues[i]));
            }
            return sb.append(')').toString();
        } finally {
            ReprGuard.exit(p);
        }
    }

    private static PyPartial p(PyObject o) {
        return (PyPartial) o;
    }

    static void define(PyType t) {
        t.defNew(PyPartial::make);
        t.defV("__call__", (self, args, kw) -> self.call(args, kw));
        // 3.13: a partial in a class is not yet a method (CPython also warns FutureWarning here)
        t.def2("__get__", 1, (self, obj, type) -> self);
        t.defGetSet("func", self -> p(self).func, null);
        t.defGetSet("args", self -> PyTuple.of(p(self).args.clone()), null);
        t.defGetSet("keywords", self -> p(self).keywords(), null);
        t.defGetSet("__dict__", self -> p(self).instanceDict(), (self, v) -> {
            if (!(v instanceof PyDict d)) {
                throw Errors.typeError("setting partial object's dictionary to a non-dict");
            }
            p(self).setInstanceDict(d);
            return PyNone.NONE;
        });
        t.def0("__repr__", self -> PyStr.of(repr(p(self))));
        t.def0("__reduce__", self -> PyTuple.of(self.type(), PyTuple.of(p(self).func),
                PyTuple.of(p(self).func, PyTuple.of(p(self).args.clone()),
                        p(self).kwNames.length == 0 ? PyNone.NONE : p(self).keywords(),
                        p(self).hasOwnDict() ? p(self).instanceDict() : PyNone.NONE)));
        t.def("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", 2, 2,
                (Fn.F2) (self, cls, item) -> new PyGenericAlias(cls, item))));
    }

    /** An instance of a user subclass of partial. */
    public static final class Sub extends PyPartial implements Derived {
        private volatile PyType type;
        private final PyObject[] slots;

        Sub(PyType type, PyObject func, PyObject[] args, String[] kwNames, PyObject[] kwValues) {
            super(func, args, kwNames, kwValues);
            this.type = type;
            this.slots = new PyObject[type.slotCount()];
        }

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }
        @Override public PyObject[] slots() { return slots; }
    }
}
