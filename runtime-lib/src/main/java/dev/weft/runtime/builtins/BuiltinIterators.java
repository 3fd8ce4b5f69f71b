package dev.weft.runtime.builtins;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyIterator;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyTuple;
import dev.weft.runtime.types.IntMath;

/** The iterator types of builtins: enumerate, zip, map, filter, reversed. */
public final class BuiltinIterators {
    private BuiltinIterators() { }

    private static PyType type(String name, dev.weft.runtime.call.Fn.New ctor) {
        return new PyType(name, PyIterator.class, PyType.OBJECT, t -> {
            defineIter(t);
            t.defNew(ctor);
        }, PyType.IMMUTABLE);
    }

    private static void defineIter(PyType t) {
        t.def0("__iter__", self -> self);
        t.def0("__next__", self -> {
            PyObject r = ((PyIterator) self).next();
            if (r == null) {
                throw Errors.stopIteration(null);
            }
            return r;
        });
    }

    public static final PyType ENUMERATE = type("enumerate", (cls, args, kw) -> {
        PyObject[] p = ArgParse.parse("enumerate", args, kw, new String[] {"iterable", "start"}, 1);
        PyInt start = p[1] == null ? PyInt.ZERO : Protocols.index(p[1], null);
        return new Enumerate(Protocols.iter(p[0]), start);
    });

    public static final PyType ZIP = type("zip", (cls, args, kw) -> {
        int nkw = kw == null ? 0 : kw.length;
        boolean strict = false;
        for (int i = 0; i < nkw; i++) {
            if (!kw[i].equals("strict")) {
                throw Errors.typeError("zip() got an unexpected keyword argument '%s'", kw[i]);
            }
            strict = Ops.isTrue(args[args.length - nkw + i]);
        }
        PyObject[] its = new PyObject[args.length - nkw];
        for (int i = 0; i < its.length; i++) {
            its[i] = Protocols.iter(args[i]);
        }
        return new Zip(its, strict);
    });

    public static final PyType MAP = type("map", (cls, args, kw) -> {
        ArgParse.noKeywords("map", kw);
        if (args.length < 2) {
            throw Errors.typeError("map() must have at least two arguments.");
        }
        PyObject[] its = new PyObject[args.length - 1];
        for (int i = 0; i < its.length; i++) {
            its[i] = Protocols.iter(args[i + 1]);
        }
        return new MapIter(args[0], its);
    });

    public static final PyType FILTER = type("filter", (cls, args, kw) -> {
        ArgParse.noKeywords("filter", kw);
        if (args.length != 2) {
            throw Errors.typeError("filter expected 2 arguments, got %d", args.length);
        }
        return new Filter(args[0], Protocols.iter(args[1]));
    });

    public static final PyType REVERSED = type("reversed", (cls, args, kw) -> {
        ArgParse.noKeywords("reversed", kw);
        if (args.length != 1) {
            throw Errors.typeError("reversed expected 1 argument, got %d", args.length);
        }
        PyObject seq = args[0];
        PyObject rev = seq.type().lookup("__reversed__");
        if (rev != null) {
            if (rev == PyNone.NONE) {
                throw Errors.typeError("'%s' object is not reversible", seq.type().name());
            }
            return Ops.callMethod(seq, "__reversed__");
        }
        if (seq.type().lookup("__getitem__") == null || seq.type().lookup("__len__") == null
                || seq instanceof dev.weft.runtime.types.PyDict) {
            throw Errors.typeError("'%s' object is not reversible", seq.type().name());
        }
        return new Reversed(seq, Protocols.len(seq));
    });

    static final class Enumerate extends PyIterator {
        private final PyObject it;
        private PyInt index;

        Enumerate(PyObject it, PyInt start) {
            super(ENUMERATE);
            this.it = it;
            this.index = start;
        }

        @Override
        public PyObject next() {
            PyObject v = Protocols.next(it);
            if (v == null) {
                return null;
            }
            PyInt i = index;
            index = IntMath.add(i, PyInt.ONE);
            return PyTuple.of(i, v);
        }
    }

    static final class Zip extends PyIterator {
        private final PyObject[] its;
        private final boolean strict;
        private boolean done;

        Zip(PyObject[] its, boolean strict) {
            super(ZIP);
            this.its = its;
            this.strict = strict;
        }

        @Override
        public PyObject next() {
            if (done || its.length == 0) {
                return null;
            }
            PyObject[] out = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = Protocols.next(its[i]);
                if (v == null) {
                    done = true;
                    if (strict) {
                        if (i > 0) {
                            throw Errors.valueError("zip() argument %d is shorter than argument%s%s", i + 1,
                                    i == 1 ? " " : "s 1-", i == 1 ? "1" : String.valueOf(i));
                        }
                        for (int k = 1; k < its.length; k++) {
                            if (Protocols.next(its[k]) != null) {
                                throw Errors.valueError("zip() argument %d is longer than argument%s%s", k + 1,
                                        k == 1 ? " " : "s 1-", k == 1 ? "1" : String.valueOf(k));
                            }
                        }
                    }
                    return null;
                }
                out[i] = v;
            }
            return PyTuple.of(out);
        }
    }

    static final class MapIter extends PyIterator {
        private final PyObject fn;
        private final PyObject[] its;

        MapIter(PyObject fn, PyObject[] its) {
            super(MAP);
            this.fn = fn;
            this.its = its;
        }

        @Override
        public PyObject next() {
            PyObject[] args = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = Protocols.next(its[i]);
                if (v == null) {
                    return null;
                }
                args[i] = v;
            }
            return fn.call(args, null);
        }
    }

    static final class Filter extends PyIterator {
        private final PyObject fn;
        private final PyObject it;

        Filter(PyObject fn, PyObject it) {
            super(FILTER);
            this.fn = fn;
            this.it = it;
        }

        @Override
        public PyObject next() {
            while (true) {
                PyObject v = Protocols.next(it);
                if (v == null) {
                    return null;
                }
                boolean keep = fn == PyNone.NONE ? Ops.isTrue(v) : Ops.isTrue(Calls.call1(fn, v));
                if (keep) {
                    return v;
                }
            }
        }
    }

    static final class Reversed extends PyIterator {
        private final PyObject seq;
        private long i;

        Reversed(PyObject seq, int len) {
            super(REVERSED);
            this.seq = seq;
            this.i = len - 1;
        }

        @Override
        public PyObject next() {
            if (i < 0) {
                return null;
            }
            try {
                return Protocols.getItem(seq, PyInt.of(i--));
            } catch (dev.weft.runtime.exc.PyException e) {
                if (e.matches(dev.weft.runtime.exc.ExceptionTypes.IndexError)
                        || e.matches(dev.weft.runtime.exc.ExceptionTypes.StopIteration)) {
                    i = -1;
                    return null;
                }
                throw e;
            }
        }
    }
}
