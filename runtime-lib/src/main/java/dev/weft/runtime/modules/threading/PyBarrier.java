package dev.weft.runtime.modules.threading;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.DerivedObject;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.Timeouts;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code threading.Barrier}, with CPython's states: filling (0), draining (1), resetting (−1)
 * and broken (−2); the last thread to arrive runs the action, then all are released.
 */
public final class PyBarrier extends DerivedObject {
    public static final PyType TYPE = ModuleTypes.type("threading", "Barrier", PyBarrier.class, null, true,
            PyBarrier::define);
    public static final PyType BROKEN_BARRIER_ERROR = ModuleTypes.exceptionClass("threading", "BrokenBarrierError",
            ExceptionTypes.RuntimeError);

    private static final int FILLING = 0, DRAINING = 1, RESETTING = -1, BROKEN = -2;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition cond = lock.newCondition();
    private int parties;
    private PyObject action;
    private PyObject defaultTimeout = PyNone.NONE;
    private int state = FILLING;
    private int count;

    PyBarrier(PyType type) {
        super(type);
    }

    private static PyException broken() {
        return new PyException(ExceptionTypes.create(BROKEN_BARRIER_ERROR));
    }

    /** {@code wait(timeout)}: returns this thread's arrival index. */
    public int await(PyObject timeout) {
        if (timeout == null || timeout == PyNone.NONE) {
            timeout = defaultTimeout;
        }
        long deadline = Timeouts.deadline(Timeouts.optionalNanos(timeout));
        lock.lock();
        try {
            while (state == DRAINING || state == RESETTING) {
                Sync.awaitUntil(cond, Long.MAX_VALUE);
            }
            if (state < 0) {
                throw broken();
            }
            int index = count++;
            try {
                if (index + 1 == parties) {
                    releaseAll();
                } else {
                    waitForRelease(deadline);
                }
                return index;
            } finally {
                count--;
                if (count == 0 && (state == RESETTING || state == DRAINING)) {
                    state = FILLING;
                    cond.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void releaseAll() {
        try {
            if (action != null && action != PyNone.NONE) {
                Calls.call0(action);
            }
            state = DRAINING;
            cond.signalAll();
        } catch (RuntimeException e) {
            breakBarrier();
            throw e;
        }
    }

    private void waitForRelease(long deadline) {
        while (state == FILLING) {
            if (!Sync.awaitUntil(cond, deadline)) {
                breakBarrier();
                throw broken();
            }
        }
        if (state < 0) {
            throw broken();
        }
    }

    private void breakBarrier() {
        state = BROKEN;
        cond.signalAll();
    }

    public void reset() {
        lock.lock();
        try {
            if (count > 0) {
                if (state == FILLING || state == BROKEN) {
                    state = RESETTING;
                }
            } else {
                state = FILLING;
            }
            cond.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public void abort() {
        lock.lock();
        try {
            breakBarrier();
        } finally {
            lock.unlock();
        }
    }

    private <T> T locked(java.util.function.Supplier<T> read) {
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }

    private static PyBarrier self(PyObject o) {
        return (PyBarrier) o;
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> new PyBarrier(cls));
        t.defV("__init__", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("Barrier.__init__", args, kw, new String[] {"parties", "action", "timeout"}, 1);
            long parties = Protocols.indexValue(a[0], "int");
            if (parties < 1) {
                throw Errors.valueError("parties must be > 0");
            }
            PyBarrier b = self(s);
            b.lock.lock();
            try {
                b.parties = (int) Math.min(parties, Integer.MAX_VALUE);
                b.action = a[1] == null ? PyNone.NONE : a[1];
                b.defaultTimeout = a[2] == null ? PyNone.NONE : a[2];
                b.state = FILLING;
                b.count = 0;
            } finally {
                b.lock.unlock();
            }
            return PyNone.NONE;
        });
        t.defV("wait", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("wait", args, kw, new String[] {"timeout"}, 0);
            return PyInt.of(self(s).await(a[0]));
        });
        t.def0("reset", s -> {
            self(s).reset();
            return PyNone.NONE;
        });
        t.def0("abort", s -> {
            self(s).abort();
            return PyNone.NONE;
        });
        t.defGetSet("parties", s -> PyInt.of(self(s).parties), null);
        t.defGetSet("n_waiting", s -> PyInt.of(self(s).locked(() -> self(s).state == FILLING ? self(s).count : 0)), null);
        t.defGetSet("broken", s -> PyBool.of(self(s).locked(() -> self(s).state == BROKEN)), null);
        t.def0("__repr__", s -> {
            PyBarrier b = self(s);
            String tail = b.locked(() -> b.state == BROKEN ? "broken"
                    : "waiters=" + (b.state == FILLING ? b.count : 0) + "/" + b.parties);
            return PyStr.of(Sync.reprPrefix(s) + tail + ">");
        });
    }
}
