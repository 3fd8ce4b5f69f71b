package dev.weft.runtime.modules.contextvars;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

/** {@code contextvars.ContextVar}: a key into the current thread's {@link PyContext}; hashed by identity. */
public final class PyContextVar extends PyObject {
    static final PyType TYPE = ModuleDefs.type("_contextvars", "ContextVar", PyContextVar.class, PyType.OBJECT,
            PyContextVar::define, 0);

    final String name;
    /** The default given at creation, or null. */
    final PyObject dflt;

    private PyContextVar(String name, PyObject dflt) {
        this.name = name;
        this.dflt = dflt;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code var.get([default])}; null {@code fallback} means none was given. */
    PyObject get(PyObject fallback) {
        PyObject v = PyContext.current().vars.get(this);
        if (v != null) {
            return v;
        }
        if (fallback != null) {
            return fallback;
        }
        if (dflt != null) {
            return dflt;
        }
        throw PyContext.lookupError(this);
    }

    PyContextToken set(PyObject value) {
        PyContext ctx = PyContext.current();
        PyObject old = ctx.vars.get(this);
        ctx.set(this, value);
        return new PyContextToken(ctx, this, old);
    }

    void reset(PyObject t) {
        if (!(t instanceof PyContextToken token)) {
            throw Errors.typeError("expected an instance of Token, got %s", Ops.reprString(t));
        }
        if (token.used) {
            throw Errors.runtimeError("%s has already been used once", Ops.reprString(token));
        }
        if (token.var != this) {
            throw Errors.valueError("%s was created by a different ContextVar", Ops.reprString(token));
        }
        PyContext ctx = PyContext.current();
        if (token.context != ctx) {
            throw Errors.valueError("%s was created in a different Context", Ops.reprString(token));
        }
        token.used = true;
        ctx.set(this, token.oldValue);
    }

    private static PyContextVar self(PyObject o) {
        return (PyContextVar) o;
    }

    private static void define(PyType t) {
        t.defNew((cls, args, kw) -> {
            int npos = args.length - (kw == null ? 0 : kw.length);
            if (npos == 0) {
                throw Errors.typeError("ContextVar() takes exactly 1 positional argument (0 given)");
            }
            if (npos > 1) {
                throw Errors.typeError("ContextVar() takes at most 1 positional argument (%d given)", npos);
            }
            PyObject[] a = ArgParse.parse("ContextVar", args, kw, new String[] {"name", "*default"}, 1);
            if (!(a[0] instanceof PyStr s)) {
                throw Errors.typeError("context variable name must be a str");
            }
            return new PyContextVar(s.value(), a[1]);
        });
        t.defGetSet("name", self -> PyStr.of(self(self).name), null);
        t.def1("get", 0, (self, d) -> self(self).get(d));
        t.def1("set", (self, v) -> self(self).set(v));
        t.def1("reset", (self, token) -> {
            self(self).reset(token);
            return PyNone.NONE;
        });
        t.def0("__repr__", self -> {
            PyContextVar v = self(self);
            String d = v.dflt == null ? "" : " default=" + Ops.reprString(v.dflt);
            return PyStr.of("<ContextVar name=" + Ops.reprString(PyStr.of(v.name)) + d + " at 0x"
                    + Long.toHexString(Ops.identityHash(v)) + ">");
        });
        t.def("__class_getitem__", ModuleTypes.classGetItem());
    }
}
