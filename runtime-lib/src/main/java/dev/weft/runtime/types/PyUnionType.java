package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.core.TypeMethods;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType}: what {@code int | None} evaluates to (CPython's unionobject.c).
 * Immutable: the flattened, de-duplicated arguments, None stored as NoneType.
 */
public final class PyUnionType extends PyObject {
    public static final PyType TYPE = new PyType("types.UnionType", PyUnionType.class, PyType.OBJECT,
            PyUnionType::define, PyType.IMMUTABLE);

    public final PyTuple args;

    private PyUnionType(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** What may be an operand of {@code |} making a union: None, a class, a generic alias, a union, a type alias. */
    static boolean unionable(PyObject o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnionType
                || o.type().name().equals("typing.TypeAliasType");
    }

    /** {@code left | right} for the types that make unions; NotImplemented for other operands. */
    public static PyObject or(PyObject left, PyObject right) {
        if (!unionable(left) || !unionable(right)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        return of(left, right);
    }

    /** The union of two operands without checking them (flattened, de-duplicated; one operand left gives it). */
    public static PyObject of(PyObject left, PyObject right) {
        List<PyObject> items = new ArrayList<>();
        add(items, left);
        add(items, right);
        if (items.size() == 1) {
            return items.get(0);
        }
        return new PyUnionType(PyTuple.of(items.toArray(new PyObject[0])));
    }

    private static void add(List<PyObject> items, PyObject o) {
        if (o instanceof PyUnionType u) {
            for (PyObject a : u.args.toArray()) {
                add(items, a);
            }
            return;
        }
        PyObject item = o == PyNone.NONE ? PyNone.NONE.type() : o;
        for (PyObject seen : items) {
            // Classes compare by identity; generic aliases by value (list[int] twice is one).
            if (seen == item || item instanceof PyGenericAlias && seen instanceof PyGenericAlias && Ops.eqBool(seen, item)) {
                return;
            }
        }
        items.add(item);
    }

    private static String argRepr(PyObject o) {
        if (o == PyNone.NONE.type()) {
            return "None";
        }
        if (o instanceof PyType t && !(o instanceof PyGenericAlias)) {
            PyObject m = Attr.getAttrOrNull(t, "__module__");
            String q = t.qualname();
            return m instanceof PyStr s && !s.value().equals("builtins") ? s.value() + "." + q : q;
        }
        return Ops.reprString(o);
    }

    /** {@code __parameters__}: the type variables among the arguments and their parameters, in order. */
    private PyTuple parameters() {
        List<PyObject> out = new ArrayList<>();
        for (PyObject a : args.toArray()) {
            if (a instanceof PyType) {
                continue;
            }
            if (Attr.getAttrOrNull(a, "__typing_subst__") != null) {
                if (!out.contains(a)) {
                    out.add(a);
                }
            } else {
                PyObject ps = Attr.getAttrOrNull(a, "__parameters__");
                if (ps instanceof PyTuple t) {
                    for (PyObject p : t.toArray()) {
                        if (!out.contains(p)) {
                            out.add(p);
                        }
                    }
                }
            }
        }
        return PyTuple.of(out.toArray(new PyObject[0]));
    }

    private boolean check(PyObject operand, boolean instance) {
        for (PyObject a : args.toArray()) {
            if (a instanceof PyGenericAlias) {
                throw Errors.typeError("%s() argument 2 cannot be a parameterized generic",
                        instance ? "isinstance" : "issubclass");
            }
        }
        for (PyObject a : args.toArray()) {
            if (instance ? TypeMethods.isInstance(operand, a) : TypeMethods.isSubclass(operand, a)) {
                return true;
            }
        }
        return false;
    }

    private static PyUnionType u(PyObject o) {
        return (PyUnionType) o;
    }

    private static java.util.Set<PyObject> argSet(PyUnionType u) {
        java.util.Set<PyObject> s = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        s.addAll(List.of(u.args.toArray()));
        return s;
    }

    static void define(PyType t) {
        t.def0("__repr__", self -> {
            StringBuilder sb = new StringBuilder();
            for (PyObject a : u(self).args.toArray()) {
                if (sb.length() > 0) {
                    sb.append(" | ");
                }
                sb.append(argRepr(a));
            }
            return PyStr.of(sb.toString());
        });
        t.defGetSet("__args__", self -> u(self).args, null);
        t.defGetSet("__parameters__", self -> u(self).parameters(), null);
        t.def1("__or__", (self, other) -> or(self, other));
        t.def1("__ror__", (self, other) -> or(other, self));
        t.def1("__instancecheck__", (self, o) -> PyBool.of(u(self).check(o, true)));
        t.def1("__subclasscheck__", (self, o) -> PyBool.of(u(self).check(o, false)));
        t.def1("__eq__", (self, o) -> o instanceof PyUnionType other
                ? PyBool.of(sameArgs(u(self), other)) : PySingleton.NOT_IMPLEMENTED);
        t.def0("__hash__", self -> {
            long h = 0;
            for (PyObject a : u(self).args.toArray()) {
                h ^= Ops.hash(a);
            }
            return PyInt.of(h);
        });
    }

    private static boolean sameArgs(PyUnionType a, PyUnionType b) {
        if (a.args.size() != b.args.size()) {
            return false;
        }
        java.util.Set<PyObject> sa = argSet(a);
        for (PyObject x : b.args.toArray()) {
            if (!sa.contains(x)) {
                boolean found = false;
                for (PyObject y : a.args.toArray()) {
                    if (Ops.eqBool(x, y)) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return false;
                }
            }
        }
        return true;
    }
}
