package dev.weft.runtime.modules;

import dev.weft.runtime.core.Derived;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.types.PyDict;

/**
 * Base of the objects of module types that Python code may subclass ({@code threading.Thread},
 * {@code queue.Queue}, ...): one Java class serves the type and all its Python subclasses,
 * carrying the Python type, an instance dict (created on first use, when the type has one)
 * and the slots of {@code __slots__} subclasses.
 */
public abstract class DerivedObject extends PyObject implements Derived {
    private static final PyObject[] NO_SLOTS = new PyObject[0];

    private volatile PyType type;
    private volatile PyDict dict;
    private final PyObject[] slots;

    protected DerivedObject(PyType type) {
        this.type = type;
        this.slots = type.slotCount() == 0 ? NO_SLOTS : new PyObject[type.slotCount()];
    }

    @Override
    public final PyType type() {
        return type;
    }

    @Override
    public final void setType(PyType t) {
        type = t;
    }

    @Override
    public PyDict instanceDict() {
        PyDict d = dict;
        if (d == null && type.instancesHaveDict()) {
            synchronized (this) {
                if (dict == null) {
                    dict = new PyDict();
                }
                d = dict;
            }
        }
        return d;
    }

    @Override
    public final void setInstanceDict(PyDict d) {
        dict = d;
    }

    @Override
    public final PyObject[] slots() {
        return slots;
    }
}
