package dev.weft.runtime.modules.functools;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.ops.CmpOp;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;

/**
 * {@code functools.KeyWrapper}, what {@code cmp_to_key(mycmp)} returns: calling it wraps an
 * object; wrapped objects compare by {@code mycmp(a, b) OP 0}.
 */
final class KeyWrapper extends PyObject {
    static final PyType TYPE = ModuleDefs.type("functools", "KeyWrapper", KeyWrapper.class, PyType.OBJECT,
            KeyWrapper::define, PyType.IMMUTABLE);

    private final PyObject cmp;
    /** The wrapped object; null for the factory returned by cmp_to_key. */
    private final PyObject obj;

    KeyWrapper(PyObject cmp, PyObject obj) {
        this.cmp = cmp;
        this.obj = obj;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] a = dev.weft.runtime.call.ArgParse.parse("K", args, kwnames, new String[] {"obj"}, 1);
        return new KeyWrapper(cmp, a[0]);
    }

    private static PyObject compare(PyObject self, PyObject other, CmpOp op) {
        if (!(other instanceof KeyWrapper o) || o.obj == null) {
            throw Errors.typeError("other argument must be K instance");
        }
        KeyWrapper s = (KeyWrapper) self;
        if (s.obj == null) {
            throw Errors.attributeError("object");
        }
        PyObject r = Calls.call2(s.cmp, s.obj, o.obj);
        return Ops.richCompare(r, PyInt.ZERO, op);
    }

    private static void define(PyType t) {
        for (CmpOp op : CmpOp.values()) {
            t.def1(op.name, (self, o) -> compare(self, o, op));
        }
        t.defV("__call__", (self, args, kw) -> self.call(args, kw));
        t.def("__hash__", PyNone.NONE);
        t.defGetSet("obj", self -> {
            PyObject o = ((KeyWrapper) self).obj;
            return o == null ? PyNone.NONE : o;
        }, null);
    }

}
