package dev.weft.runtime.call;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;

/**
 * A closure cell. Reads and writes are plain: like CPython's free-threaded build, racing
 * updates may be lost but never corrupt (a reference write is atomic on the JVM).
 */
public final class PyCell extends PyObject {
    public static final PyType TYPE = new PyType("cell", PyCell.class, PyType.OBJECT,
            CallableMethods::defineCell, PyType.IMMUTABLE);

    public PyObject value;

    public PyCell() { }

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Reads a free variable, raising CPython's NameError when the cell is empty. */
    public PyObject getFree(String varName) {
        PyObject v = value;
        if (v == null) {
            throw Errors.nameError(varName, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", varName);
        }
        return v;
    }

    /** Reads a local variable that lives in a cell, raising UnboundLocalError when empty. */
    public PyObject getLocal(String varName) {
        PyObject v = value;
        if (v == null) {
            throw Errors.unboundLocal(varName);
        }
        return v;
    }
}
