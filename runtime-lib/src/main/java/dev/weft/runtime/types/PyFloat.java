package dev.weft.runtime.types;

import dev.weft.runtime.core.Derived;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;

/** {@code float}: an IEEE double. */
public class PyFloat extends PyObject {
    public static final PyType TYPE = new PyType("float", PyFloat.class, PyType.OBJECT, FloatMethods::define,
            PyType.BASETYPE | PyType.IMMUTABLE);

    public final double value;

    protected PyFloat(double value) {
        this.value = value;
    }

    public static PyFloat of(double v) {
        return new PyFloat(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** An instance of a user subclass of float. */
    public static final class Sub extends PyFloat implements Derived {
        private volatile PyType type;
        private volatile PyDict dict;
        private final PyObject[] slots;

        public Sub(PyType type, double v) {
            super(v);
            this.type = type;
            this.dict = type.instancesHaveDict() ? new PyDict() : null;
            this.slots = new PyObject[type.slotCount()];
        }

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }
        @Override public PyDict instanceDict() { return dict; }
        @Override public void setInstanceDict(PyDict d) { dict = d; }
        @Override public PyObject[] slots() { return slots; }
    }
}
