package dev.weft.runtime.gen;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyBaseException;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyIterator;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Generators and coroutines: the protocol (next, send, throw, close, PEP 479, "already
 * executing") around a {@link GeneratorBody} state machine. A generator is also a
 * {@link PyIterator}, so a for loop over it costs no exception at the end.
 */
public final class PyGenerator extends PyIterator {
    public static final PyType GENERATOR_TYPE = new PyType("generator", PyGenerator.class, PyType.OBJECT,
            GeneratorMethods::defineGenerator, PyType.IMMUTABLE);
    public static final PyType COROUTINE_TYPE = new PyType("coroutine", PyGenerator.class, PyType.OBJECT,
            GeneratorMethods::defineCoroutine, PyType.IMMUTABLE);
    public static final PyType ASYNC_GENERATOR_TYPE = new PyType("async_generator", PyGenerator.class, PyType.OBJECT,
            GeneratorMethods::defineAsyncGenerator, PyType.IMMUTABLE);

    private static final int GEN = 0, CORO = 1, ASYNC_GEN = 2;

    static final int CREATED = 0, SUSPENDED = 1, RUNNING = 2, CLOSED = 3;

    private final GeneratorBody body;
    private final boolean coroutine;
    private final int kind;
    /** CREATED, SUSPENDED, RUNNING or CLOSED: a field with a VarHandle, not an AtomicInteger (one indirection fewer per step). */
    private volatile int state; // CREATED (0) initially; no volatile store in the constructor
    private static final VarHandle STATE;
    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(PyGenerator.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
    private volatile String name;
    private volatile String qualname;
    private PyObject result;
    /** The iterator a {@code yield from}/{@code await} currently delegates to (gi_yieldfrom), set by the body. */
    private volatile PyObject yieldFrom;

    private PyGenerator(GeneratorBody body, String name, String qualname, int kind) {
        super(kind == CORO ? COROUTINE_TYPE : kind == ASYNC_GEN ? ASYNC_GENERATOR_TYPE : GENERATOR_TYPE);
        this.body = body;
        this.name = name;
        this.qualname = qualname;
        this.kind = kind;
        this.coroutine = kind == CORO;
    }

    public static PyGenerator generator(GeneratorBody body, String name, String qualname) {
        return new PyGenerator(body, name, qualname, GEN);
    }

    public static PyGenerator coroutine(GeneratorBody body, String name, String qualname) {
        return new PyGenerator(body, name, qualname, CORO);
    }

    /**
     * An async generator. Its body returns {@link AsyncGenValue#of(PyObject)} for an
     * {@code yield v} and any other value when suspending in an {@code await} (that value goes
     * to the event loop).
     */
    public static PyGenerator asyncGenerator(GeneratorBody body, String name, String qualname) {
        return new PyGenerator(body, name, qualname, ASYNC_GEN);
    }

    private volatile boolean hooksInited;

    /** The first asend/athrow/__anext__ of an async generator calls sys's firstiter hook (once). */
    void initAsyncGenHooks() {
        if (!hooksInited) {
            hooksInited = true;
            AsyncGenHooks.firstIter(this);
        }
    }

    public boolean isAsyncGenerator() {
        return kind == ASYNC_GEN;
    }

    public boolean isCoroutine() { return coroutine; }
    /** The state machine behind this generator (compiled code's {@code GeneratorFrame}). */
    public GeneratorBody body() { return body; }
    /** A generator of a {@code types.coroutine} generator function: {@code await} takes it. */
    public boolean isIterableCoroutine() { return kind == GEN && body.iterableCoroutine(); }
    public String name() { return name; }
    public String qualname() { return qualname; }
    void setName(String n) { name = n; }
    void setQualname(String q) { qualname = q; }
    boolean isRunning() { return state == RUNNING; }
    boolean isSuspended() { return state == SUSPENDED; }
    boolean isClosed() { return state == CLOSED; }
    public PyObject yieldFrom() { return yieldFrom; }

    /** {@code gi_frame}: the body's frame object, None once the generator finished. */
    PyObject frameObject() {
        PyObject f = isClosed() ? null : body.frameObject();
        return f == null ? PyNone.NONE : f;
    }
    /** Written only on change: a plain yield keeps it null, and a volatile store is a fence per step. */
    public void setYieldFrom(PyObject it) {
        if (yieldFrom != it) {
            yieldFrom = it;
        }
    }


    /** Called by the body before finishing: the generator's return value (StopIteration.value). */
    public void setResult(PyObject v) {
        result = v;
    }

    private String kind() {
        return kind == CORO ? "coroutine" : kind == ASYNC_GEN ? "async generator" : "generator";
    }

    /**
     * One step: the yielded value, or null when the generator finished (its return value is
     * then in {@link #takeResult()}). Exceptions from the body propagate, except that
     * StopIteration becomes RuntimeError (PEP 479).
     */
    PyObject step(PyObject sent, PyException thrown) {
        int s = state;
        if (s == RUNNING || !STATE.compareAndSet(this, s, RUNNING)) {
            throw Errors.valueError("%s already executing", kind());
        }
        if (s == CLOSED) {
            state = CLOSED;
            if (thrown != null) {
                throw thrown;
            }
            if (coroutine) {
                throw Errors.runtimeError("cannot reuse already awaited coroutine");
            }
            return null;
        }
        if (s == CREATED && sent != PyNone.NONE && thrown == null) {
            state = CREATED;
            throw Errors.typeError("can't send non-None value to a just-started %s", kind());
        }
        PyObject r;
        try {
            result = PyNone.NONE;
            r = body.resume(this, sent, thrown);
        } catch (PyException e) {
            state = CLOSED;
            // PEP 479; StopAsyncIteration is converted in async generators only (CPython
            // lets it escape a coroutine unchanged).
            if (e.matches(ExceptionTypes.StopIteration)
                    || (kind == ASYNC_GEN && e.matches(ExceptionTypes.StopAsyncIteration))) {
                PyException re = Errors.runtimeError("%s raised %s", kind(), e.value.type().name());
                re.value.setCause(e.value);
                re.value.setContext(e.value);
                throw re;
            }
            throw e;
        } catch (StackOverflowError e) {
            state = CLOSED;
            throw Errors.wrap(e);
        } catch (RuntimeException e) {
            state = CLOSED;
            throw Errors.wrap(e);
        }
        // a release store suffices: the next step's compareAndSet reads it with acquire
        STATE.setRelease(this, r == null ? CLOSED : SUSPENDED);
        return r;
    }

    PyObject takeResult() {
        PyObject r = result;
        result = null;
        return r == null ? PyNone.NONE : r;
    }

    /** {@code next(gen)} for for-loops: null at the end, no StopIteration allocated. */
    @Override
    public PyObject next() {
        return step(PyNone.NONE, null);
    }

    /** After {@link #next()} returned null: the return value, for {@code next(gen)}'s StopIteration. */
    @Override
    public PyObject stopValue() {
        PyObject v = takeResult();
        return v == PyNone.NONE ? null : v;
    }

    /** {@code gen.send(v)}: raises StopIteration(return value) at the end. */
    public PyObject send(PyObject v) {
        PyObject r = step(v, null);
        if (r == null) {
            throw stop();
        }
        return r;
    }

    private PyException stop() {
        PyObject value = takeResult();
        return Errors.stopIteration(value == PyNone.NONE ? null : value);
    }

    /** {@code gen.throw(exc)}. */
    public PyObject throwIn(PyException exc) {
        PyObject r = step(PyNone.NONE, exc);
        if (r == null) {
            throw stop();
        }
        return r;
    }

    /** {@code gen.close()}. */
    public void close() {
        int s = state;
        if (s == CREATED) {
            STATE.compareAndSet(this, CREATED, CLOSED);
            return;
        }
        if (s == CLOSED) {
            return;
        }
        PyException exit = new PyException(ExceptionTypes.create(ExceptionTypes.GeneratorExit), false);
        PyObject r;
        try {
            r = step(PyNone.NONE, exit);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.GeneratorExit) || e.matches(ExceptionTypes.StopIteration)) {
                return;
            }
            throw e;
        }
        if (r != null) {
            state = CLOSED;
            throw Errors.runtimeError("%s ignored GeneratorExit", kind());
        }
    }

    /** Normalises {@code throw(type[, value[, tb]])} or {@code throw(instance)} into an exception to raise. */
    static PyException toThrow(PyObject typ, PyObject val, PyObject tb) {
        PyBaseException exc;
        if (typ instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BaseException)) {
            if (val == null || val == PyNone.NONE) {
                exc = (PyBaseException) Calls.call0(t);
            } else if (val instanceof PyBaseException v && v.type().isSubtypeOf(t)) {
                exc = v;
            } else {
                exc = (PyBaseException) Calls.call1(t, val);
            }
        } else if (typ instanceof PyBaseException inst) {
            if (val != null && val != PyNone.NONE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            exc = inst;
        } else {
            throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not %s",
                    typ.type().name());
        }
        if (tb != null && tb != PyNone.NONE) {
            exc.setTraceback(tb);
        } else {
            // an exception raised before keeps its traceback (the generator's frame goes in front
            // of it): built now, from the carrier it was raised with, before a new one replaces it
            dev.weft.runtime.exc.Traceback.of(exc);
        }
        return new PyException(exc);
    }

    String reprString() {
        return "<" + kind() + " object " + qualname + " at 0x" + Long.toHexString(Ops.identityHash(this)) + ">";
    }

    static PyStr str(String s) {
        return PyStr.of(s);
    }


    /** One step for the async-generator awaitables: like {@link #step} (package use). */
    PyObject stepAsync(PyObject sent, PyException thrown) {
        return step(sent, thrown);
    }
}
