package dev.weft.runtime.core;

import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyStr;

/** {@code mappingproxy} ({@code types.MappingProxyType}): a read-only view of a mapping (a type's dict). */
public final class MappingProxy extends PyObject {
    public static final PyType TYPE = new PyType("mappingproxy", MappingProxy.class, PyType.OBJECT,
            MappingProxy::define, PyType.IMMUTABLE);

    final PyObject mapping;

    private MappingProxy(PyObject mapping) {
        this.mapping = mapping;
    }

    public static MappingProxy of(PyDict d) {
        return new MappingProxy(d);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject m(PyObject self) {
        return ((MappingProxy) self).mapping;
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> {
            if ((kw != null && kw.length > 0) || args.length != 1) {
                throw Errors.typeError("mappingproxy() takes exactly one argument (%d given)", args.length);
            }
            PyObject o = args[0];
            if (o.type().lookup("__getitem__") == null || o.type().lookup("keys") == null
                    || o instanceof dev.weft.runtime.types.PyList || o instanceof dev.weft.runtime.types.PyTuple) {
                throw Errors.typeError("mappingproxy() argument must be a mapping, not %s", o.type().name());
            }
            return new MappingProxy(o);
        });
        t.def1("__getitem__", (self, k) -> Protocols.getItem(m(self), k));
        t.def1("__contains__", (self, k) -> dev.weft.runtime.types.PyBool.of(Protocols.contains(m(self), k)));
        t.def0("__len__", self -> dev.weft.runtime.types.PyInt.of(Protocols.len(m(self))));
        t.def0("__iter__", self -> Protocols.iter(m(self)));
        t.def2("get", 1, (self, k, dflt) -> Ops.callMethod(m(self), "get", k,
                dflt == null ? dev.weft.runtime.types.PyNone.NONE : dflt));
        t.def0("keys", self -> Ops.callMethod(m(self), "keys"));
        t.def0("values", self -> Ops.callMethod(m(self), "values"));
        t.def0("items", self -> Ops.callMethod(m(self), "items"));
        t.def0("copy", self -> Ops.callMethod(m(self), "copy"));
        t.def1("__eq__", (self, o) -> Ops.eq(m(self), o instanceof MappingProxy p ? p.mapping : o));
        t.def1("__or__", (self, o) -> Ops.callMethod(Ops.callMethod(m(self), "copy"), "__or__",
                o instanceof MappingProxy p ? p.mapping : o));
        t.def0("__reversed__", self -> Ops.callMethod(m(self), "__reversed__"));
        t.def0("__str__", self -> PyStr.of(Ops.strString(m(self))));
        t.def0("__repr__", self -> PyStr.of("mappingproxy(" + Ops.reprString(m(self)) + ")"));
        t.def2("__setitem__", (self, k, v) -> {
            throw Errors.typeError("'mappingproxy' object does not support item assignment");
        });
    }
}
