package dev.weft.runtime.modules.collections;

import dev.weft.runtime.core.Derived;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.ops.ReprGuard;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySingleton;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/**
 * {@code collections.defaultdict}: a dict (same storage and locking) whose {@code __missing__}
 * calls {@code default_factory}. The factory runs outside any lock, so two threads missing the
 * same key may both call it; the value is then inserted only if the key is still absent and
 * every caller gets the stored one, so {@code d[k].append(x)} from several threads loses nothing
 * (unless a subclass overrides {@code __setitem__}, which is then called as in CPython).
 */
public class PyDefaultDict extends PyDict {
    public static final PyType TYPE = ModuleDefs.type("collections", "defaultdict", PyDefaultDict.class,
            PyDict.TYPE, PyDefaultDict::define, PyType.BASETYPE);

    private volatile PyObject factory = PyNone.NONE;

    public PyDefaultDict() { }

    @Override
    public PyType type() {
        return TYPE;
    }

    public final PyObject defaultFactory() {
        return factory;
    }

    public final void setDefaultFactory(PyObject f) {
        factory = f == null ? PyNone.NONE : f;
    }

    private static PyDefaultDict dd(PyObject o) {
        return (PyDefaultDict) o;
    }

    /** {@code type(dd)(dd.default_factory, arg)}, as CPython's copy and | build the result. */
    private static PyObject newLike(PyDefaultDict self, PyObject arg) {
        return Calls.call2(self.type(), self.defaultFactory(), arg);
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> cls == TYPE ? new PyDefaultDict() : new Sub(cls));
        t.defV("__init__", (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            PyObject factory = PyNone.NONE;
            PyObject[] rest = args;
            if (npos > 0) {
                factory = args[0];
                if (factory != PyNone.NONE && !Protocols.isCallable(factory)) {
                    throw Errors.typeError("first argument must be callable or None");
                }
                rest = new PyObject[args.length - 1];
                System.arraycopy(args, 1, rest, 0, rest.length);
            }
            dd(self).setDefaultFactory(factory);
            return Calls.callWithSelf(PyDict.TYPE.lookup("__init__"), self, rest, kw);
        });
        t.def1("__missing__", (self, key) -> {
            PyObject f = dd(self).defaultFactory();
            if (f == PyNone.NONE) {
                throw Errors.keyError(key);
            }
            PyObject value = Calls.call0(f);
            if (self.type().lookup("__setitem__") == PyDict.TYPE.lookup("__setitem__")) {
                // insert-if-absent: threads missing the same key at once all get the one value stored
                return dd(self).setDefault(key, value);
            }
            Protocols.setItem(self, key, value);
            return value;
        });
        t.def0("__repr__", self -> {
            PyObject f = dd(self).defaultFactory();
            String factoryRepr;
            if (f == PyNone.NONE) {
                factoryRepr = "None";
            } else if (!ReprGuard.enter(f)) {
                factoryRepr = "...";
            } else {
                try {
                    factoryRepr = Ops.reprString(f);
                } finally {
                    ReprGuard.exit(f);
                }
            }
            String dictRepr = Calls.callWithSelf(PyDict.TYPE.lookup("__repr__"), self, new PyObject[0], null).toString();
            return PyStr.of(DequeMethods.shortName(self.type()) + "(" + factoryRepr + ", " + dictRepr + ")");
        });
        t.def0("copy", self -> newLike(dd(self), self));
        t.def0("__copy__", self -> newLike(dd(self), self));
        t.def0("__reduce__", self -> {
            PyObject f = dd(self).defaultFactory();
            PyObject args = f == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(f);
            PyObject items = Protocols.iter(Calls.call0(dev.weft.runtime.ops.Attr.getAttr(self, "items")));
            return PyTuple.of(self.type(), args, PyNone.NONE, PyNone.NONE, items);
        });
        t.defGetSet("default_factory", self -> dd(self).defaultFactory(), (self, v) -> {
            dd(self).setDefaultFactory(v);
            return PyNone.NONE;
        });
        t.def1("__or__", (self, other) -> or(self, other));
        t.def1("__ror__", (self, other) -> or(other, self));
    }

    private static PyObject or(PyObject left, PyObject right) {
        PyObject self, other;
        if (left instanceof PyDefaultDict) {
            self = left;
            other = right;
        } else {
            self = right;
            other = left;
        }
        if (!(other instanceof PyDict)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        PyObject r = newLike(dd(self), left);
        Calls.callWithSelf(PyDict.TYPE.lookup("update"), r, new PyObject[] {right}, null);
        return r;
    }

    /** An instance of a user subclass of defaultdict. */
    public static final class Sub extends PyDefaultDict implements Derived {
        private volatile PyType type;
        private volatile PyDict dict;
        private final PyObject[] slots;

        public Sub(PyType type) {
            this.type = type;
            this.dict = type.instancesHaveDict() ? new PyDict() : null;
            this.slots = new PyObject[type.slotCount()];
        }

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }
        @Override public PyDict instanceDict() { return dict; }
        @Override public void setInstanceDict(PyDict d) { dict = d; }
        @Override public PyObject[] slots() { return slots; }
    }
}
