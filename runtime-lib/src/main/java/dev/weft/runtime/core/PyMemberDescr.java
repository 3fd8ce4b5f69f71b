package dev.weft.runtime.core;

import dev.weft.runtime.exc.Errors;

/** A {@code __slots__} entry: a data descriptor reading a fixed slot of the instance. */
public final class PyMemberDescr extends PyObject implements Descriptor {
    public static final PyType TYPE = new PyType("member_descriptor", PyMemberDescr.class, PyType.OBJECT,
            t -> t.def0("__repr__", self -> dev.weft.runtime.types.PyStr.of(String.format("<member '%s' of '%s' objects>",
                    ((PyMemberDescr) self).name, ((PyMemberDescr) self).owner.name()))), PyType.IMMUTABLE);

    private final PyType owner;
    private final String name;
    private final int index;

    public PyMemberDescr(PyType owner, String name, int index) {
        this.owner = owner;
        this.name = name;
        this.index = index;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean isData() {
        return true;
    }

    private PyObject[] slotsOf(PyObject obj) {
        if (obj instanceof Derived d && obj.type().isSubtypeOf(owner)) {
            return d.slots();
        }
        throw Errors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                owner.name(), obj.type().name());
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        PyObject v = slotsOf(obj)[index];
        if (v == null) {
            throw Errors.attributeError("'%s' object has no attribute '%s'", obj.type().name(), name);
        }
        return v;
    }

    @Override
    public void set(PyObject obj, PyObject value) {
        slotsOf(obj)[index] = value;
    }

    @Override
    public void delete(PyObject obj) {
        PyObject[] s = slotsOf(obj);
        if (s[index] == null) {
            throw Errors.attributeError("'%s' object has no attribute '%s'", obj.type().name(), name);
        }
        s[index] = null;
    }
}
