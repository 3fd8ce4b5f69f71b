package dev.weft.runtime.exc;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;

/** ImportError with {@code msg}, {@code name}, {@code path}. */
public final class PyImportError extends PyBaseException {
    private volatile PyObject msg;
    private volatile PyObject name;
    private volatile PyObject path;
    private volatile PyObject nameFrom;

    public PyImportError(PyType type) {
        super(type);
    }

    @Override
    public void init(PyObject[] a) {
        super.init(a);
        msg = a.length == 1 ? a[0] : null;
    }

    public PyObject msg() { return orNone(msg); }
    public PyObject name() { return orNone(name); }
    public PyObject path() { return orNone(path); }
    public PyObject nameFrom() { return orNone(nameFrom); }
    public void setMsg(PyObject m) { msg = m; }
    public void setName(PyObject n) { name = n; }
    public void setPath(PyObject p) { path = p; }
    public void setNameFrom(PyObject p) { nameFrom = p; }

    @Override
    public String strValue() {
        if (msg != null && msg != dev.weft.runtime.types.PyNone.NONE) {
            return strOf(msg);
        }
        return super.strValue();
    }
}
