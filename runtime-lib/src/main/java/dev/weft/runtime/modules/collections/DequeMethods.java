package dev.weft.runtime.modules.collections;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.Fn;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyClassMethod;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.CmpOp;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.ops.ReprGuard;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyGenericAlias;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySingleton;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/** Methods of {@code collections.deque}, with CPython's messages. */
final class DequeMethods {
    private DequeMethods() { }

    private static final PyObject NI = PySingleton.NOT_IMPLEMENTED;

    private static PyDeque d(PyObject o) {
        return (PyDeque) o;
    }

    /** The name CPython's _PyType_Name gives (the last part of tp_name). */
    static String shortName(PyType t) {
        return t.isHeapType() ? t.name() : t.qualname();
    }

    static boolean same(PyObject a, PyObject b) {
        return a == b || Ops.eqBool(a, b);
    }

    /** {@code d.extend(iterable)}: builtin sequences in one atomic step, other iterables item by item. */
    static void extend(PyDeque self, PyObject iterable, boolean left) {
        if (iterable == self || iterable instanceof PyDeque || iterable.getClass() == PyList.class
                || iterable.getClass() == PyTuple.class) {
            PyObject[] items = iterable instanceof PyDeque other ? other.toArray() : Protocols.toArray(iterable);
            self.appendAll(items, left);
            return;
        }
        PyObject it = Protocols.iter(iterable);
        for (PyObject v = Protocols.next(it); v != null; v = Protocols.next(it)) {
            if (left) {
                self.appendLeft(v);
            } else {
                self.append(v);
            }
        }
    }

    /** {@code d.copy()}: a new deque of the same type and bound. */
    static PyObject copy(PyDeque self) {
        PyType t = self.type();
        int maxlen = self.maxlen();
        if (t == PyDeque.TYPE) {
            PyDeque r = new PyDeque();
            r.reset(maxlen);
            r.appendAll(self.toArray(), false);
            return r;
        }
        if (maxlen < 0) {
            return Calls.call1(t, self);
        }
        return Calls.call2(t, self, PyInt.of(maxlen));
    }

    private static long index(PyObject i, int size) {
        if (!(i instanceof PyInt) && i.type().lookup("__index__") == null) {
            throw Errors.typeError("sequence index must be integer, not '%s'", i.type().name());
        }
        PyInt k = Protocols.index(i, null);
        if (!k.fitsLong()) {
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        long v = k.longValue();
        return v < 0 ? v + size : v;
    }

    private static long sliceIndex(PyObject o) {
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        PyInt k = Protocols.index(o, null);
        if (!k.fitsLong()) {
            return k.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return k.longValue();
    }

    private static void checkState(PyDeque self, long state, boolean indexError) {
        if (self.state() != state) {
            String msg = "deque mutated during iteration";
            throw indexError ? Errors.indexError(msg) : Errors.runtimeError(msg);
        }
    }

    static PyObject compare(PyObject self, PyObject other, CmpOp op) {
        if (!(other instanceof PyDeque o)) {
            return NI;
        }
        PyObject[] a = d(self).toArray(), b = o.toArray();
        if (a.length != b.length && (op == CmpOp.EQ || op == CmpOp.NE)) {
            return PyBool.of(op == CmpOp.NE);
        }
        int n = Math.min(a.length, b.length);
        int i = 0;
        while (i < n && same(a[i], b[i])) {
            i++;
        }
        if (i >= n) {
            return PyBool.of(op.test(Integer.compare(a.length, b.length)));
        }
        if (op == CmpOp.EQ) {
            return PyBool.FALSE;
        }
        if (op == CmpOp.NE) {
            return PyBool.TRUE;
        }
        return Ops.richCompare(a[i], b[i], op);
    }

    static String repr(PyDeque self) {
        if (!ReprGuard.enter(self)) {
            return "[...]";
        }
        try {
            String items = Ops.reprString(new PyList(self.toArray()));
            int maxlen = self.maxlen();
            String name = shortName(self.type());
            return maxlen >= 0 ? name + "(" + items + ", maxlen=" + maxlen + ")" : name + "(" + items + ")";
        } finally {
            ReprGuard.exit(self);
        }
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> cls == PyDeque.TYPE ? new PyDeque() : new PyDeque.Sub(cls));
        t.defV("__init__", (self, args, kw) -> {
            PyObject[] a = ArgParse.parse("deque", args, kw, new String[] {"iterable", "maxlen"}, 0);
            int maxlen = -1;
            if (a[1] != null && a[1] != PyNone.NONE) {
                if (!(a[1] instanceof PyInt) && a[1].type().lookup("__index__") == null) {
                    throw Errors.typeError("an integer is required");
                }
                PyInt m = Protocols.index(a[1], null);
                if (!m.fitsLong() || m.longValue() > Integer.MAX_VALUE) {
                    if (m.signum() < 0) {
                        throw Errors.valueError("maxlen must be non-negative");
                    }
                    throw Errors.overflowError("Python int too large to convert to C ssize_t");
                }
                if (m.longValue() < 0) {
                    throw Errors.valueError("maxlen must be non-negative");
                }
                maxlen = (int) m.longValue();
            }
            PyObject[] initial = a[0] == self ? d(self).toArray() : null;
            d(self).reset(maxlen);
            if (initial != null) {
                d(self).appendAll(initial, false);
            } else if (a[0] != null) {
                extend(d(self), a[0], false);
            }
            return PyNone.NONE;
        });
        t.def1("append", (self, x) -> {
            d(self).append(x);
            return PyNone.NONE;
        });
        t.def1("appendleft", (self, x) -> {
            d(self).appendLeft(x);
            return PyNone.NONE;
        });
        t.def0("pop", self -> d(self).pop(false));
        t.def0("popleft", self -> d(self).pop(true));
        t.def1("extend", (self, it) -> {
            extend(d(self), it, false);
            return PyNone.NONE;
        });
        t.def1("extendleft", (self, it) -> {
            extend(d(self), it, true);
            return PyNone.NONE;
        });
        t.def1("rotate", 0, (self, n) -> {
            d(self).rotate(n == null ? 1 : sliceOrIndex(n));
            return PyNone.NONE;
        });
        t.def0("reverse", self -> {
            d(self).reverse();
            return PyNone.NONE;
        });
        t.def0("clear", self -> {
            d(self).clear();
            return PyNone.NONE;
        });
        t.def0("copy", self -> copy(d(self)));
        t.def0("__copy__", self -> copy(d(self)));
        t.def1("count", (self, x) -> {
            PyDeque.Snapshot s = d(self).snapshot();
            long n = 0;
            for (PyObject item : s.items()) {
                boolean eq = same(item, x);
                checkState(d(self), s.state(), false);
                if (eq) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        t.def3("index", 1, (self, x, start, stop) -> {
            PyDeque.Snapshot s = d(self).snapshot();
            PyObject[] items = s.items();
            long n = items.length;
            long lo = start == null ? 0 : sliceIndex(start);
            long hi = stop == null ? Long.MAX_VALUE : sliceIndex(stop);
            if (lo < 0) {
                lo = Math.max(0, lo + n);
            }
            if (hi < 0) {
                hi = Math.max(0, hi + n);
            }
            hi = Math.min(hi, n);
            lo = Math.min(lo, hi);
            for (long i = lo; i < hi; i++) {
                boolean eq = same(items[(int) i], x);
                checkState(d(self), s.state(), false);
                if (eq) {
                    return PyInt.of(i);
                }
            }
            throw Errors.valueError("%s is not in deque", Ops.reprString(x));
        });
        t.def2("insert", 2, (self, i, x) -> {
            d(self).insert(sliceOrIndex(i), x);
            return PyNone.NONE;
        });
        t.def1("remove", (self, x) -> {
            PyDeque.Snapshot s = d(self).snapshot();
            PyObject[] items = s.items();
            for (int i = 0; i < items.length; i++) {
                boolean eq = same(items[i], x);
                checkState(d(self), s.state(), true);
                if (eq) {
                    if (!d(self).deleteIfState(i, s.state())) {
                        throw Errors.indexError("deque mutated during iteration");
                    }
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("%s is not in deque", Ops.reprString(x));
        });
        t.def1("__contains__", (self, x) -> {
            PyDeque.Snapshot s = d(self).snapshot();
            for (PyObject item : s.items()) {
                boolean eq = same(item, x);
                checkState(d(self), s.state(), false);
                if (eq) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        t.def0("__len__", self -> PyInt.of(d(self).size()));
        t.def1("__getitem__", (self, i) -> {
            PyObject r = d(self).getOrNull(index(i, d(self).size()));
            if (r == null) {
                throw Errors.indexError("deque index out of range");
            }
            return r;
        });
        t.def2("__setitem__", 2, (self, i, v) -> {
            if (!d(self).set(index(i, d(self).size()), v)) {
                throw Errors.indexError("deque index out of range");
            }
            return PyNone.NONE;
        });
        t.def1("__delitem__", (self, i) -> {
            if (!d(self).delete(index(i, d(self).size()))) {
                throw Errors.indexError("deque index out of range");
            }
            return PyNone.NONE;
        });
        t.def0("__iter__", self -> new DequeIterator(d(self), false));
        t.def0("__reversed__", self -> new DequeIterator(d(self), true));
        t.def0("__repr__", self -> PyStr.of(repr(d(self))));
        t.def("__hash__", PyNone.NONE);
        for (CmpOp op : CmpOp.values()) {
            t.def1(op.name, (self, o) -> compare(self, o, op));
        }
        t.def1("__add__", (self, o) -> {
            if (!(o instanceof PyDeque other)) {
                throw Errors.typeError("can only concatenate deque (not \"%s\") to deque", o.type().name());
            }
            PyObject r = copy(d(self));
            if (r instanceof PyDeque rd) {
                extend(rd, other, false);
            } else {
                Ops.callMethod(r, "extend", other);
            }
            return r;
        });
        t.def1("__iadd__", (self, o) -> {
            extend(d(self), o, false);
            return self;
        });
        Fn.F1 mul = (self, n) -> {
            long k = repeatCount(n);
            PyObject r = copy(d(self));
            if (r instanceof PyDeque rd) {
                rd.repeatInPlace(k);
                return r;
            }
            return Ops.callMethod(r, "__imul__", PyInt.of(k));
        };
        t.def1("__mul__", mul);
        t.def1("__rmul__", mul);
        t.def1("__imul__", (self, n) -> {
            d(self).repeatInPlace(repeatCount(n));
            return self;
        });
        t.defGetSet("maxlen", self -> {
            int m = d(self).maxlen();
            return m < 0 ? PyNone.NONE : PyInt.of(m);
        }, null);
        t.def0("__reduce__", self -> {
            int m = d(self).maxlen();
            PyObject args = m < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, PyInt.of(m));
            PyObject state = self instanceof dev.weft.runtime.core.HasDict h && h.instanceDict() != null
                    && h.instanceDict().size() > 0 ? h.instanceDict() : PyNone.NONE;
            return PyTuple.of(self.type(), args, state, new DequeIterator(d(self), false));
        });
        t.def("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", 2, 2,
                (Fn.F2) (self, cls, item) -> new PyGenericAlias(cls, item))));
    }

    private static long sliceOrIndex(PyObject n) {
        PyInt k = Protocols.index(n, null);
        if (!k.fitsLong()) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return k.longValue();
    }

    private static long repeatCount(PyObject n) {
        if (!(n instanceof PyInt) && n.type().lookup("__index__") == null) {
            throw Errors.typeError("can't multiply sequence by non-int of type '%s'", n.type().name());
        }
        PyInt k = Protocols.index(n, null);
        if (!k.fitsLong()) {
            if (k.signum() < 0) {
                return 0;
            }
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return k.longValue();
    }
}
