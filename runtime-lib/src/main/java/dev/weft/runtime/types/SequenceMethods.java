package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.CmpOp;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.ops.ReprGuard;

/** Methods of {@code tuple} and {@code range}, and helpers shared with {@code list}. */
final class SequenceMethods {
    private SequenceMethods() { }

    private static final PyObject NI = PySingleton.NOT_IMPLEMENTED;

    /** Lexicographic comparison of two snapshots, as CPython's list/tuple richcompare. */
    static PyObject compare(PyObject[] a, PyObject[] b, CmpOp op) {
        int n = Math.min(a.length, b.length);
        int i = ItemEquality.firstDifference(a, b);
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

    static String joinRepr(PyObject[] items, String open, String close, boolean singleComma) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Ops.reprString(items[i]));
        }
        if (singleComma && items.length == 1) {
            sb.append(',');
        }
        return sb.append(close).toString();
    }

    static long repeatCount(PyObject n) {
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
        return Math.max(0, k.longValue());
    }

    static PyObject[] repeat(PyObject[] items, long k) {
        if (k == 0 || items.length == 0) {
            return new PyObject[0];
        }
        if (items.length * k > Integer.MAX_VALUE - 8) {
            throw Errors.memoryError();
        }
        PyObject[] out = new PyObject[(int) (items.length * k)];
        for (int r = 0; r < k; r++) {
            System.arraycopy(items, 0, out, r * items.length, items.length);
        }
        return out;
    }

    static PyObject[] slice(PyObject[] items, PySlice s) {
        long[] r = s.indices(items.length);
        int start = (int) r[0], step = (int) r[2], len = (int) r[3];
        PyObject[] out = new PyObject[Math.max(0, len)];
        for (int k = 0, i = start; k < len; k++, i += step) {
            out[k] = items[i];
        }
        return out;
    }

    static int indexOf(PyObject[] items, PyObject x, PyObject start, PyObject stop, String what) {
        int n = items.length;
        long a = start == null ? 0 : Protocols.indexValue(start, "slice");
        long b = stop == null ? n : Protocols.indexValue(stop, "slice");
        if (a < 0) a = Math.max(0, a + n);
        if (b < 0) b = Math.max(0, b + n);
        for (long i = a; i < Math.min(b, n); i++) {
            if (Ops.eqBool(items[(int) i], x)) {
                return (int) i;
            }
        }
        throw Errors.valueError("%s", what != null ? what : Ops.reprString(x) + " is not in list");
    }

    static int count(PyObject[] items, PyObject x) {
        int c = 0;
        for (PyObject o : items) {
            if (Ops.eqBool(o, x)) {
                c++;
            }
        }
        return c;
    }

    private static PyTuple tup(PyObject o) {
        return (PyTuple) o;
    }

    static void defineTuple(PyType t) {
        t.defNew((cls, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("tuple() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw Errors.typeError("tuple expected at most 1 argument, got %d", args.length);
            }
            PyObject[] items = args.length == 0 ? new PyObject[0] : Protocols.toArray(args[0]);
            if (cls == PyTuple.TYPE) {
                return args.length == 1 && args[0].getClass() == PyTuple.class ? args[0] : PyTuple.of(items);
            }
            return new PyTuple.Sub(cls, items);
        });
        t.def0("__len__", self -> PyInt.of(tup(self).size()));
        t.def1("__getitem__", (self, key) -> {
            if (key instanceof PySlice s) {
                return PyTuple.of(slice(tup(self).items, s));
            }
            if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
                throw Errors.typeError("tuple indices must be integers or slices, not %s", key.type().name());
            }
            long i = Protocols.indexValue(key, "tuple");
            int n = tup(self).size();
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Errors.indexError("tuple index out of range");
            }
            return tup(self).items[(int) i];
        });
        t.def1("__contains__", (self, x) -> PyBool.of(count(tup(self).items, x) > 0));
        t.def0("__iter__", self -> new Iterators.ArrayIter(Iterators.TUPLE_ITER, tup(self).items));
        t.def0("__hash__", self -> PyInt.of(tup(self).hash()));
        t.def1("__add__", (self, o) -> {
            if (!(o instanceof PyTuple b)) {
                throw Errors.typeError("can only concatenate tuple (not \"%s\") to tuple", o.type().name());
            }
            PyObject[] out = new PyObject[tup(self).size() + b.size()];
            System.arraycopy(tup(self).items, 0, out, 0, tup(self).size());
            System.arraycopy(b.items, 0, out, tup(self).size(), b.size());
            return PyTuple.of(out);
        });
        t.def1("__mul__", (self, n) -> PyTuple.of(repeat(tup(self).items, repeatCount(n))));
        t.def1("__rmul__", (self, n) -> PyTuple.of(repeat(tup(self).items, repeatCount(n))));
        for (CmpOp op : CmpOp.values()) {
            t.def1(op.name, (self, o) -> o instanceof PyTuple b ? compare(tup(self).items, b.items, op) : NI);
        }
        t.def0("__repr__", self -> {
            if (!ReprGuard.enter(self)) {
                return PyStr.of("(...)");
            }
            try {
                return PyStr.of(joinRepr(tup(self).items, "(", ")", true));
            } finally {
                ReprGuard.exit(self);
            }
        });
        t.def3("index", 1, (self, x, a, b) -> PyInt.of(indexOf(tup(self).items, x, a, b, "tuple.index(x): x not in tuple")));
        t.def1("count", (self, x) -> PyInt.of(count(tup(self).items, x)));
        t.def0("__getnewargs__", self -> PyTuple.of(PyTuple.of(tup(self).toArray())));
        t.def("__class_getitem__", ListMethods.classGetItem());
    }

    private static PyRange r(PyObject o) {
        return (PyRange) o;
    }

    static void defineRange(PyType t) {
        t.def0("__reduce__", self -> {
            PyRange r = (PyRange) self;
            return PyTuple.of(PyRange.TYPE, PyTuple.of(r.start, r.stop, r.step));
        });
        t.defNew((cls, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("range() takes no keyword arguments");
            }
            switch (args.length) {
                case 1: return new PyRange(PyInt.ZERO, Protocols.index(args[0], null), PyInt.ONE);
                case 2: return new PyRange(Protocols.index(args[0], null), Protocols.index(args[1], null), PyInt.ONE);
                case 3: return new PyRange(Protocols.index(args[0], null), Protocols.index(args[1], null),
                        Protocols.index(args[2], null));
                default:
                    throw Errors.typeError(args.length == 0 ? "range expected at least 1 argument, got 0"
                            : "range expected at most 3 arguments, got " + args.length);
            }
        });
        t.def0("__len__", self -> {
            if (!r(self).length.fitsLong()) {
                throw Errors.overflowError("Python int too large to convert to C ssize_t");
            }
            return r(self).length;
        });
        t.def0("__iter__", self -> r(self).iterator());
        t.def0("__reversed__", self -> {
            PyRange rg = r(self);
            PyInt last = IntMath.sub(rg.item(rg.length), rg.step);
            return new PyRange(last, IntMath.sub(rg.start, rg.step), IntMath.neg(rg.step)).iterator();
        });
        t.def1("__getitem__", (self, key) -> {
            PyRange rg = r(self);
            if (key instanceof PySlice s) {
                long[] ix = s.indices(rg.length.longValue());
                return new PyRange(rg.item(PyInt.of(ix[0])), rg.item(PyInt.of(ix[1])), IntMath.mul(rg.step, PyInt.of(ix[2])));
            }
            PyInt i = Protocols.index(key, "range indices must be integers or slices, not " + key.type().name());
            if (i.signum() < 0) {
                i = IntMath.add(i, rg.length);
            }
            if (i.signum() < 0 || IntMath.compare(i, rg.length) >= 0) {
                throw Errors.indexError("range object index out of range");
            }
            return rg.item(i);
        });
        t.def1("__contains__", (self, x) -> PyBool.of(x.getClass() == PyInt.class || x.getClass() == PyBool.class
                ? r(self).containsInt((PyInt) x) : count(Protocols.toArray(self), x) > 0));
        t.def0("__repr__", self -> {
            PyRange rg = r(self);
            return PyStr.of("range(" + rg.start + ", " + rg.stop + (IntMath.compare(rg.step, PyInt.ONE) == 0 ? ""
                    : ", " + rg.step) + ")");
        });
        t.def0("__bool__", self -> PyBool.of(r(self).length.signum() != 0));
        t.def0("__hash__", self -> {
            PyRange rg = r(self);
            if (rg.length.signum() == 0) {
                return PyInt.of(PyTuple.of(PyInt.ZERO, PyNone.NONE, PyNone.NONE).hash());
            }
            if (IntMath.compare(rg.length, PyInt.ONE) == 0) {
                return PyInt.of(PyTuple.of(PyInt.ONE, rg.start, PyNone.NONE).hash());
            }
            return PyInt.of(PyTuple.of(rg.length, rg.start, rg.step).hash());
        });
        t.def1("__eq__", (self, o) -> {
            if (!(o instanceof PyRange b)) {
                return NI;
            }
            PyRange a = r(self);
            if (IntMath.compare(a.length, b.length) != 0) {
                return PyBool.FALSE;
            }
            if (a.length.signum() == 0) {
                return PyBool.TRUE;
            }
            if (IntMath.compare(a.start, b.start) != 0) {
                return PyBool.FALSE;
            }
            return PyBool.of(IntMath.compare(a.length, PyInt.ONE) == 0 || IntMath.compare(a.step, b.step) == 0);
        });
        t.def1("index", (self, x) -> {
            if (x instanceof PyInt xi && r(self).containsInt(xi)) {
                return IntMath.floorDiv(IntMath.sub(xi, r(self).start), r(self).step);
            }
            throw Errors.valueError("%s is not in range", Ops.reprString(x));
        });
        t.def1("count", (self, x) -> x instanceof PyInt xi ? PyInt.of(r(self).containsInt(xi) ? 1 : 0)
                : PyInt.of(count(Protocols.toArray(self), x)));
        t.defGetSet("start", self -> r(self).start, null);
        t.defGetSet("stop", self -> r(self).stop, null);
        t.defGetSet("step", self -> r(self).step, null);
    }
}
