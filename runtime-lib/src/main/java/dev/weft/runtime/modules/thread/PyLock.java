package dev.weft.runtime.modules.thread;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.Timeouts;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * {@code _thread.lock} ({@code threading.Lock}): a binary semaphore, not an owned mutex, so
 * that any thread may release it, as in CPython. Uncontended acquire and release are one CAS.
 */
public final class PyLock extends PyObject {
    public static final PyType TYPE = ModuleTypes.type("_thread", "lock", PyLock.class, null, false, PyLock::define);

    /** State 0 is unlocked, 1 locked; acquisition is not fair (neither is CPython's). */
    private static final class Sync extends AbstractQueuedSynchronizer {
        @Override
        protected boolean tryAcquire(int ignored) {
            return compareAndSetState(0, 1);
        }

        @Override
        protected boolean tryRelease(int ignored) {
            if (!compareAndSetState(1, 0)) {
                throw new IllegalMonitorStateException();
            }
            return true;
        }

        boolean attempt() {
            return compareAndSetState(0, 1);
        }

        boolean isLocked() {
            return getState() != 0;
        }
    }

    private final Sync sync = new Sync();

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Acquires within {@code nanos} (−1: forever, 0: don't block); true if acquired. */
    public boolean acquire(long nanos) {
        if (nanos == 0) {
            return sync.attempt();
        }
        try {
            if (nanos < 0) {
                sync.acquireInterruptibly(1);
                return true;
            }
            return sync.tryAcquireNanos(1, nanos);
        } catch (InterruptedException e) {
            throw Timeouts.interrupted(e);
        }
    }

    public void acquire() {
        acquire(-1);
    }

    /** Releases; RuntimeError if the lock is not locked. Any thread may release. */
    public void release() {
        try {
            sync.release(1);
        } catch (IllegalMonitorStateException e) {
            throw Errors.runtimeError("release unlocked lock");
        }
    }

    public boolean locked() {
        return sync.isLocked();
    }

    private static PyLock self(PyObject o) {
        return (PyLock) o;
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> {
            if (args.length > 0 || kw != null && kw.length > 0) {
                throw Errors.typeError("lock() takes no arguments");
            }
            return new PyLock();
        });
        t.defV("acquire", (s, a, kw) -> PyBool.of(self(s).acquire(LockArgs.parse(a, kw))));
        t.defV("acquire_lock", (s, a, kw) -> PyBool.of(self(s).acquire(LockArgs.parse(a, kw))));
        t.defV("__enter__", (s, a, kw) -> PyBool.of(self(s).acquire(LockArgs.parse(a, kw))));
        t.def0("release", s -> {
            self(s).release();
            return PyNone.NONE;
        });
        t.def0("release_lock", s -> {
            self(s).release();
            return PyNone.NONE;
        });
        t.defV("__exit__", (s, a, kw) -> {
            self(s).release();
            return PyNone.NONE;
        });
        t.def0("locked", s -> PyBool.of(self(s).locked()));
        t.def0("locked_lock", s -> PyBool.of(self(s).locked()));
        t.def0("_at_fork_reinit", s -> PyNone.NONE);
        t.def0("__repr__", s -> PyStr.of("<" + (self(s).locked() ? "locked" : "unlocked")
                + " _thread.lock object at 0x" + Long.toHexString(Ops.identityHash(s)) + ">"));
    }
}
