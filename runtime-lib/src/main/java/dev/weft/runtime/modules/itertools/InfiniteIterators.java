package dev.weft.runtime.modules.itertools;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyComplex;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyIterator;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** count, cycle and repeat. */
final class InfiniteIterators {
    private InfiniteIterators() { }

    static final PyType COUNT = ItertoolsTypes.type("count", (cls, args, kw) -> {
        PyObject[] a = ArgParse.parse("count", args, kw, new String[] {"start", "step"}, 0);
        PyObject start = a[0] == null ? PyInt.ZERO : a[0];
        PyObject step = a[1] == null ? PyInt.ONE : a[1];
        if (!isNumber(start) || !isNumber(step)) {
            throw Errors.typeError("a number is required");
        }
        if (start instanceof PyInt s && step instanceof PyInt st && st.fitsLong() && st.longValue() == 1) {
            start = s.asExactInt();  // CPython's fast mode keeps the count as a C integer
        }
        return new Count(start, step);
    }, t -> t.def0("__repr__", self -> PyStr.of(((Count) self).repr())));

    static final PyType CYCLE = ItertoolsTypes.type("cycle", (cls, args, kw) -> {
        ItertoolsTypes.positional("cycle", args, kw, 1, 1);
        return new Cycle(Protocols.iter(args[0]));
    }, null);

    static final PyType REPEAT = ItertoolsTypes.type("repeat", (cls, args, kw) -> {
        PyObject[] a = ArgParse.parse("repeat", args, kw, new String[] {"object", "times"}, 1);
        long times = -1;
        if (a[1] != null && a[1] != PyNone.NONE) {
            times = Math.max(0, ItertoolsTypes.ssize(a[1]));
        }
        return new Repeat(a[0], times);
    }, t -> {
        t.def0("__repr__", self -> PyStr.of(((Repeat) self).repr()));
        t.def0("__length_hint__", self -> {
            long n = ((Repeat) self).remaining.get();
            if (n < 0) {
                throw Errors.typeError("len() of unsized object");
            }
            return PyInt.of(n);
        });
    });

    /** CPython's PyNumber_Check: int, float, complex or anything with __index__, __int__ or __float__. */
    static boolean isNumber(PyObject o) {
        PyType t = o.type();
        return o instanceof PyInt || o instanceof dev.weft.runtime.types.PyFloat || o instanceof PyComplex
                || t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null;
    }

    /** {@code count}: thread-safe (each next is atomic), as programs use it to hand out ids. */
    static final class Count extends PyIterator {
        private PyObject current;
        private final PyObject step;

        Count(PyObject start, PyObject step) {
            super(COUNT);
            this.current = start;
            this.step = step;
        }

        @Override
        public synchronized PyObject next() {
            PyObject r = current;
            current = Ops.add(r, step);
            return r;
        }

        synchronized String repr() {
            if (step instanceof PyInt s && s.fitsLong() && s.longValue() == 1) {
                return "count(" + Ops.reprString(current) + ")";
            }
            return "count(" + Ops.reprString(current) + ", " + Ops.reprString(step) + ")";
        }
    }

    static final class Cycle extends PyIterator {
        private PyObject source;
        private final List<PyObject> saved = new ArrayList<>();
        private int index;

        Cycle(PyObject source) {
            super(CYCLE);
            this.source = source;
        }

        @Override
        public synchronized PyObject next() {
            if (source != null) {
                PyObject item = Protocols.next(source);
                if (item != null) {
                    saved.add(item);
                    return item;
                }
                source = null;
            }
            if (saved.isEmpty()) {
                return null;
            }
            PyObject r = saved.get(index);
            index = index + 1 == saved.size() ? 0 : index + 1;
            return r;
        }
    }

    static final class Repeat extends PyIterator {
        private final PyObject element;
        /** Items left, or -1 for forever. */
        final AtomicLong remaining;

        Repeat(PyObject element, long times) {
            super(REPEAT);
            this.element = element;
            this.remaining = new AtomicLong(times);
        }

        @Override
        public PyObject next() {
            while (true) {
                long n = remaining.get();
                if (n < 0) {
                    return element;
                }
                if (n == 0) {
                    return null;
                }
                if (remaining.compareAndSet(n, n - 1)) {
                    return element;
                }
            }
        }

        String repr() {
            long n = remaining.get();
            return n < 0 ? "repeat(" + Ops.reprString(element) + ")"
                    : "repeat(" + Ops.reprString(element) + ", " + n + ")";
        }
    }
}
