package dev.weft.runtime.modules.concurrent.futures;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyBaseException;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.exc.Traceback;
import dev.weft.runtime.modules.DerivedObject;
import dev.weft.runtime.modules.ExceptionPrinter;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.Timeouts;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** {@code concurrent.futures.Future}, with CPython's states and messages. */
public final class PyFuture extends DerivedObject {
    public static final PyType TYPE = ModuleTypes.type("concurrent.futures._base", "Future", PyFuture.class, null, true,
            PyFuture::define);

    enum State { PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private volatile State state = State.PENDING;
    private PyObject result;
    private PyBaseException exception;
    private final List<PyObject> callbacks = new ArrayList<>();
    final CopyOnWriteArrayList<FutureWaiter> waiters = new CopyOnWriteArrayList<>();

    PyFuture(PyType type) {
        super(type);
    }

    public PyFuture() {
        this(TYPE);
    }

    State state() {
        return state;
    }

    boolean isDone() {
        State s = state;
        return s == State.CANCELLED || s == State.CANCELLED_AND_NOTIFIED || s == State.FINISHED;
    }

    boolean isCancelled() {
        State s = state;
        return s == State.CANCELLED || s == State.CANCELLED_AND_NOTIFIED;
    }

    /** Installs {@code w} unless already done; returns true if installed (both under this future's lock). */
    boolean installWaiter(FutureWaiter w) {
        lock.lock();
        try {
            if (state == State.CANCELLED_AND_NOTIFIED || state == State.FINISHED) {
                return false;
            }
            waiters.add(w);
            return true;
        } finally {
            lock.unlock();
        }
    }

    public boolean cancel() {
        lock.lock();
        try {
            if (state == State.RUNNING || state == State.FINISHED) {
                return false;
            }
            if (state == State.CANCELLED || state == State.CANCELLED_AND_NOTIFIED) {
                return true;
            }
            state = State.CANCELLED;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        invokeCallbacks();
        return true;
    }

    public boolean setRunningOrNotifyCancel() {
        lock.lock();
        try {
            if (state == State.CANCELLED) {
                state = State.CANCELLED_AND_NOTIFIED;
                for (FutureWaiter w : waiters) {
                    w.addCancelled(this);
                }
                return false;
            }
            if (state == State.PENDING) {
                state = State.RUNNING;
                return true;
            }
            throw Errors.runtimeError("Future in unexpected state");
        } finally {
            lock.unlock();
        }
    }

    public void setResult(PyObject value) {
        lock.lock();
        try {
            checkNotDone();
            result = value;
            state = State.FINISHED;
            for (FutureWaiter w : waiters) {
                w.addResult(this);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        invokeCallbacks();
    }

    public void setException(PyBaseException e) {
        // keep the frames where it was raised: result() raises it again elsewhere
        Traceback.of(e);
        lock.lock();
        try {
            checkNotDone();
            exception = e;
            state = State.FINISHED;
            for (FutureWaiter w : waiters) {
                w.addException(this);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        invokeCallbacks();
    }

    private void checkNotDone() {
        if (state == State.CANCELLED || state == State.CANCELLED_AND_NOTIFIED || state == State.FINISHED) {
            throw new PyException(ExceptionTypes.create(FuturesModule.INVALID_STATE_ERROR,
                    PyStr.of(state.name() + ": " + reprText())));
        }
    }

    /** Waits until done or {@code nanos} (−1: forever) pass; the lock is held on return. */
    private void awaitDone(long nanos) {
        long deadline = Timeouts.deadline(nanos);
        try {
            while (!isDone()) {
                if (deadline == Long.MAX_VALUE) {
                    changed.await();
                } else {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return;
                    }
                    changed.awaitNanos(left);
                }
            }
        } catch (InterruptedException e) {
            throw Timeouts.interrupted(e);
        }
    }

    /** {@code result(timeout)}: the value, or the exception raised again, CancelledError or TimeoutError. */
    public PyObject result(long nanos) {
        PyBaseException toRaise;
        lock.lock();
        try {
            if (!isDone()) {
                awaitDone(nanos);
            }
            if (isCancelled()) {
                throw new PyException(ExceptionTypes.create(FuturesModule.CANCELLED_ERROR));
            }
            if (state != State.FINISHED) {
                throw new PyException(ExceptionTypes.create(ExceptionTypes.TimeoutError));
            }
            if (exception == null) {
                return result;
            }
            toRaise = exception;
        } finally {
            lock.unlock();
        }
        throw dev.weft.runtime.exc.Traceback.raiseAgain(toRaise);
    }

    /** {@code exception(timeout)}: the exception or None. */
    public PyObject exception(long nanos) {
        lock.lock();
        try {
            if (!isDone()) {
                awaitDone(nanos);
            }
            if (isCancelled()) {
                throw new PyException(ExceptionTypes.create(FuturesModule.CANCELLED_ERROR));
            }
            if (state != State.FINISHED) {
                throw new PyException(ExceptionTypes.create(ExceptionTypes.TimeoutError));
            }
            return exception == null ? PyNone.NONE : exception;
        } finally {
            lock.unlock();
        }
    }

    PyBaseException exceptionOrNull() {
        lock.lock();
        try {
            return exception;
        } finally {
            lock.unlock();
        }
    }

    public void addDoneCallback(PyObject fn) {
        lock.lock();
        try {
            if (!isDone()) {
                callbacks.add(fn);
                return;
            }
        } finally {
            lock.unlock();
        }
        runCallback(fn);
    }

    private void invokeCallbacks() {
        List<PyObject> todo;
        lock.lock();
        try {
            todo = new ArrayList<>(callbacks);
            callbacks.clear();
        } finally {
            lock.unlock();
        }
        for (PyObject fn : todo) {
            runCallback(fn);
        }
    }

    private void runCallback(PyObject fn) {
        try {
            Calls.call1(fn, this);
        } catch (Throwable t) {
            PyException e = Errors.wrap(t);
            ExceptionPrinter.write(null, "exception calling callback for " + reprText() + "\n"
                    + ExceptionPrinter.format(e.value));
        }
    }

    String reprText() {
        String head = "<" + type().name() + " at 0x" + Long.toHexString(Ops.identityHash(this)) + " state=";
        lock.lock();
        try {
            return switch (state) {
                case PENDING -> head + "pending>";
                case RUNNING -> head + "running>";
                case CANCELLED, CANCELLED_AND_NOTIFIED -> head + "cancelled>";
                case FINISHED -> exception != null
                        ? head + "finished raised " + exception.type().name() + ">"
                        : head + "finished returned " + result.type().name() + ">";
            };
        } finally {
            lock.unlock();
        }
    }

    private static PyFuture self(PyObject o) {
        return (PyFuture) o;
    }

    private static long timeoutArg(String fn, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParse.parse(fn, args, kw, new String[] {"timeout"}, 0);
        return Timeouts.optionalNanos(a[0]);
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> new PyFuture(cls));
        t.def("__class_getitem__", ModuleTypes.classGetItem());
        t.def0("__init__", s -> PyNone.NONE);
        t.def0("cancel", s -> PyBool.of(self(s).cancel()));
        t.def0("cancelled", s -> PyBool.of(self(s).isCancelled()));
        t.def0("running", s -> PyBool.of(self(s).state == State.RUNNING));
        t.def0("done", s -> PyBool.of(self(s).isDone()));
        t.defV("result", (s, args, kw) -> self(s).result(timeoutArg("result", args, kw)));
        t.defV("exception", (s, args, kw) -> self(s).exception(timeoutArg("exception", args, kw)));
        t.def1("add_done_callback", (s, fn) -> {
            self(s).addDoneCallback(fn);
            return PyNone.NONE;
        });
        t.def0("set_running_or_notify_cancel", s -> PyBool.of(self(s).setRunningOrNotifyCancel()));
        t.def1("set_result", (s, v) -> {
            self(s).setResult(v);
            return PyNone.NONE;
        });
        t.def1("set_exception", (s, e) -> {
            if (!(e instanceof PyBaseException be)) {
                throw Errors.typeError("exceptions must derive from BaseException");
            }
            self(s).setException(be);
            return PyNone.NONE;
        });
        t.defGetSet("_state", s -> PyStr.of(self(s).state.name()), null);
        t.def0("__repr__", s -> PyStr.of(self(s).reprText()));
    }
}
