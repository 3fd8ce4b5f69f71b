package dev.weft.runtime.call;

import dev.weft.runtime.core.Descriptor;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;

public class PyClassMethod extends PyObject implements Descriptor {
    public static final PyType TYPE = new PyType("classmethod", PyClassMethod.class, PyType.OBJECT,
            CallableMethods::defineClassMethod, PyType.IMMUTABLE | PyType.BASETYPE);

    public final PyObject func;

    public PyClassMethod(PyObject func) {
        this.func = func;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        return new PyMethod(func, type != null ? type : obj.type());
    }

    /** An instance of a Python subclass (abc.abstractclassmethod and the like). */
    public static final class Sub extends PyClassMethod implements dev.weft.runtime.core.Derived {
        private volatile PyType type;
        private volatile dev.weft.runtime.types.PyDict dict;
        private final PyObject[] slots;

        public Sub(PyType type, PyObject func) {
            super(func);
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
