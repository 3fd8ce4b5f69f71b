package dev.weft.runtime.modules.concurrent.futures;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.DerivedObject;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.Timeouts;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyIterator;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code concurrent.futures.Executor}: the abstract base. Its {@code map} works over whatever
 * {@code submit} a subclass provides, as in CPython.
 */
public class PyExecutor extends DerivedObject {
    public static final PyType TYPE = ModuleTypes.type("concurrent.futures._base", "Executor", PyExecutor.class, null,
            true, PyExecutor::define);

    static final PyType GENERATOR = PyIterator.newType("generator");

    protected PyExecutor(PyType type) {
        super(type);
    }

    /**
     * {@code Executor.map(fn, *iterables, timeout=None, chunksize=1)}: submits every call now,
     * then yields results in order; the first exception is raised again and the remaining futures are cancelled.
     */
    static PyObject map(PyObject self, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        PyObject timeout = PyNone.NONE;
        for (int k = 0; k < nkw; k++) {
            switch (kwnames[k]) {
                case "timeout" -> timeout = args[npos + k];
                case "chunksize" -> {
                    // only ProcessPoolExecutor looks at it (and checks it); threads ignore it, as in CPython
                    if (self.type().isSubtypeOf(PyThreadPoolExecutor.PROCESS_TYPE)
                            && Protocols.indexValue(args[npos + k], "int") < 1) {
                        throw Errors.valueError("chunksize must be >= 1.");
                    }
                }
                default -> throw Errors.typeError("Executor.map() got an unexpected keyword argument '%s'", kwnames[k]);
            }
        }
        if (npos < 1) {
            throw Errors.typeError("Executor.map() missing 1 required positional argument: 'fn'");
        }
        long nanos = Timeouts.optionalNanos(timeout);
        long deadline = Timeouts.deadline(nanos);
        PyObject fn = args[0];
        PyObject[] iterators = new PyObject[npos - 1];
        for (int i = 1; i < npos; i++) {
            iterators[i - 1] = Protocols.iter(args[i]);
        }
        PyObject submit = Attr.getAttr(self, "submit");
        ArrayDeque<PyObject> futures = new ArrayDeque<>();
        if (iterators.length > 0) {
            outer:
            while (true) {
                PyObject[] call = new PyObject[iterators.length + 1];
                call[0] = fn;
                for (int i = 0; i < iterators.length; i++) {
                    PyObject v = nextOrNull(iterators[i]);
                    if (v == null) {
                        break outer;
                    }
                    call[i + 1] = v;
                }
                futures.add(submit.call(call, null));
            }
        }
        return new ResultIterator(futures, deadline);
    }

    private static PyObject nextOrNull(PyObject it) {
        if (it instanceof PyIterator p) {
            return p.next();
        }
        try {
            return Protocols.next(it);
        } catch (PyException e) {
            if (e.matches(dev.weft.runtime.exc.ExceptionTypes.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    /** The generator {@code map} returns. */
    private static final class ResultIterator extends PyIterator {
        private final ArrayDeque<PyObject> futures;
        private final long deadline;

        ResultIterator(ArrayDeque<PyObject> futures, long deadline) {
            super(GENERATOR);
            this.futures = futures;
            this.deadline = deadline;
        }

        @Override
        public PyObject next() {
            PyObject f;
            synchronized (this) {
                f = futures.pollFirst();
            }
            if (f == null) {
                return null;
            }
            try {
                if (f instanceof PyFuture pf) {
                    long left = deadline == Long.MAX_VALUE ? -1 : Math.max(0, deadline - System.nanoTime());
                    return pf.result(left);
                }
                PyObject timeout = deadline == Long.MAX_VALUE ? PyNone.NONE
                        : dev.weft.runtime.types.PyFloat.of(Math.max(0, deadline - System.nanoTime()) / 1e9);
                return dev.weft.runtime.ops.Ops.callMethod(f, "result", timeout);
            } catch (RuntimeException e) {
                cancel(f);
                List<PyObject> rest;
                synchronized (this) {
                    rest = new ArrayList<>(futures);
                    futures.clear();
                }
                for (PyObject r : rest) {
                    cancel(r);
                }
                throw e;
            }
        }

        private static void cancel(PyObject f) {
            if (f instanceof PyFuture pf) {
                pf.cancel();
            } else {
                dev.weft.runtime.ops.Ops.callMethod(f, "cancel");
            }
        }
    }

    static void define(PyType t) {
        t.def("__doc__", PyStr.of("This is an abstract base class for concrete asynchronous executors."));
        t.defNew((cls, args, kw) -> new PyExecutor(cls));
        t.defV("submit", (s, args, kw) -> {
            throw Errors.notImplemented("");
        });
        t.defV("map", PyExecutor::map);
        t.defV("shutdown", (s, args, kw) -> PyNone.NONE);
        t.def0("__enter__", s -> s);
        t.defV("__exit__", (s, args, kw) -> {
            Attr.getAttr(s, "shutdown").call(new PyObject[] {PyBool.TRUE}, new String[] {"wait"});
            return PyBool.FALSE;
        });
    }
}
