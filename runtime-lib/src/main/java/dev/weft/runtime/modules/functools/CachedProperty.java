package dev.weft.runtime.modules.functools;

import dev.weft.runtime.call.Fn;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyClassMethod;
import dev.weft.runtime.core.Derived;
import dev.weft.runtime.core.HasDict;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyGenericAlias;
import dev.weft.runtime.types.PyNone;

/**
 * {@code functools.cached_property} with 3.12+ semantics (no lock): a non-data descriptor
 * that stores the computed value in the instance {@code __dict__} under its attribute name.
 * Attributes live in the instance dict, as the Python class keeps them.
 */
final class CachedProperty extends PyObject implements Derived {
    static final PyType TYPE = ModuleDefs.pythonClass("functools", "cached_property", CachedProperty.class,
            PyType.OBJECT, CachedProperty::define, PyType.BASETYPE | PyType.INSTANCE_DICT);

    private volatile PyType type;
    private volatile PyDict dict = new PyDict();
    private final PyObject[] slots;

    CachedProperty(PyType type) {
        this.type = type;
        this.slots = new PyObject[type.slotCount()];
    }

    @Override public PyType type() { return type; }
    @Override public void setType(PyType t) { type = t; }
    @Override public PyDict instanceDict() { return dict; }
    @Override public void setInstanceDict(PyDict d) { dict = d; }
    @Override public PyObject[] slots() { return slots; }

    private static PyObject attr(PyObject self, String name) {
        return Attr.getAttr(self, name);
    }

    private static void define(PyType t) {
        t.defNew((cls, args, kw) -> new CachedProperty(cls));
        t.def1("__init__", (self, func) -> {
            Attr.setAttr(self, "func", func);
            Attr.setAttr(self, "attrname", PyNone.NONE);
            Attr.setAttr(self, "__doc__", Attr.getAttrOrNull(func, "__doc__") == null ? PyNone.NONE : attr(func, "__doc__"));
            PyObject mod = Attr.getAttrOrNull(func, "__module__");
            Attr.setAttr(self, "__module__", mod == null ? PyNone.NONE : mod);
            return PyNone.NONE;
        });
        t.def2("__set_name__", 2, (self, owner, name) -> {
            PyObject current = attr(self, "attrname");
            if (current == PyNone.NONE) {
                Attr.setAttr(self, "attrname", name);
            } else if (!Ops.eqBool(name, current)) {
                throw Errors.typeError("Cannot assign the same cached_property to two different names (%s and %s).",
                        Ops.reprString(current), Ops.reprString(name));
            }
            return PyNone.NONE;
        });
        t.def2("__get__", 1, (self, instance, owner) -> {
            if (instance == PyNone.NONE) {
                return self;
            }
            PyObject name = attr(self, "attrname");
            if (name == PyNone.NONE) {
                throw Errors.typeError("Cannot use cached_property instance without calling __set_name__ on it.");
            }
            PyObject cache = instance instanceof HasDict h && !(instance instanceof PyType) ? h.instanceDict() : null;
            if (cache == null) {
                cache = Attr.getAttrOrNull(instance, "__dict__");
            }
            if (cache == null) {
                throw Errors.typeError("No '__dict__' attribute on %s instance to cache %s property.",
                        Ops.reprString(Attr.getAttr(instance.type(), "__name__")), Ops.reprString(name));
            }
            PyObject val = cache instanceof PyDict d ? d.getItemOrNull(name)
                    : Calls.call2(Attr.getAttr(cache, "get"), name, PyNone.NONE);
            if (val == null || !(cache instanceof PyDict) && val == PyNone.NONE && !Protocols.contains(cache, name)) {
                val = Calls.call1(attr(self, "func"), instance);
                try {
                    Protocols.setItem(cache, name, val);
                } catch (PyException e) {
                    if (!e.matches(ExceptionTypes.TypeError)) {
                        throw e;
                    }
                    throw Errors.typeError("The '__dict__' attribute on %s instance does not support item assignment "
                            + "for caching %s property.", Ops.reprString(Attr.getAttr(instance.type(), "__name__")),
                            Ops.reprString(name));
                }
            }
            return val;
        });
        t.def("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", 2, 2,
                (Fn.F2) (self, cls, item) -> new PyGenericAlias(cls, item))));
    }
}
