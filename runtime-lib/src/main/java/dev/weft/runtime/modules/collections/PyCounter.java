package dev.weft.runtime.modules.collections;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.Fn;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyClassMethod;
import dev.weft.runtime.core.Derived;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.itertools.ItertoolsModule;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySingleton;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/**
 * {@code collections.Counter}, following Lib/collections/__init__.py step by step (which
 * methods are called on self and on the other operand, result types, orderings).
 */
public class PyCounter extends PyDict {
    public static final PyType TYPE = ModuleDefs.pythonClass("collections", "Counter", PyCounter.class, PyDict.TYPE,
            PyCounter::define, PyType.BASETYPE);

    private static final PyObject NI = PySingleton.NOT_IMPLEMENTED;

    public PyCounter() { }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject get(PyObject counter, PyObject key) {
        return Protocols.getItem(counter, key);
    }

    private static PyObject[][] items(PyObject o) {
        PyObject[] pairs = Protocols.toArray(Calls.call0(Attr.getAttr(o, "items")));
        PyObject[][] out = new PyObject[2][pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            PyObject[] kv = Protocols.unpack(pairs[i], 2);
            out[0][i] = kv[0];
            out[1][i] = kv[1];
        }
        return out;
    }

    private static boolean isCounter(PyObject o) {
        return o instanceof PyCounter;
    }

    private static boolean isPositive(PyObject count) {
        return Ops.isTrue(Ops.gt(count, PyInt.ZERO));
    }

    private static boolean isNegative(PyObject count) {
        return Ops.isTrue(Ops.lt(count, PyInt.ZERO));
    }

    /** {@code Counter.update(iterable=None, /, **kwds)} and {@code subtract}: sign is +1 or -1. */
    private static void updateWith(PyObject self, PyObject[] args, String[] kw, String name, String kwMethod, int sign) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos > 1) {
            throw Errors.typeError("Counter.%s() takes from 1 to 2 positional arguments but %d were given", name, npos + 1);
        }
        PyObject iterable = npos == 1 ? args[0] : PyNone.NONE;
        if (iterable != PyNone.NONE) {
            if (CollectionsAbc.isMapping(iterable)) {
                if (sign > 0 && !Ops.isTrue(self)) {
                    Calls.callWithSelf(PyDict.TYPE.lookup("update"), self, new PyObject[] {iterable}, null);
                } else {
                    PyObject getter = Attr.getAttr(self, "get");
                    PyObject[][] kv = items(iterable);
                    for (int i = 0; i < kv[0].length; i++) {
                        PyObject old = Calls.call2(getter, kv[0][i], PyInt.ZERO);
                        Protocols.setItem(self, kv[0][i], sign > 0 ? Ops.add(kv[1][i], old) : Ops.sub(old, kv[1][i]));
                    }
                }
            } else if (sign > 0) {
                CollectionsModule.countElements(self, iterable);
            } else {
                PyObject getter = Attr.getAttr(self, "get");
                PyObject it = Protocols.iter(iterable);
                for (PyObject e = Protocols.next(it); e != null; e = Protocols.next(it)) {
                    Protocols.setItem(self, e, Ops.sub(Calls.call2(getter, e, PyInt.ZERO), PyInt.ONE));
                }
            }
        }
        if (nkw > 0) {
            PyDict kwds = new PyDict();
            for (int i = 0; i < nkw; i++) {
                kwds.setItem(PyStr.of(kw[i]), args[npos + i]);
            }
            Calls.call1(Attr.getAttr(self, kwMethod), kwds);
        }
    }

    /** {@code most_common(n)}: a stable sort by count, descending (ties keep insertion order). */
    private static PyList mostCommon(PyObject self, PyObject n) {
        PyObject[] pairs = Protocols.toArray(Calls.call0(Attr.getAttr(self, "items")));
        PyList sorted = new PyList(pairs);
        sorted.sort(dev.weft.runtime.modules.operator.OperatorModule.create().get("itemgetter").call(
                new PyObject[] {PyInt.ONE}, null), true);
        if (n == null || n == PyNone.NONE) {
            return sorted;
        }
        long k = Protocols.index(n, null).longValue();
        PyObject[] all = sorted.toArray();
        int m = (int) Math.max(0, Math.min(k, all.length));
        return new PyList(java.util.Arrays.copyOf(all, m));
    }

    private static PyObject keepPositive(PyObject self) {
        PyObject[][] kv = items(self);
        for (int i = 0; i < kv[0].length; i++) {
            if (!isPositive(kv[1][i])) {
                Protocols.delItem(self, kv[0][i]);
            }
        }
        return self;
    }

    private interface Combine {
        PyObject apply(PyObject count, PyObject otherCount);
    }

    /** The shape of __add__, __sub__, __or__, __and__: a new Counter from self's items then other's. */
    private static PyObject binary(PyObject self, PyObject other, Combine combine, Fn.F1 fromOtherOnly) {
        if (!isCounter(other)) {
            return NI;
        }
        PyCounter result = new PyCounter();
        PyObject[][] mine = items(self);
        for (int i = 0; i < mine[0].length; i++) {
            PyObject newCount = combine.apply(mine[1][i], get(other, mine[0][i]));
            if (isPositive(newCount)) {
                result.setItem(mine[0][i], newCount);
            }
        }
        PyObject[][] theirs = items(other);
        for (int i = 0; i < theirs[0].length; i++) {
            if (!Protocols.contains(self, theirs[0][i])) {
                PyObject v = fromOtherOnly.apply(null, theirs[1][i]);
                if (v != null) {
                    result.setItem(theirs[0][i], v);
                }
            }
        }
        return result;
    }

    /** {@code all(self[e] OP other[e] for c in (self, other) for e in c)}. */
    private static boolean allPairs(PyObject self, PyObject other, java.util.function.BiPredicate<PyObject, PyObject> test) {
        for (PyObject c : new PyObject[] {self, other}) {
            for (PyObject e : Protocols.toArray(c)) {
                if (!test.test(get(self, e), get(other, e))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static PyObject eq(PyObject self, PyObject other) {
        if (!isCounter(other)) {
            return NI;
        }
        return PyBool.of(allPairs(self, other, Ops::eqBool));
    }

    private static PyObject le(PyObject self, PyObject other) {
        if (!isCounter(other)) {
            return NI;
        }
        return PyBool.of(allPairs(self, other, (a, b) -> Ops.isTrue(Ops.le(a, b))));
    }

    private static PyObject ge(PyObject self, PyObject other) {
        if (!isCounter(other)) {
            return NI;
        }
        return PyBool.of(allPairs(self, other, (a, b) -> Ops.isTrue(Ops.ge(a, b))));
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> cls == TYPE ? new PyCounter() : new Sub(cls));
        t.defV("__init__", (self, args, kw) -> {
            updateWith(self, args, kw, "__init__", "update", 1);
            return PyNone.NONE;
        });
        t.def1("__missing__", (self, key) -> PyInt.ZERO);
        t.def0("total", self -> {
            PyObject sum = PyInt.ZERO;
            for (PyObject v : ((PyDict) self).snapshot()[1]) {
                sum = Ops.add(sum, v);
            }
            return sum;
        });
        t.defV("most_common", (self, args, kw) -> {
            PyObject[] a = ArgParse.parse("most_common", args, kw, new String[] {"n"}, 0);
            return mostCommon(self, a[0]);
        });
        t.def0("elements", self -> {
            PyObject repeat = ItertoolsModule.create().get("repeat");
            PyObject[][] kv = items(self);
            PyObject[] repeats = new PyObject[kv[0].length];
            for (int i = 0; i < repeats.length; i++) {
                repeats[i] = Calls.call2(repeat, kv[0][i], kv[1][i]);
            }
            PyObject chain = ItertoolsModule.create().get("chain");
            return Calls.call1(Attr.getAttr(chain, "from_iterable"), new PyList(repeats));
        });
        t.def("fromkeys", new PyClassMethod(new PyBuiltinFunction("fromkeys", null, (self, args, kw) -> {
            throw Errors.notImplemented("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
        })));
        t.defV("update", (self, args, kw) -> {
            updateWith(self, args, kw, "update", "update", 1);
            return PyNone.NONE;
        });
        t.defV("subtract", (self, args, kw) -> {
            updateWith(self, args, kw, "subtract", "subtract", -1);
            return PyNone.NONE;
        });
        t.def0("copy", self -> Calls.call1(self.type(), self));
        t.def0("__reduce__", self -> {
            PyDict plain = new PyDict();
            PyObject[][] s = ((PyDict) self).snapshot();
            plain.putAll(s[0], s[1]);
            return PyTuple.of(self.type(), PyTuple.of(plain));
        });
        t.def1("__delitem__", (self, key) -> {
            if (((PyDict) self).containsKey(key)) {
                ((PyDict) self).delItem(key);
            }
            return PyNone.NONE;
        });
        t.def0("__repr__", self -> {
            String name = DequeMethods.shortName(self.type());
            if (!Ops.isTrue(self)) {
                return PyStr.of(name + "()");
            }
            PyDict d = new PyDict();
            try {
                for (PyObject pair : mostCommon(self, null).toArray()) {
                    PyObject[] kv = Protocols.unpack(pair, 2);
                    d.setItem(kv[0], kv[1]);
                }
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.TypeError)) {
                    throw e;
                }
                PyObject[][] s = ((PyDict) self).snapshot();
                d = new PyDict();
                d.putAll(s[0], s[1]);
            }
            return PyStr.of(name + "(" + Ops.reprString(d) + ")");
        });
        t.def1("__eq__", PyCounter::eq);
        t.def1("__ne__", (self, o) -> {
            PyObject r = eq(self, o);
            return r == NI ? NI : PyBool.of(!Ops.isTrue(r));
        });
        t.def1("__le__", PyCounter::le);
        t.def1("__ge__", PyCounter::ge);
        t.def1("__lt__", (self, o) -> {
            PyObject r = le(self, o);
            return r == NI ? NI : PyBool.of(Ops.isTrue(r) && !Ops.isTrue(eq(self, o)));
        });
        t.def1("__gt__", (self, o) -> {
            PyObject r = ge(self, o);
            return r == NI ? NI : PyBool.of(Ops.isTrue(r) && !Ops.isTrue(eq(self, o)));
        });
        t.def1("__add__", (self, o) -> binary(self, o, Ops::add,
                (x, count) -> isPositive(count) ? count : null));
        t.def1("__sub__", (self, o) -> binary(self, o, Ops::sub,
                (x, count) -> isNegative(count) ? Ops.sub(PyInt.ZERO, count) : null));
        t.def1("__or__", (self, o) -> binary(self, o,
                (count, other) -> Ops.isTrue(Ops.lt(count, other)) ? other : count,
                (x, count) -> isPositive(count) ? count : null));
        t.def1("__and__", (self, o) -> binary(self, o,
                (count, other) -> Ops.isTrue(Ops.lt(count, other)) ? count : other,
                (x, count) -> null));
        t.def0("__pos__", self -> {
            PyCounter r = new PyCounter();
            PyObject[][] kv = items(self);
            for (int i = 0; i < kv[0].length; i++) {
                if (isPositive(kv[1][i])) {
                    r.setItem(kv[0][i], kv[1][i]);
                }
            }
            return r;
        });
        t.def0("__neg__", self -> {
            PyCounter r = new PyCounter();
            PyObject[][] kv = items(self);
            for (int i = 0; i < kv[0].length; i++) {
                if (isNegative(kv[1][i])) {
                    r.setItem(kv[0][i], Ops.sub(PyInt.ZERO, kv[1][i]));
                }
            }
            return r;
        });
        t.def1("__iadd__", (self, o) -> inplace(self, o, (mine, theirs) -> Ops.add(mine, theirs)));
        t.def1("__isub__", (self, o) -> inplace(self, o, (mine, theirs) -> Ops.sub(mine, theirs)));
        t.def1("__ior__", (self, o) -> {
            PyObject[][] kv = items(o);
            for (int i = 0; i < kv[0].length; i++) {
                if (Ops.isTrue(Ops.gt(kv[1][i], get(self, kv[0][i])))) {
                    Protocols.setItem(self, kv[0][i], kv[1][i]);
                }
            }
            return keepPositive(self);
        });
        t.def1("__iand__", (self, o) -> {
            PyObject[][] kv = items(self);
            for (int i = 0; i < kv[0].length; i++) {
                PyObject other = get(o, kv[0][i]);
                if (Ops.isTrue(Ops.lt(other, kv[1][i]))) {
                    Protocols.setItem(self, kv[0][i], other);
                }
            }
            return keepPositive(self);
        });
    }

    private static PyObject inplace(PyObject self, PyObject other, Combine combine) {
        PyObject[][] kv = items(other);
        for (int i = 0; i < kv[0].length; i++) {
            Protocols.setItem(self, kv[0][i], combine.apply(get(self, kv[0][i]), kv[1][i]));
        }
        return keepPositive(self);
    }

    /** An instance of a user subclass of Counter. */
    public static final class Sub extends PyCounter implements Derived {
        private volatile PyType type;
        private volatile PyDict dict;
        private final PyObject[] slots;

        public Sub(PyType type) {
            this.type = type;
            this.dict = type.instancesHaveDict() ? new PyDict() : null;
            this.slots = new PyObject[type.slotCount()];
        }

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }
        @Override public PyDict instanceDict() { return dict; }
        @Override public void setInstanceDict(PyDict d) { dict = d; }
        @Override public PyObject[] slots() { return slots; }
    }
}
