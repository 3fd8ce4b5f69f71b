package dev.weft.runtime.call;

import dev.weft.runtime.core.Descriptor;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

/** {@code property}: a data descriptor made of getter, setter and deleter functions. */
public class PyProperty extends PyObject implements Descriptor {
    public static final PyType TYPE = new PyType("property", PyProperty.class, PyType.OBJECT,
            CallableMethods::defineProperty, PyType.IMMUTABLE | PyType.BASETYPE);

    public final PyObject fget, fset, fdel, doc;
    private final String name;

    public PyProperty(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = none(fget);
        this.fset = none(fset);
        this.fdel = none(fdel);
        PyObject d = none(doc);
        if (d == null && this.fget != null) {
            d = Attr.getAttrOrNull(this.fget, "__doc__");
        }
        this.doc = d == null ? PyNone.NONE : d;
        PyObject n = this.fget == null ? null : Attr.getAttrOrNull(this.fget, "__name__");
        this.name = n instanceof PyStr s ? s.toString() : null;
    }

    private static PyObject none(PyObject o) {
        return o == null || o == PyNone.NONE ? null : o;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean isData() {
        return true;
    }

    private String describe(PyObject obj) {
        return name == null ? "property of '" + obj.type().name() + "' object"
                : "property '" + name + "' of '" + obj.type().name() + "' object";
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        if (fget == null) {
            throw Errors.attributeError("%s has no getter", describe(obj));
        }
        return Calls.call1(fget, obj);
    }

    @Override
    public void set(PyObject obj, PyObject value) {
        if (fset == null) {
            throw Errors.attributeError("%s has no setter", describe(obj));
        }
        Calls.call2(fset, obj, value);
    }

    @Override
    public void delete(PyObject obj) {
        if (fdel == null) {
            throw Errors.attributeError("%s has no deleter", describe(obj));
        }
        Calls.call1(fdel, obj);
    }

    public String name() {
        return name;
    }

    /** An instance of a Python subclass (abc.abstractproperty and the like). */
    public static final class Sub extends PyProperty implements dev.weft.runtime.core.Derived {
        private volatile PyType type;
        private volatile dev.weft.runtime.types.PyDict dict;
        private final PyObject[] slots;

        public Sub(PyType type, PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
            super(fget, fset, fdel, doc);
            this.type = type;
            this.dict = type.instancesHaveDict() ? new dev.weft.runtime.types.PyDict() : null;
            this.slots = new PyObject[type.slotCount()];
        }

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }
        @Override public dev.weft.runtime.types.PyDict instanceDict() { return dict; }
        @Override public void setInstanceDict(dev.weft.runtime.types.PyDict d) { dict = d; }
        @Override public PyObject[] slots() { return slots; }
    }
}
