package dev.weft.runtime.modules.itertools;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyIterator;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyTuple;

/**
 * compress, dropwhile, takewhile, filterfalse, starmap and islice. These hold only references
 * (no Java collections), so concurrent use can interleave items but never corrupt state.
 */
final class FilterIterators {
    private FilterIterators() { }

    static final PyType COMPRESS = ItertoolsTypes.type("compress", (cls, args, kw) -> {
        PyObject[] a = ArgParse.parse("compress", args, kw, new String[] {"data", "selectors"}, 2);
        return new Compress(Protocols.iter(a[0]), Protocols.iter(a[1]));
    }, null);

    static final PyType DROPWHILE = ItertoolsTypes.type("dropwhile", (cls, args, kw) -> {
        ItertoolsTypes.positional("dropwhile", args, kw, 2, 2);
        return new DropWhile(args[0], Protocols.iter(args[1]));
    }, null);

    static final PyType TAKEWHILE = ItertoolsTypes.type("takewhile", (cls, args, kw) -> {
        ItertoolsTypes.positional("takewhile", args, kw, 2, 2);
        return new TakeWhile(args[0], Protocols.iter(args[1]));
    }, null);

    static final PyType FILTERFALSE = ItertoolsTypes.type("filterfalse", (cls, args, kw) -> {
        ItertoolsTypes.positional("filterfalse", args, kw, 2, 2);
        return new FilterFalse(args[0], Protocols.iter(args[1]));
    }, null);

    static final PyType STARMAP = ItertoolsTypes.type("starmap", (cls, args, kw) -> {
        ItertoolsTypes.positional("starmap", args, kw, 2, 2);
        return new StarMap(args[0], Protocols.iter(args[1]));
    }, null);

    static final PyType ISLICE = ItertoolsTypes.type("islice", FilterIterators::newIslice, null);

    static final class Compress extends PyIterator {
        private final PyObject data, selectors;

        Compress(PyObject data, PyObject selectors) {
            super(COMPRESS);
            this.data = data;
            this.selectors = selectors;
        }

        @Override
        public PyObject next() {
            while (true) {
                PyObject d = Protocols.next(data);
                if (d == null) {
                    return null;
                }
                PyObject s = Protocols.next(selectors);
                if (s == null) {
                    return null;
                }
                if (Ops.isTrue(s)) {
                    return d;
                }
            }
        }
    }

    static final class DropWhile extends PyIterator {
        private final PyObject predicate, source;
        private volatile boolean dropping = true;

        DropWhile(PyObject predicate, PyObject source) {
            super(DROPWHILE);
            this.predicate = predicate;
            this.source = source;
        }

        @Override
        public PyObject next() {
            while (true) {
                PyObject item = Protocols.next(source);
                if (item == null) {
                    return null;
                }
                if (!dropping) {
                    return item;
                }
                if (!Ops.isTrue(Calls.call1(predicate, item))) {
                    dropping = false;
                    return item;
                }
            }
        }
    }

    static final class TakeWhile extends PyIterator {
        private final PyObject predicate, source;
        private volatile boolean stopped;

        TakeWhile(PyObject predicate, PyObject source) {
            super(TAKEWHILE);
            this.predicate = predicate;
            this.source = source;
        }

        @Override
        public PyObject next() {
            if (stopped) {
                return null;
            }
            PyObject item = Protocols.next(source);
            if (item == null) {
                return null;
            }
            if (Ops.isTrue(Calls.call1(predicate, item))) {
                return item;
            }
            stopped = true;
            return null;
        }
    }

    static final class FilterFalse extends PyIterator {
        private final PyObject predicate, source;

        FilterFalse(PyObject predicate, PyObject source) {
            super(FILTERFALSE);
            this.predicate = predicate;
            this.source = source;
        }

        @Override
        public PyObject next() {
            while (true) {
                PyObject item = Protocols.next(source);
                if (item == null) {
                    return null;
                }
                PyObject test = predicate == PyNone.NONE ? item : Calls.call1(predicate, item);
                if (!Ops.isTrue(test)) {
                    return item;
                }
            }
        }
    }

    static final class StarMap extends PyIterator {
        private final PyObject function, source;

        StarMap(PyObject function, PyObject source) {
            super(STARMAP);
            this.function = function;
            this.source = source;
        }

        @Override
        public PyObject next() {
            PyObject args = Protocols.next(source);
            if (args == null) {
                return null;
            }
            PyObject[] a = args instanceof PyTuple t ? t.toArray() : Protocols.toArray(args);
            return Calls.call(function, a, null);
        }
    }

    // ---- islice ----

    private static final String STOP_ERROR =
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    private static final String INDEX_ERROR =
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    /** An islice bound: -1 for None; a ValueError with {@code message} for anything not a non-negative ssize. */
    private static long bound(PyObject o, String message) {
        if (o == PyNone.NONE) {
            return -1;
        }
        try {
            PyInt i = Protocols.index(o, null);
            if (!i.fitsLong()) {
                throw Errors.valueError(message);
            }
            long v = i.longValue();
            if (v < 0) {
                throw Errors.valueError(message);
            }
            return v;
        } catch (PyException e) {
            throw Errors.valueError(message);
        }
    }

    private static PyObject newIslice(PyType cls, PyObject[] args, String[] kw) {
        ItertoolsTypes.positional("islice", args, kw, 2, 4);
        long start = 0, stop, step = 1;
        if (args.length == 2) {
            stop = bound(args[1], STOP_ERROR);
        } else {
            start = args[1] == PyNone.NONE ? 0 : bound(args[1], INDEX_ERROR);
            stop = bound(args[2], INDEX_ERROR);
            if (args.length == 4 && args[3] != PyNone.NONE) {
                try {
                    PyInt s = Protocols.index(args[3], null);
                    step = s.fitsLong() ? s.longValue() : -1;
                } catch (PyException e) {
                    step = -1;
                }
                if (step < 1) {
                    throw Errors.valueError("Step for islice() must be a positive integer or None.");
                }
            }
        }
        return new Islice(Protocols.iter(args[0]), start, stop, step);
    }

    /** {@code islice}: consumes the source exactly as CPython's (same items read before stopping). */
    static final class Islice extends PyIterator {
        private PyObject source;
        private final long stop, step;
        private long nextIndex, count;

        Islice(PyObject source, long start, long stop, long step) {
            super(ISLICE);
            this.source = source;
            this.nextIndex = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        public synchronized PyObject next() {
            PyObject it = source;
            if (it == null) {
                return null;
            }
            while (count < nextIndex) {
                PyObject skipped = Protocols.next(it);
                if (skipped == null) {
                    source = null;
                    return null;
                }
                count++;
            }
            if (stop != -1 && count >= stop) {
                source = null;
                return null;
            }
            PyObject item = Protocols.next(it);
            if (item == null) {
                source = null;
                return null;
            }
            count++;
            long old = nextIndex;
            nextIndex += step;
            if (nextIndex < old || (stop != -1 && nextIndex > stop)) {
                nextIndex = stop;
            }
            return item;
        }
    }
}
