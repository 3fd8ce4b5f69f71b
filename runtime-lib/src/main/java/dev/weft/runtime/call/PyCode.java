package dev.weft.runtime.call;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/**
 * A function's {@code __code__}: a read-only view of its {@link CodeInfo} with CPython's
 * {@code co_*} attributes (no bytecode: {@code co_code} and friends do not exist here).
 */
public final class PyCode extends PyObject {
    public static final PyType TYPE = new PyType("code", PyCode.class, PyType.OBJECT, PyCode::define, PyType.IMMUTABLE);

    /** CPython's CO_OPTIMIZED | CO_NEWLOCALS, set for every function's code. */
    private static final int FUNCTION_FLAGS = 0x1 | 0x2;
    private static final int CO_NESTED = 0x10;

    private final CodeInfo info;

    private PyCode(CodeInfo info) {
        this.info = info;
    }

    /** The one code object of {@code info} (so {@code f.__code__ is f.__code__}). */
    public static PyCode of(CodeInfo info) {
        PyCode c = info.codeObject;
        if (c == null) {
            synchronized (info) {
                c = info.codeObject;
                if (c == null) {
                    c = new PyCode(info);
                    info.codeObject = c;
                }
            }
        }
        return c;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static CodeInfo info(PyObject self) {
        return ((PyCode) self).info;
    }

    private static PyTuple strings(String[] names) {
        PyObject[] items = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            items[i] = PyStr.intern(names[i]);
        }
        return PyTuple.of(items);
    }

    private static void define(PyType t) {
        t.defGetSet("co_name", self -> PyStr.of(info(self).name), null);
        t.defGetSet("co_qualname", self -> PyStr.of(info(self).qualname), null);
        t.defGetSet("co_filename", self -> PyStr.of(info(self).filename), null);
        t.defGetSet("co_firstlineno", self -> PyInt.of(info(self).firstLineNo), null);
        t.defGetSet("co_argcount", self -> PyInt.of(info(self).argCount), null);
        t.defGetSet("co_posonlyargcount", self -> PyInt.of(info(self).posOnlyCount), null);
        t.defGetSet("co_kwonlyargcount", self -> PyInt.of(info(self).kwOnlyCount), null);
        t.defGetSet("co_nlocals", self -> PyInt.of(info(self).varNames.length), null);
        t.defGetSet("co_varnames", self -> strings(info(self).varNames), null);
        t.defGetSet("co_cellvars", self -> strings(info(self).cellVars), null);
        t.defGetSet("co_freevars", self -> strings(info(self).freeVars), null);
        t.defGetSet("co_flags", self -> {
            CodeInfo c = info(self);
            return PyInt.of(FUNCTION_FLAGS | c.flags | (c.qualname.contains("<locals>") ? CO_NESTED : 0));
        }, null);
        t.def0("__repr__", self -> PyStr.of(String.format("<code object %s at 0x%x, file \"%s\", line %d>",
                info(self).name, System.identityHashCode(self), info(self).filename, info(self).firstLineNo)));
    }
}
