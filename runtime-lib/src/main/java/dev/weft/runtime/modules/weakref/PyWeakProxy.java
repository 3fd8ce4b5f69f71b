package dev.weft.runtime.modules.weakref;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.BinOp;
import dev.weft.runtime.ops.CmpOp;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

/**
 * {@code weakref.ProxyType} and {@code weakref.CallableProxyType}: forward attribute access,
 * operators and protocols to the referent (both operands unwrapped, as CPython's proxy does)
 * and raise {@code ReferenceError} once it is gone. Proxies are unhashable.
 */
public final class PyWeakProxy extends PyObject implements DeadReference {
    public static final PyType PROXY = ModuleDefs.type("weakref", "ProxyType", PyWeakProxy.class, PyType.OBJECT,
            t -> define(t, false), 0);
    public static final PyType CALLABLE_PROXY = ModuleDefs.type("weakref", "CallableProxyType", PyWeakProxy.class,
            PyType.OBJECT, t -> define(t, true), 0);

    private final PyType type;
    private final WeakRefs.Tracker tracker;
    private volatile PyObject callback;
    private final long serial = WeakRefs.nextSerial();

    private PyWeakProxy(PyType type, PyObject referent, PyObject callback) {
        this.type = type;
        this.tracker = new WeakRefs.Tracker(referent, this);
        this.callback = callback == PyNone.NONE ? null : callback;
    }

    /** {@code weakref.proxy(o[, callback])}; reuses o's basic proxy when there is no callback. */
    static PyWeakProxy of(PyObject referent, PyObject callback) {
        WeakRefs.processQueue();
        WeakRefs.checkReferenceable(referent);
        PyType t = referent.type().lookup("__call__") != null ? CALLABLE_PROXY : PROXY;
        boolean basic = callback == null || callback == PyNone.NONE;
        if (basic) {
            for (PyObject r : WeakRefs.referrers(referent)) {
                if (r instanceof PyWeakProxy p && p.callback == null) {
                    return p;
                }
            }
        }
        PyWeakProxy p = new PyWeakProxy(t, referent, callback);
        WeakRefs.track(referent, p);
        return p;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public long serial() {
        return serial;
    }

    @Override
    public void runCallback() {
        PyObject cb = callback;
        callback = null;
        WeakRefs.callBack(cb, this);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (type != CALLABLE_PROXY) {
            return super.call(args, kwnames);
        }
        return referent(this).call(args, kwnames);
    }

    /** The live referent of a proxy (other objects pass through unchanged). */
    static PyObject unwrap(PyObject o) {
        return o instanceof PyWeakProxy p ? referent(p) : o;
    }

    private static PyObject referent(PyWeakProxy p) {
        PyObject o = p.tracker.get();
        if (o == null) {
            throw Errors.make(ExceptionTypes.ReferenceError, "weakly-referenced object no longer exists");
        }
        return o;
    }

    private static void define(PyType t, boolean callable) {
        t.def1("__getattribute__", (self, name) -> Attr.getAttr(unwrap(self), attrName(name)));
        t.def2("__setattr__", (self, name, value) -> {
            Attr.setAttr(unwrap(self), attrName(name), value);
            return PyNone.NONE;
        });
        t.def1("__delattr__", (self, name) -> {
            Attr.delAttr(unwrap(self), attrName(name));
            return PyNone.NONE;
        });
        t.def0("__repr__", self -> PyStr.of(repr((PyWeakProxy) self)));
        t.def0("__str__", self -> Ops.str(unwrap(self)));
        t.def0("__bytes__", self -> dev.weft.runtime.ops.Calls.call1(
                dev.weft.runtime.types.PyBytes.TYPE, unwrap(self)));
        t.def0("__bool__", self -> PyBool.of(Ops.isTrue(unwrap(self))));
        t.def("__hash__", PyNone.NONE);
        t.def0("__len__", self -> PyInt.of(Protocols.len(unwrap(self))));
        t.def0("__iter__", self -> Protocols.iter(unwrap(self)));
        t.def0("__next__", self -> {
            PyObject it = unwrap(self);
            if (it.type().lookup("__next__") == null) {
                throw Errors.typeError("Weakref proxy referenced a non-iterator '%s' object", it.type().name());
            }
            return Ops.callMethod(it, "__next__");
        });
        t.def0("__reversed__", self -> Ops.callMethod(unwrap(self), "__reversed__"));
        t.def1("__contains__", (self, x) -> PyBool.of(Protocols.contains(unwrap(self), unwrap(x))));
        t.def1("__getitem__", (self, k) -> Protocols.getItem(unwrap(self), unwrap(k)));
        t.def2("__setitem__", (self, k, v) -> {
            Protocols.setItem(unwrap(self), unwrap(k), unwrap(v));
            return PyNone.NONE;
        });
        t.def1("__delitem__", (self, k) -> {
            Protocols.delItem(unwrap(self), unwrap(k));
            return PyNone.NONE;
        });
        t.def0("__neg__", self -> Ops.neg(unwrap(self)));
        t.def0("__pos__", self -> Ops.pos(unwrap(self)));
        t.def0("__abs__", self -> Ops.abs(unwrap(self)));
        t.def0("__invert__", self -> Ops.invert(unwrap(self)));
        t.def0("__index__", self -> Protocols.index(unwrap(self), null));
        t.def0("__int__", self -> dev.weft.runtime.ops.Calls.call1(PyInt.TYPE, unwrap(self)));
        t.def0("__float__", self -> dev.weft.runtime.ops.Calls.call1(dev.weft.runtime.types.PyFloat.TYPE, unwrap(self)));
        for (BinOp op : BinOp.values()) {
            t.def1(op.name, (self, o) -> Ops.binary(unwrap(self), unwrap(o), op));
            t.def1(op.rname, (self, o) -> Ops.binary(unwrap(o), unwrap(self), op));
            if (op.iname != null) {
                t.def1(op.iname, (self, o) -> Ops.inplace(unwrap(self), unwrap(o), op));
            }
        }
        for (CmpOp op : CmpOp.values()) {
            t.def1(op.name, (self, o) -> Ops.richCompare(unwrap(self), unwrap(o), op));
        }
        if (callable) {
            t.defV("__call__", (self, args, kw) -> unwrap(self).call(args, kw));
        }
    }

    private static String attrName(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '%s'", name.type().name());
        }
        return s.value();
    }

    private static String repr(PyWeakProxy p) {
        PyObject o = p.tracker.get();
        String at = Long.toHexString(Ops.identityHash(p));
        if (o == null) {
            return "<weakproxy at 0x" + at + "; dead>";
        }
        return "<weakproxy at 0x" + at + "; to '" + PyWeakRef.qualifiedTypeName(o.type()) + "' at 0x"
                + Long.toHexString(Ops.identityHash(o)) + ">";
    }
}
