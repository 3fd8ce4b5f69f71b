package dev.weft.runtime.gen;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.types.PyIterator;
import dev.weft.runtime.types.PyNone;

/**
 * The awaitables of an async generator: {@code __anext__()}/{@code asend(v)} (a send) and
 * {@code athrow(e)}/{@code aclose()} (a throw). Awaiting one runs the generator until its next
 * {@code yield} (the awaitable then finishes with StopIteration(value)) or end
 * (StopAsyncIteration), passing await suspensions through to the event loop.
 */
final class AsyncGenStep extends PyIterator {
    static final PyType ASEND_TYPE = new PyType("async_generator_asend", AsyncGenStep.class, PyType.OBJECT,
            AsyncGenStep::define, PyType.IMMUTABLE);
    static final PyType ATHROW_TYPE = new PyType("async_generator_athrow", AsyncGenStep.class, PyType.OBJECT,
            AsyncGenStep::define, PyType.IMMUTABLE);

    private final PyGenerator gen;
    private final PyObject firstValue;
    private final PyException firstThrow;
    private final boolean closing;
    private boolean started;
    private boolean done;

    private AsyncGenStep(PyType type, PyGenerator gen, PyObject firstValue, PyException firstThrow, boolean closing) {
        super(type);
        this.gen = gen;
        this.firstValue = firstValue;
        this.firstThrow = firstThrow;
        this.closing = closing;
    }

    static AsyncGenStep send(PyGenerator gen, PyObject value) {
        gen.initAsyncGenHooks();
        return new AsyncGenStep(ASEND_TYPE, gen, value, null, false);
    }

    static AsyncGenStep throwIn(PyGenerator gen, PyException exc, boolean closing) {
        gen.initAsyncGenHooks();
        return new AsyncGenStep(ATHROW_TYPE, gen, PyNone.NONE, exc, closing);
    }

    /** One resumption; returns a value for the event loop, or throws StopIteration/StopAsyncIteration. */
    PyObject advance(PyObject sent, PyException thrown) {
        if (done) {
            throw Errors.runtimeError("cannot reuse already awaited %s", closing ? "aclose()/athrow()" : "__anext__()/asend()");
        }
        PyObject v = sent;
        PyException t = thrown;
        if (!started) {
            started = true;
            v = firstValue;
            t = t == null ? firstThrow : t;
        }
        PyObject r;
        try {
            r = gen.stepAsync(v, t);
        } catch (PyException e) {
            done = true;
            if (closing && (e.matches(ExceptionTypes.GeneratorExit) || e.matches(ExceptionTypes.StopAsyncIteration))) {
                throw Errors.stopIteration(null);
            }
            throw e;
        }
        if (r == null) {
            done = true;
            if (closing) {
                throw Errors.stopIteration(null);
            }
            throw Errors.make(ExceptionTypes.StopAsyncIteration, "");
        }
        if (r instanceof AsyncGenValue w) {
            done = true;
            if (closing && firstThrow != null && firstThrow.matches(ExceptionTypes.GeneratorExit)) {
                throw Errors.runtimeError("async generator ignored GeneratorExit");
            }
            throw Errors.stopIteration(w.value == PyNone.NONE ? null : w.value);
        }
        return r;
    }

    @Override
    public PyObject next() {
        try {
            return advance(PyNone.NONE, null);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    private static AsyncGenStep a(PyObject o) {
        return (AsyncGenStep) o;
    }

    static void define(PyType t) {
        t.def0("__await__", self -> self);
        t.def0("__iter__", self -> self);
        t.def0("__next__", self -> a(self).advance(PyNone.NONE, null));
        t.def1("send", (self, v) -> a(self).advance(v, null));
        t.def3("throw", 1, (self, x, y, z) -> a(self).advance(PyNone.NONE, PyGenerator.toThrow(x, y, z)));
        t.def0("close", self -> {
            a(self).done = true;
            return PyNone.NONE;
        });
    }
}
