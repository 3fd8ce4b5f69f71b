package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;

/** {@code types.GenericAlias}: what {@code list[int]} evaluates to. */
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = new PyType("types.GenericAlias", PyGenericAlias.class, PyType.OBJECT,
            PyGenericAlias::define, PyType.IMMUTABLE);

    public final PyObject origin;
    public final PyTuple args;

    public PyGenericAlias(PyObject origin, PyObject args) {
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static String typeRepr(PyObject o) {
        if (o instanceof PyType t) {
            PyObject m = Attr.getAttrOrNull(t, "__module__");
            String q = t.qualname();
            return m instanceof PyStr s && !s.value().equals("builtins") ? s.value() + "." + q : q;
        }
        if (o == PySingleton.ELLIPSIS) {
            return "...";
        }
        return Ops.reprString(o);
    }

    /** The type variables among the arguments (those with {@code __typing_subst__}) and their own parameters, in order. */
    PyTuple parameters() {
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        for (PyObject a : args.toArray()) {
            if (a instanceof PyType) {
                continue;
            }
            if (Attr.getAttrOrNull(a, "__typing_subst__") != null) {
                if (!out.contains(a)) {
                    out.add(a);
                }
            } else if (Attr.getAttrOrNull(a, "__parameters__") instanceof PyTuple ps) {
                for (PyObject p : ps.toArray()) {
                    if (!out.contains(p)) {
                        out.add(p);
                    }
                }
            }
        }
        return PyTuple.of(out.toArray(new PyObject[0]));
    }

    static void define(PyType t) {
        // types.GenericAlias(origin, args): what classmethod(GenericAlias) as __class_getitem__ calls
        t.defNew((cls, a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw dev.weft.runtime.exc.Errors.typeError("GenericAlias() takes no keyword arguments");
            }
            if (a.length != 2) {
                throw dev.weft.runtime.exc.Errors.typeError("GenericAlias expected 2 arguments, got %d", a.length);
            }
            return new PyGenericAlias(a[0], a[1]);
        });
        t.def0("__repr__", self -> {
            PyGenericAlias g = (PyGenericAlias) self;
            StringBuilder sb = new StringBuilder(typeRepr(g.origin)).append('[');
            for (int i = 0; i < g.args.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(typeRepr(g.args.get(i)));
            }
            if (g.args.size() == 0) {
                sb.append("()");
            }
            return PyStr.of(sb.append(']').toString());
        });
        t.defGetSet("__origin__", self -> ((PyGenericAlias) self).origin, null);
        t.defGetSet("__args__", self -> ((PyGenericAlias) self).args, null);
        // True only for CPython's starred form (*tuple[int, ...]), which weft does not make
        t.defGetSet("__unpacked__", self -> PyBool.FALSE, null);
        t.defV("__call__", (self, args, kw) -> ((PyGenericAlias) self).origin.call(args, kw));
        t.def1("__eq__", (self, o) -> o instanceof PyGenericAlias b
                ? PyBool.of(Ops.eqBool(((PyGenericAlias) self).origin, b.origin) && Ops.eqBool(((PyGenericAlias) self).args, b.args))
                : PySingleton.NOT_IMPLEMENTED);
        t.def1("__or__", (self, o) -> PyUnionType.or(self, o));
        t.def1("__ror__", (self, o) -> PyUnionType.or(o, self));
        t.def1("__mro_entries__", (self, bases) -> PyTuple.of(((PyGenericAlias) self).origin));
        t.defGetSet("__parameters__", self -> ((PyGenericAlias) self).parameters(), null);
        t.def0("__hash__", self -> PyInt.of(Ops.hash(((PyGenericAlias) self).origin) ^ ((PyGenericAlias) self).args.hash()));
    }
}
