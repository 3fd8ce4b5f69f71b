package dev.weft.runtime.modules.collections;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.Derived;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.ops.ReprGuard;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySingleton;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/**
 * {@code collections.OrderedDict}: a dict, whose storage is already insertion-ordered; the
 * reorderings (move_to_end, popitem(last=False)) are atomic primitives of {@link PyDict}.
 * Equality between two OrderedDicts is order-sensitive.
 */
public class PyOrderedDict extends PyDict {
    public static final PyType TYPE = ModuleDefs.type("collections", "OrderedDict", PyOrderedDict.class,
            PyDict.TYPE, PyOrderedDict::define, PyType.BASETYPE);

    public PyOrderedDict() { }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyDict od(PyObject o) {
        return (PyDict) o;
    }

    private static PyObject callDict(String method, PyObject self, PyObject... args) {
        return Calls.callWithSelf(PyDict.TYPE.lookup(method), self, args, null);
    }

    static boolean orderedEquals(PyObject a, PyObject b) {
        if (!Ops.isTrue(callDict("__eq__", a, b))) {
            return false;
        }
        PyObject[] ka = od(a).snapshot()[0], kb = od(b).snapshot()[0];
        if (ka.length != kb.length) {
            return false;
        }
        for (int i = 0; i < ka.length; i++) {
            if (ka[i] != kb[i] && !Ops.eqBool(ka[i], kb[i])) {
                return false;
            }
        }
        return true;
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> cls == TYPE ? new PyOrderedDict() : new Sub(cls));
        t.defV("__init__", (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (args.length - nkw > 1) {
                throw Errors.typeError("expected at most 1 arguments, got %d", args.length - nkw);
            }
            Calls.callWithSelf(PyDict.TYPE.lookup("update"), self, args, kw);
            return PyNone.NONE;
        });
        t.defV("move_to_end", (self, args, kw) -> {
            PyObject[] a = ArgParse.parse("move_to_end", args, kw, new String[] {"key", "last"}, 1);
            boolean last = a[1] == null || Ops.isTrue(a[1]);
            if (!od(self).moveToEnd(a[0], last)) {
                throw Errors.keyError(a[0]);
            }
            return PyNone.NONE;
        });
        t.defV("popitem", (self, args, kw) -> {
            PyObject[] a = ArgParse.parse("popitem", args, kw, new String[] {"last"}, 0);
            boolean last = a[0] == null || Ops.isTrue(a[0]);
            if (last) {
                try {
                    return od(self).popItem();
                } catch (dev.weft.runtime.exc.PyException e) {
                    if (e.matches(dev.weft.runtime.exc.ExceptionTypes.KeyError)) {
                        throw Errors.keyError(PyStr.of("dictionary is empty"));
                    }
                    throw e;
                }
            }
            PyTuple r = od(self).popFirstItem();
            if (r == null) {
                throw Errors.keyError(PyStr.of("dictionary is empty"));
            }
            return r;
        });
        t.def1("__eq__", (self, o) -> {
            if (!(o instanceof PyDict)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            if (o instanceof PyOrderedDict) {
                return PyBool.of(orderedEquals(self, o));
            }
            return callDict("__eq__", self, o);
        });
        t.def1("__ne__", (self, o) -> {
            if (!(o instanceof PyDict)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            if (o instanceof PyOrderedDict) {
                return PyBool.of(!orderedEquals(self, o));
            }
            return callDict("__ne__", self, o);
        });
        t.def0("__repr__", self -> {
            String name = DequeMethods.shortName(self.type());
            if (!ReprGuard.enter(self)) {
                return PyStr.of("...");
            }
            try {
                if (od(self).size() == 0) {
                    return PyStr.of(name + "()");
                }
                PyObject[][] s = od(self).snapshot();
                PyDict plain = new PyDict();
                plain.putAll(s[0], s[1]);
                return PyStr.of(name + "(" + Ops.reprString(plain) + ")");
            } finally {
                ReprGuard.exit(self);
            }
        });
        t.def0("copy", self -> Calls.call1(self.type(), self));
        t.def0("__reduce__", self -> {
            PyObject state = self instanceof Derived h && h.instanceDict() != null && h.instanceDict().size() > 0
                    ? h.instanceDict() : PyNone.NONE;
            PyObject items = Protocols.iter(Calls.call0(Attr.getAttr(self, "items")));
            return PyTuple.of(self.type(), PyTuple.EMPTY, state, PyNone.NONE, items);
        });
        t.def1("__or__", (self, o) -> or(self, o));
        t.def1("__ror__", (self, o) -> or(o, self));
    }

    private static PyObject or(PyObject left, PyObject right) {
        PyObject self = left instanceof PyOrderedDict ? left : right;
        PyObject other = self == left ? right : left;
        if (!(other instanceof PyDict)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        PyObject r = Calls.call1(self.type(), left);
        callDict("update", r, right);
        return r;
    }

    /** An instance of a user subclass of OrderedDict. */
    public static final class Sub extends PyOrderedDict implements Derived {
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
