package dev.weft.runtime.modules.contextvars;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyStr;

/** {@code contextvars.Token}: what {@code ContextVar.set} returns, to undo it once with {@code reset}. */
public final class PyContextToken extends PyObject {
    static final PyType TYPE = ModuleDefs.type("_contextvars", "Token", PyContextToken.class, PyType.OBJECT,
            PyContextToken::define, 0);

    /** {@code Token.MISSING}: the old value of a variable that had none. */
    static final PyObject MISSING = new PyObject() {
        private final PyType type = ModuleDefs.type("_contextvars", "Token.MISSING", Object.class, PyType.OBJECT,
                t -> t.def0("__repr__", self -> PyStr.intern("<Token.MISSING>")), 0);

        @Override
        public PyType type() {
            return type;
        }
    };

    final PyContext context;
    final PyContextVar var;
    /** The value before the set, or null if there was none. */
    final PyObject oldValue;
    volatile boolean used;

    PyContextToken(PyContext context, PyContextVar var, PyObject oldValue) {
        this.context = context;
        this.var = var;
        this.oldValue = oldValue;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static void define(PyType t) {
        t.defGetSet("var", self -> ((PyContextToken) self).var, null);
        t.defGetSet("old_value", self -> {
            PyObject v = ((PyContextToken) self).oldValue;
            return v == null ? MISSING : v;
        }, null);
        t.def0("__repr__", self -> {
            PyContextToken tok = (PyContextToken) self;
            return PyStr.of("<Token" + (tok.used ? " used" : "") + " var=" + Ops.reprString(tok.var) + " at 0x"
                    + Long.toHexString(Ops.identityHash(tok)) + ">");
        });
        t.def("__class_getitem__", ModuleTypes.classGetItem());
    }

    static void defineMissing(PyType tokenType) {
        tokenType.def("MISSING", MISSING);
    }
}
