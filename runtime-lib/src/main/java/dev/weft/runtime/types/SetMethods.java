package dev.weft.runtime.types;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.ops.ReprGuard;

/** Methods of {@code set} and {@code frozenset}, following CPython's algorithms (so that element order matches). */
final class SetMethods {
    private SetMethods() { }

    private static final PyObject NI = PySingleton.NOT_IMPLEMENTED;

    private static PySet s(PyObject o) {
        return (PySet) o;
    }

    private static boolean isSetLike(PyObject o) {
        return o instanceof PySet;
    }

    static PySet newLike(PySet proto) {
        return proto.isFrozen() ? new PySet.Frozen() : new PySet();
    }

    /** Adds everything from an iterable, with CPython's pre-sizing for sets and dicts. */
    static void fill(PySet target, PyObject iterable) {
        if (iterable instanceof PySet src) {
            target.mergeFromSet(src.toArray());
        } else if (iterable.getClass() == PyDict.class) {
            target.mergeFromSet(((PyDict) iterable).snapshot()[0]);
        } else {
            target.addAll(Protocols.toArray(iterable));
        }
    }

    static PySet copy(PySet src, boolean frozen) {
        PySet r = frozen ? new PySet.Frozen() : new PySet();
        r.mergeFromSet(src.toArray());
        return r;
    }

    private static PySet asSet(PyObject o) {
        if (o instanceof PySet ps) {
            return ps;
        }
        PySet r = new PySet();
        fill(r, o);
        return r;
    }

    static PySet intersection(PySet self, PyObject other) {
        PySet result = newLike(self);
        PySet o = asSet(other);
        PySet small = self, big = o;
        if (o.size() < self.size()) {
            small = o;
            big = self;
        }
        for (PyObject x : small.toArray()) {
            if (big.contains(x)) {
                result.add(x);
            }
        }
        return result;
    }

    static PySet difference(PySet self, PyObject other) {
        PySet o = asSet(other);
        if ((self.size() >> 2) > o.size()) {
            PySet r = copy(self, self.isFrozen());
            for (PyObject x : o.toArray()) {
                r.discard(x);
            }
            return r;
        }
        PySet r = newLike(self);
        for (PyObject x : self.toArray()) {
            if (!o.contains(x)) {
                r.add(x);
            }
        }
        return r;
    }

    /** As CPython: a copy of {@code other}, then each element of self toggled in it. */
    static PySet symmetricDifference(PySet self, PyObject other) {
        PySet r = newLike(self);
        fill(r, other);
        for (PyObject x : self.toArray()) {
            if (!r.discard(x)) {
                r.add(x);
            }
        }
        return r;
    }

    static PySet union(PySet self, PyObject other) {
        PySet r = copy(self, self.isFrozen());
        fill(r, other);
        return r;
    }

    static boolean isSubset(PySet a, PySet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (PyObject x : a.toArray()) {
            if (!b.contains(x)) {
                return false;
            }
        }
        return true;
    }

    static void defineCommon(PyType t) {
        t.def0("__len__", self -> PyInt.of(s(self).size()));
        t.def1("__contains__", (self, x) -> {
            if (x instanceof PySet xs && !xs.isFrozen() && xs.getClass() == PySet.class) {
                try {
                    return PyBool.of(s(self).contains(x));
                } catch (dev.weft.runtime.exc.PyException e) {
                    return PyBool.of(s(self).contains(copy(xs, true)));
                }
            }
            return PyBool.of(s(self).contains(x));
        });
        t.def0("__iter__", self -> new Iterators.SetIter(s(self)));
        // (type(self), (list(self),), self.__dict__ or None): what copy and pickle rebuild a set from
        t.def0("__reduce__", self -> {
            PyDict d = self instanceof dev.weft.runtime.core.HasDict h ? h.instanceDict() : null;
            return PyTuple.of(self.type(), PyTuple.of(new PyList(s(self).toArray())),
                    d == null || d.size() == 0 ? PyNone.NONE : d);
        });
        t.def0("__repr__", self -> {
            PySet set = s(self);
            String name = self.type().name();
            if (!ReprGuard.enter(self)) {
                return PyStr.of(name + "(...)");
            }
            try {
                PyObject[] items = set.toArray();
                boolean plainSet = self.type() == PySet.TYPE;
                if (items.length == 0) {
                    return PyStr.of(name + "()");
                }
                String body = SequenceMethods.joinRepr(items, "{", "}", false);
                return PyStr.of(plainSet ? body : name + "(" + body + ")");
            } finally {
                ReprGuard.exit(self);
            }
        });
        t.def1("__eq__", (self, o) -> isSetLike(o) ? PyBool.of(s(self).size() == s(o).size() && isSubset(s(self), s(o))) : NI);
        t.def1("__ne__", (self, o) -> isSetLike(o) ? PyBool.of(!(s(self).size() == s(o).size() && isSubset(s(self), s(o)))) : NI);
        t.def1("__le__", (self, o) -> isSetLike(o) ? PyBool.of(isSubset(s(self), s(o))) : NI);
        t.def1("__lt__", (self, o) -> isSetLike(o) ? PyBool.of(s(self).size() < s(o).size() && isSubset(s(self), s(o))) : NI);
        t.def1("__ge__", (self, o) -> isSetLike(o) ? PyBool.of(isSubset(s(o), s(self))) : NI);
        t.def1("__gt__", (self, o) -> isSetLike(o) ? PyBool.of(s(self).size() > s(o).size() && isSubset(s(o), s(self))) : NI);
        t.def1("__and__", (self, o) -> isSetLike(o) ? intersection(s(self), o) : NI);
        t.def1("__rand__", (self, o) -> isSetLike(o) ? intersection(s(o), self) : NI);
        t.def1("__or__", (self, o) -> isSetLike(o) ? union(s(self), o) : NI);
        t.def1("__ror__", (self, o) -> isSetLike(o) ? union(s(o), self) : NI);
        t.def1("__sub__", (self, o) -> isSetLike(o) ? difference(s(self), o) : NI);
        t.def1("__rsub__", (self, o) -> isSetLike(o) ? difference(s(o), self) : NI);
        t.def1("__xor__", (self, o) -> isSetLike(o) ? symmetricDifference(s(self), o) : NI);
        t.def1("__rxor__", (self, o) -> isSetLike(o) ? symmetricDifference(s(o), self) : NI);
        t.defV("union", (self, args, kw) -> {
            ArgParse.noKeywords("union", kw);
            PySet r = copy(s(self), s(self).isFrozen());
            for (PyObject a : args) {
                fill(r, a);
            }
            return r;
        });
        t.defV("intersection", (self, args, kw) -> {
            ArgParse.noKeywords("intersection", kw);
            PySet r = args.length == 0 ? copy(s(self), s(self).isFrozen()) : s(self);
            for (PyObject a : args) {
                r = intersection(r, a);
            }
            return r;
        });
        t.defV("difference", (self, args, kw) -> {
            ArgParse.noKeywords("difference", kw);
            PySet r = copy(s(self), s(self).isFrozen());
            for (PyObject a : args) {
                r = difference(r, a);
            }
            return r;
        });
        t.def1("symmetric_difference", (self, o) -> symmetricDifference(s(self), o));
        t.def1("issubset", (self, o) -> PyBool.of(isSubset(s(self), asSet(o))));
        t.def1("issuperset", (self, o) -> PyBool.of(isSubset(asSet(o), s(self))));
        t.def1("isdisjoint", (self, o) -> {
            for (PyObject x : Protocols.toArray(o)) {
                if (s(self).contains(x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        t.def("__class_getitem__", ListMethods.classGetItem());
    }

    static void defineSet(PyType t) {
        defineCommon(t);
        t.defNew((cls, args, kw) -> cls == PySet.TYPE ? new PySet() : new PySet.Sub(cls));
        t.defV("__init__", (self, args, kw) -> {
            ArgParse.noKeywords("set", kw);
            if (args.length > 1) {
                throw Errors.typeError("set expected at most 1 argument, got %d", args.length);
            }
            s(self).clear();
            if (args.length == 1) {
                fill(s(self), args[0]);
            }
            return PyNone.NONE;
        });
        t.def("__hash__", PyNone.NONE);
        t.def1("add", (self, x) -> {
            s(self).add(x);
            return PyNone.NONE;
        });
        t.def1("remove", (self, x) -> {
            if (!s(self).discard(x)) {
                throw Errors.keyError(x);
            }
            return PyNone.NONE;
        });
        t.def1("discard", (self, x) -> {
            s(self).discard(x);
            return PyNone.NONE;
        });
        t.def0("pop", self -> s(self).pop());
        t.def0("clear", self -> {
            s(self).clear();
            return PyNone.NONE;
        });
        t.def0("copy", self -> copy(s(self), false));
        t.defV("update", (self, args, kw) -> {
            ArgParse.noKeywords("update", kw);
            for (PyObject a : args) {
                fill(s(self), a);
            }
            return PyNone.NONE;
        });
        t.defV("intersection_update", (self, args, kw) -> {
            PySet r = s(self);
            for (PyObject a : args) {
                r = intersection(r, a);
            }
            replaceContent(s(self), r);
            return PyNone.NONE;
        });
        t.defV("difference_update", (self, args, kw) -> {
            for (PyObject a : args) {
                for (PyObject x : Protocols.toArray(a)) {
                    s(self).discard(x);
                }
            }
            return PyNone.NONE;
        });
        t.def1("symmetric_difference_update", (self, o) -> {
            for (PyObject x : asSet(o).toArray()) {
                if (!s(self).discard(x)) {
                    s(self).add(x);
                }
            }
            return PyNone.NONE;
        });
        t.def1("__ior__", (self, o) -> {
            if (!isSetLike(o)) {
                return NI;
            }
            fill(s(self), o);
            return self;
        });
        t.def1("__iand__", (self, o) -> {
            if (!isSetLike(o)) {
                return NI;
            }
            replaceContent(s(self), intersection(s(self), o));
            return self;
        });
        t.def1("__isub__", (self, o) -> {
            if (!isSetLike(o)) {
                return NI;
            }
            for (PyObject x : s(o).toArray()) {
                s(self).discard(x);
            }
            return self;
        });
        t.def1("__ixor__", (self, o) -> {
            if (!isSetLike(o)) {
                return NI;
            }
            for (PyObject x : s(o).toArray()) {
                if (!s(self).discard(x)) {
                    s(self).add(x);
                }
            }
            return self;
        });
    }

    private static void replaceContent(PySet target, PySet content) {
        PyObject[] items = content.toArray();
        target.clear();
        target.mergeFromSet(items);
    }

    static void defineFrozenSet(PyType t) {
        defineCommon(t);
        t.defNew((cls, args, kw) -> {
            ArgParse.noKeywords("frozenset", kw);
            if (args.length > 1) {
                throw Errors.typeError("frozenset expected at most 1 argument, got %d", args.length);
            }
            if (args.length == 1 && args[0].getClass() == PySet.Frozen.class && cls == PySet.FROZENSET_TYPE) {
                return args[0];
            }
            PySet r = cls == PySet.FROZENSET_TYPE ? new PySet.Frozen() : new PySet.Sub(cls);
            if (args.length == 1) {
                fill(r, args[0]);
            }
            return r;
        });
        t.def0("__hash__", self -> {
            if (self instanceof PySet.Frozen f) {
                return PyInt.of(f.frozenHash());
            }
            PySet.Frozen tmp = (PySet.Frozen) copy(s(self), true);
            return PyInt.of(tmp.frozenHash());
        });
        t.def0("copy", self -> self.getClass() == PySet.Frozen.class ? self : copy(s(self), true));
    }

}
