package dev.weft.runtime.core;

import dev.weft.runtime.call.Fn;
import dev.weft.runtime.exc.Errors;

/** A computed attribute of a builtin type ({@code function.__name__}, {@code int.real}). */
public final class PyGetSetDescr extends PyObject implements Descriptor {
    public static final PyType TYPE = new PyType("getset_descriptor", PyGetSetDescr.class, PyType.OBJECT,
            t -> t.def0("__repr__", self -> dev.weft.runtime.types.PyStr.of(String.format("<attribute '%s' of '%s' objects>",
                    ((PyGetSetDescr) self).name, ((PyGetSetDescr) self).owner.tpName()))), PyType.IMMUTABLE);

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
            throw Errors.attributeError("attribute '%s' of '%s' objects is not writable", name, owner.tpName());
        }
        setter.apply(obj, value);
    }

    @Override
    public void delete(PyObject obj) {
        if (setter == null) {
            throw Errors.attributeError("attribute '%s' of '%s' objects is not writable", name, owner.tpName());
        }
        setter.apply(obj, null);
    }
}
