package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.ops.ReprGuard;

/** {@code dict_keys}, {@code dict_values}, {@code dict_items}: live views of a dict. */
public final class PyDictView extends PyObject {
    public static final PyType KEYS_TYPE = new PyType("dict_keys", PyDictView.class, PyType.OBJECT,
            t -> define(t, true), PyType.IMMUTABLE);
    public static final PyType VALUES_TYPE = new PyType("dict_values", PyDictView.class, PyType.OBJECT,
            t -> define(t, false), PyType.IMMUTABLE);
    public static final PyType ITEMS_TYPE = new PyType("dict_items", PyDictView.class, PyType.OBJECT,
            t -> define(t, true), PyType.IMMUTABLE);

    final PyDict dict;
    final Iterators.DictKind kind;

    public PyDictView(PyDict dict, Iterators.DictKind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return kind == Iterators.DictKind.KEYS ? KEYS_TYPE : kind == Iterators.DictKind.VALUES ? VALUES_TYPE : ITEMS_TYPE;
    }

    /** {@code iter(view)}: the view's types are immutable, so this is always their {@code __iter__}. */
    public PyIterator iterator() {
        return new Iterators.DictIter(dict, kind);
    }

    /** The view's elements now (items as 2-tuples). */
    PyObject[] elements() {
        PyObject[][] s = dict.snapshot();
        switch (kind) {
            case KEYS: return s[0];
            case VALUES: return s[1];
            default:
                PyObject[] out = new PyObject[s[0].length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = PyTuple.of(s[0][i], s[1][i]);
                }
                return out;
        }
    }

    private static PyDictView v(PyObject o) {
        return (PyDictView) o;
    }

    private static PySet toSet(PyObject o) {
        PySet s = new PySet();
        s.addAll(o instanceof PyDictView dv ? dv.elements() : Protocols.toArray(o));
        return s;
    }

    private static boolean containsElement(PyDictView view, PyObject x) {
        switch (view.kind) {
            case KEYS: return view.dict.containsKey(x);
            case ITEMS: {
                if (!(x instanceof PyTuple t) || t.size() != 2) {
                    return false;
                }
                PyObject v = view.dict.getItemOrNull(t.get(0));
                return v != null && Ops.eqBool(v, t.get(1));
            }
            default:
                for (PyObject o : view.elements()) {
                    if (Ops.eqBool(o, x)) {
                        return true;
                    }
                }
                return false;
        }
    }

    static void define(PyType t, boolean setLike) {
        t.def0("__len__", self -> PyInt.of(v(self).dict.size()));
        t.def0("__iter__", self -> v(self).iterator());
        t.def0("__reversed__", self -> {
            PyObject[] e = v(self).elements();
            java.util.Collections.reverse(java.util.Arrays.asList(e));
            return new Iterators.ArrayIter(Iterators.DICT_KEY_ITER, e);
        });
        t.def1("__contains__", (self, x) -> PyBool.of(containsElement(v(self), x)));
        t.defGetSet("mapping", self -> MappingProxyAccess.of(v(self).dict), null);
        t.def0("__repr__", self -> {
            if (!ReprGuard.enter(self)) {
                return PyStr.of("...");
            }
            try {
                return PyStr.of(self.type().name() + "(" + SequenceMethods.joinRepr(v(self).elements(), "[", "]", false) + ")");
            } finally {
                ReprGuard.exit(self);
            }
        });
        if (!setLike) {
            return;
        }
        t.def1("__and__", (self, o) -> SetMethods.intersection(toSet(self), o));
        t.def1("__rand__", (self, o) -> SetMethods.intersection(toSet(o), self));
        t.def1("__or__", (self, o) -> {
            PySet s = toSet(self);
            s.addAll(Protocols.toArray(o));
            return s;
        });
        t.def1("__ror__", (self, o) -> {
            PySet s = toSet(o);
            s.addAll(v(self).elements());
            return s;
        });
        t.def1("__sub__", (self, o) -> SetMethods.difference(toSet(self), o));
        t.def1("__rsub__", (self, o) -> SetMethods.difference(toSet(o), self));
        t.def1("__xor__", (self, o) -> SetMethods.symmetricDifference(toSet(self), toSet(o)));
        t.def1("__rxor__", (self, o) -> SetMethods.symmetricDifference(toSet(o), toSet(self)));
        t.def1("isdisjoint", (self, o) -> {
            for (PyObject x : Protocols.toArray(o)) {
                if (containsElement(v(self), x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        t.def1("__eq__", (self, o) -> {
            if (!(o instanceof PyDictView || o instanceof PySet)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            return Ops.eq(toSet(self), toSet(o));
        });
    }

    /** Indirection so types does not depend on core's proxy at class-init time. */
    static final class MappingProxyAccess {
        private MappingProxyAccess() { }

        static PyObject of(PyDict d) {
            return dev.weft.runtime.core.MappingProxy.of(d);
        }
    }
}
