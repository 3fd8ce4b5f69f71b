package dev.weft.runtime.call;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;

/** A bound method: a callable bound to its first argument. */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = new PyType("method", PyMethod.class, PyType.OBJECT,
            CallableMethods::defineMethod, PyType.IMMUTABLE);

    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = self;
        System.arraycopy(args, 0, full, 1, args.length);
        return func.call(full, kwnames);
    }
}
