package dev.weft.runtime.gen;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;

/** What an async generator's body returns for {@code yield v}, to tell it from an await suspension. */
public final class AsyncGenValue extends PyObject {
    static final PyType TYPE = new PyType("async_generator_wrapped_value", AsyncGenValue.class, PyType.OBJECT,
            t -> { }, PyType.IMMUTABLE);

    final PyObject value;

    private AsyncGenValue(PyObject value) {
        this.value = value;
    }

    public static AsyncGenValue of(PyObject v) {
        return new AsyncGenValue(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
