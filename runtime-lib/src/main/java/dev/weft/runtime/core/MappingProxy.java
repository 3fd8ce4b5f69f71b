package dev.weft.runtime.core;

import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyStr;

/** {@code mappingproxy}: a read-only view of a type's dict. */
public final class MappingProxy extends PyObject {
    public static final PyType TYPE = new PyType("mappingproxy", MappingProxy.class, PyType.OBJECT,
            MappingProxy::define, PyType.IMMUTABLE);

    final PyDict dict;

    private MappingProxy(PyDict dict) {
        this.dict = dict;
    }

    public static MappingProxy of(PyDict d) {
        return new MappingProxy(d);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyDict d(PyObject self) {
        return ((MappingProxy) self).dict;
    }

    static void define(PyType t) {
        t.def1("__getitem__", (self, k) -> d(self).getItem(k));
        t.def1("__contains__", (self, k) -> dev.weft.runtime.types.PyBool.of(d(self).containsKey(k)));
        t.def0("__len__", self -> dev.weft.runtime.types.PyInt.of(d(self).size()));
        t.def0("__iter__", self -> Protocols.iter(d(self)));
        t.def2("get", 1, (self, k, dflt) -> {
            PyObject v = d(self).getItemOrNull(k);
            return v != null ? v : dflt == null ? dev.weft.runtime.types.PyNone.NONE : dflt;
        });
        t.def0("keys", self -> Ops.callMethod(d(self), "keys"));
        t.def0("values", self -> Ops.callMethod(d(self), "values"));
        t.def0("items", self -> Ops.callMethod(d(self), "items"));
        t.def0("copy", self -> d(self).copy());
        t.def0("__repr__", self -> PyStr.of("mappingproxy(" + Ops.reprString(d(self)) + ")"));
        t.def2("__setitem__", (self, k, v) -> {
            throw Errors.typeError("'mappingproxy' object does not support item assignment");
        });
    }
}
