package dev.weft.runtime.types;

import dev.weft.runtime.core.PyType;

/** {@code bool}: the two immortal instances True and False. */
public final class PyBool extends PyInt {
    public static final PyType TYPE = new PyType("bool", PyBool.class, PyInt.TYPE, IntMethods::defineBool,
            PyType.IMMUTABLE);

    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
