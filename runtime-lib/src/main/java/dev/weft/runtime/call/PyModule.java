package dev.weft.runtime.call;

import dev.weft.runtime.core.HasDict;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

/** A module object: a name and the dict that holds its globals. */
public final class PyModule extends PyObject implements HasDict {
    public static final PyType TYPE = new PyType("module", PyModule.class, PyType.OBJECT,
            CallableMethods::defineModule, PyType.IMMUTABLE | PyType.BASETYPE);

    private final PyDict dict;

    public PyModule(String name) {
        this(name, new PyDict());
    }

    public PyModule(String name, PyDict dict) {
        this.dict = dict;
        dict.setItem(PyStr.intern("__name__"), PyStr.of(name));
        if (dict.getItemOrNull(PyStr.intern("__doc__")) == null) {
            dict.setItem(PyStr.intern("__doc__"), PyNone.NONE);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    public String name() {
        PyObject n = dict.getItemOrNull(PyStr.intern("__name__"));
        return n instanceof PyStr s ? s.toString() : "?";
    }

    /** Sets a global (used by Java-implemented modules to fill themselves). */
    public void put(String name, PyObject value) {
        dict.setItem(PyStr.intern(name), value);
    }

    public PyObject get(String name) {
        return dict.getItemOrNull(PyStr.intern(name));
    }
}
