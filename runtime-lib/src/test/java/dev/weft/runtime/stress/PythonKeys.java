package dev.weft.runtime.stress;

import dev.weft.runtime.Py;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;

/** A user class with Python-level {@code __eq__} and {@code __hash__}, so dict operations run Python code. */
final class PythonKeys {
    private PythonKeys() { }

    static PyObject keyClass() {
        PyObject init = Py.fn("__init__", (f, a) -> {
            Attr.setAttr(a[0], "v", a[1]);
            return PyNone.NONE;
        }, "self", "v");
        PyObject eq = Py.fn("__eq__", (f, a) -> PyBool.of(a[1].type() == a[0].type()
                && Ops.eqBool(Attr.getAttr(a[0], "v"), Attr.getAttr(a[1], "v"))), "self", "other");
        PyObject hash = Py.fn("__hash__", (f, a) -> PyInt.of(((PyInt) Attr.getAttr(a[0], "v")).longValue() % 97),
                "self");
        return Py.cls("Key", new PyObject[0], Py.ns("__init__", init, "__eq__", eq, "__hash__", hash));
    }
}
