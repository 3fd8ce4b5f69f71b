package dev.weft.runtime.core;

import dev.weft.runtime.call.Fn;
import dev.weft.runtime.exc.Errors;

/** A computed attribute of a builtin type ({@code function.__name__}, {@code int.real}). */
public final class PyGetSetDescr extends PyObject implements Descriptor {
    public static final PyType TYPE = new PyType("getset_descriptor", PyGetSetDescr.class, PyType.OBJECT,
            PyGetSetDescr::define, PyType.IMMUTABLE);

    private static void define(PyType t) {
        t.def0("__repr__", self -> dev.weft.runtime.types.PyStr.of(String.format("<attribute '%s' of '%s' objects>",
                ((PyGetSetDescr) self).name, ((PyGetSetDescr) self).owner.name())));
        // the descriptor protocol as Python code calls it (inspect: type.__dict__['__mro__'].__get__)
        t.def2("__get__", 1, (self, obj, type) -> {
            PyGetSetDescr d = (PyGetSetDescr) self;
            if (obj == dev.weft.runtime.types.PyNone.NONE) {
                if (type == null || type == dev.weft.runtime.types.PyNone.NONE) {
                    throw Errors.typeError("__get__(None, None) is invalid");
                }
                return d;
            }
            d.checkOwner(obj);
            return d.get(obj, obj.type());
        });
        t.def2("__set__", (self, obj, value) -> {
            ((PyGetSetDescr) self).checkOwner(obj);
            ((PyGetSetDescr) self).set(obj, value);
            return dev.weft.runtime.types.PyNone.NONE;
        });
        t.def1("__delete__", (self, obj) -> {
            ((PyGetSetDescr) self).checkOwner(obj);
            ((PyGetSetDescr) self).delete(obj);
            return dev.weft.runtime.types.PyNone.NONE;
        });
        t.defGetSet("__name__", self -> dev.weft.runtime.types.PyStr.of(((PyGetSetDescr) self).name), null);
        t.defGetSet("__qualname__", self -> dev.weft.runtime.types.PyStr.of(
                ((PyGetSetDescr) self).owner.qualname() + "." + ((PyGetSetDescr) self).name), null);
        t.defGetSet("__objclass__", self -> ((PyGetSetDescr) self).owner, null);
    }

    private void checkOwner(PyObject obj) {
        if (!obj.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                    owner.name(), obj.type().name());
        }
    }

    private final PyType owner;
    private final String name;
    private final Fn.F0 getter;
    private final Fn.F1 setter;

    public PyGetSetDescr(PyType owner, String name, Fn.F0 getter, Fn.F1 setter) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        return getter.apply(obj);
    }

    @Override
    public void set(PyObject obj, PyObject value) {
        if (setter == null) {
            throw Errors.attributeError("attribute '%s' of '%s' objects is not writable", name, owner.name());
        }
        setter.apply(obj, value);
    }

    @Override
    public void delete(PyObject obj) {
        if (setter == null) {
            throw Errors.attributeError("attribute '%s' of '%s' objects is not writable", name, owner.name());
        }
        setter.apply(obj, null);
    }
}
