package dev.weft.runtime.modules.itertools;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyClassMethod;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyIterator;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyTuple;

import java.util.Arrays;

/** accumulate, batched, chain, pairwise and zip_longest. */
final class CombiningIterators {
    private CombiningIterators() { }

    static final PyType ACCUMULATE = ItertoolsTypes.type("accumulate", (cls, args, kw) -> {
        PyObject[] a = ArgParse.parse("accumulate", args, kw, new String[] {"iterable", "func", "*initial"}, 1);
        return new Accumulate(Protocols.iter(a[0]), a[1] == null || a[1] == PyNone.NONE ? null : a[1],
                a[2] == null ? PyNone.NONE : a[2]);
    }, null);

    static final PyType BATCHED = ItertoolsTypes.type("batched", (cls, args, kw) -> {
        PyObject[] a = ArgParse.parse("batched", args, kw, new String[] {"iterable", "n", "*strict"}, 2);
        long n = ItertoolsTypes.ssize(a[1]);
        boolean strict = a[2] != null && Ops.isTrue(a[2]);
        if (n < 1) {
            throw Errors.valueError("n must be at least one");
        }
        return new Batched(Protocols.iter(a[0]), (int) Math.min(n, Integer.MAX_VALUE - 8), strict);
    }, null);

    static final PyType CHAIN = ItertoolsTypes.type("chain", (cls, args, kw) -> {
        ItertoolsTypes.positional("chain", args, kw, 0, Integer.MAX_VALUE);
        return new Chain(Protocols.iter(PyTuple.of(args.clone())));
    }, t -> {
        t.def("from_iterable", new PyClassMethod(new PyBuiltinFunction("from_iterable", null, (self, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("chain.from_iterable() takes no keyword arguments");
            }
            if (args.length != 2) {
                throw Errors.typeError("chain.from_iterable() takes exactly one argument (%d given)", args.length - 1);
            }
            return new Chain(Protocols.iter(args[1]));
        })));
        t.def("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", 2, 2,
                (dev.weft.runtime.call.Fn.F2) (self, cls, item) -> new dev.weft.runtime.types.PyGenericAlias(cls, item))));
    });

    static final PyType PAIRWISE = ItertoolsTypes.type("pairwise", (cls, args, kw) -> {
        ItertoolsTypes.positional("pairwise", args, kw, 1, 1);
        return new Pairwise(Protocols.iter(args[0]));
    }, null);

    static final PyType ZIP_LONGEST = ItertoolsTypes.type("zip_longest", (cls, args, kw) -> {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyObject fill = PyNone.NONE;
        for (int i = 0; i < nkw; i++) {
            if (!kw[i].equals("fillvalue")) {
                throw Errors.typeError("zip_longest() got an unexpected keyword argument");
            }
            fill = args[npos + i];
        }
        PyObject[] its = new PyObject[npos];
        for (int i = 0; i < npos; i++) {
            its[i] = Protocols.iter(args[i]);
        }
        return new ZipLongest(its, fill);
    }, null);

    static final class Accumulate extends PyIterator {
        private final PyObject source, func;
        private PyObject initial, total;

        Accumulate(PyObject source, PyObject func, PyObject initial) {
            super(ACCUMULATE);
            this.source = source;
            this.func = func;
            this.initial = initial;
        }

        @Override
        public synchronized PyObject next() {
            if (initial != PyNone.NONE) {
                total = initial;
                initial = PyNone.NONE;
                return total;
            }
            PyObject v = Protocols.next(source);
            if (v == null) {
                return null;
            }
            PyObject t = total;
            total = t == null ? v : func == null ? Ops.add(t, v) : Calls.call2(func, t, v);
            return total;
        }
    }

    static final class Batched extends PyIterator {
        private volatile PyObject source;
        private final int n;
        private final boolean strict;

        Batched(PyObject source, int n, boolean strict) {
            super(BATCHED);
            this.source = source;
            this.n = n;
            this.strict = strict;
        }

        @Override
        public PyObject next() {
            PyObject it = source;
            if (it == null) {
                return null;
            }
            PyObject[] items = new PyObject[Math.min(n, 16)];
            int k = 0;
            while (k < n) {
                PyObject v = Protocols.next(it);
                if (v == null) {
                    source = null;
                    break;
                }
                if (k == items.length) {
                    items = Arrays.copyOf(items, (int) Math.min((long) n, items.length * 2L));
                }
                items[k++] = v;
            }
            if (k == 0) {
                return null;
            }
            if (k < n && strict) {
                throw Errors.valueError("batched(): incomplete batch");
            }
            return PyTuple.of(k == items.length ? items : Arrays.copyOf(items, k));
        }
    }

    static final class Chain extends PyIterator {
        private volatile PyObject source, active;

        Chain(PyObject source) {
            super(CHAIN);
            this.source = source;
        }

        @Override
        public PyObject next() {
            while (true) {
                PyObject src = source;
                if (src == null) {
                    return null;
                }
                PyObject act = active;
                if (act == null) {
                    PyObject iterable = Protocols.next(src);
                    if (iterable == null) {
                        source = null;
                        return null;
                    }
                    try {
                        act = Protocols.iter(iterable);
                    } catch (RuntimeException e) {
                        source = null;
                        throw e;
                    }
                    active = act;
                }
                PyObject item = Protocols.next(act);
                if (item != null) {
                    return item;
                }
                active = null;
            }
        }
    }

    static final class Pairwise extends PyIterator {
        private PyObject source, old;

        Pairwise(PyObject source) {
            super(PAIRWISE);
            this.source = source;
        }

        @Override
        public synchronized PyObject next() {
            PyObject it = source;
            if (it == null) {
                return null;
            }
            PyObject first = old;
            if (first == null) {
                first = Protocols.next(it);
                if (first == null) {
                    source = null;
                    return null;
                }
                old = first;
            }
            PyObject second = Protocols.next(it);
            if (second == null) {
                source = null;
                old = null;
                return null;
            }
            old = second;
            return PyTuple.of(first, second);
        }
    }

    static final class ZipLongest extends PyIterator {
        private final PyObject[] its;
        private final PyObject fill;
        private int active;

        ZipLongest(PyObject[] its, PyObject fill) {
            super(ZIP_LONGEST);
            this.its = its;
            this.fill = fill;
            this.active = its.length;
        }

        @Override
        public synchronized PyObject next() {
            if (its.length == 0 || active == 0) {
                return null;
            }
            PyObject[] out = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject it = its[i];
                PyObject item = it == null ? null : Protocols.next(it);
                if (item == null) {
                    if (it != null) {
                        active--;
                        its[i] = null;
                        if (active == 0) {
                            return null;
                        }
                    }
                    item = fill;
                }
                out[i] = item;
            }
            return PyTuple.of(out);
        }
    }
}
