package dev.weft.runtime.modules;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

/** {@code types.SimpleNamespace} (the type of {@code sys.implementation}): attributes with a readable repr. */
public final class Namespace extends DerivedObject {
    public static final PyType TYPE = ModuleTypes.type("types", "SimpleNamespace", Namespace.class, null, true,
            Namespace::define);

    public Namespace() {
        super(TYPE);
    }

    private Namespace(PyType t) {
        super(t);
    }

    public Namespace with(String name, PyObject value) {
        instanceDict().setItem(PyStr.intern(name), value);
        return this;
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> new Namespace(cls));
        t.defV("__init__", (s, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            if (npos > 1) {
                throw Errors.typeError("SimpleNamespace expected at most 1 positional argument, got %d", npos);
            }
            PyDict d = ((Namespace) s).instanceDict();
            if (npos == 1) {
                // 3.13: a mapping or an iterable of key/value pairs, as dict() takes
                PyObject src = args[0] instanceof PyDict ? args[0] : dev.weft.runtime.ops.Calls.call1(PyDict.TYPE, args[0]);
                PyObject[][] kv = ((PyDict) src).snapshot();
                for (PyObject k : kv[0]) {
                    if (!(k instanceof dev.weft.runtime.types.PyStr)) {
                        throw Errors.typeError("keywords must be strings, not '%s'", k.type().name());
                    }
                }
                for (int i = 0; i < kv[0].length; i++) {
                    d.setItem(kv[0][i], kv[1][i]);
                }
            }
            for (int i = 0; i < nkw; i++) {
                d.setItem(PyStr.intern(kw[i]), args[npos + i]);
            }
            return PyNone.NONE;
        });
        t.def0("__repr__", s -> {
            String name = s.type() == TYPE ? "namespace" : s.type().name();
            PyObject[][] kv = ((Namespace) s).instanceDict().snapshot();
            StringBuilder sb = new StringBuilder(name).append('(');
            for (int i = 0; i < kv[0].length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Ops.strString(kv[0][i])).append('=').append(Ops.reprString(kv[1][i]));
            }
            return PyStr.of(sb.append(')').toString());
        });
        // 3.13: copy.replace(ns, **changes) makes a new namespace of the same type
        t.defV("__replace__", (s, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (args.length > nkw) {
                throw Errors.typeError("__replace__() takes no positional arguments");
            }
            Namespace copy = new Namespace(s.type());
            PyObject[][] kv = ((Namespace) s).instanceDict().snapshot();
            for (int i = 0; i < kv[0].length; i++) {
                copy.instanceDict().setItem(kv[0][i], kv[1][i]);
            }
            for (int i = 0; i < nkw; i++) {
                copy.instanceDict().setItem(PyStr.intern(kw[i]), args[i]);
            }
            return copy;
        });
        t.def1("__eq__", (s, o) -> {
            if (!(o instanceof Namespace n)) {
                return Ops.NOT_IMPLEMENTED;
            }
            return Ops.eq(((Namespace) s).instanceDict(), n.instanceDict());
        });
    }
}
