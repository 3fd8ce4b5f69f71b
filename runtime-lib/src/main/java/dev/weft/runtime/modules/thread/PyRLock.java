package dev.weft.runtime.modules.thread;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.Timeouts;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/** {@code _thread.RLock} ({@code threading.RLock}): an owned, reentrant lock on {@link ReentrantLock}. */
public final class PyRLock extends PyObject {
    public static final PyType TYPE = ModuleTypes.type("_thread", "RLock", PyRLock.class, null, false, PyRLock::define);

    private final ReentrantLock lock = new ReentrantLock();
    /** Python ident of the owner while held (for repr and {@code _release_save}); 0 when free. */
    private volatile long owner;
    /** Levels held by the owner, published for repr from other threads. */
    private volatile int count;

    @Override
    public PyType type() {
        return TYPE;
    }

    public boolean acquire(long nanos) {
        boolean got;
        if (nanos == 0) {
            got = lock.tryLock();
        } else {
            try {
                if (nanos < 0) {
                    lock.lockInterruptibly();
                    got = true;
                } else {
                    got = lock.tryLock(nanos, TimeUnit.NANOSECONDS);
                }
            } catch (InterruptedException e) {
                throw Timeouts.interrupted(e);
            }
        }
        if (got) {
            if (lock.getHoldCount() == 1) {
                owner = ThreadIds.currentIdent();
            }
            count = lock.getHoldCount();
        }
        return got;
    }

    public void release() {
        if (!lock.isHeldByCurrentThread()) {
            throw Errors.runtimeError("cannot release un-acquired lock");
        }
        int left = lock.getHoldCount() - 1;
        count = left;
        if (left == 0) {
            owner = 0;
        }
        lock.unlock();
    }

    public boolean isOwned() {
        return lock.isHeldByCurrentThread();
    }

    /** Releases every level held by the caller (what {@code Condition.wait} does); returns the count. */
    public int releaseAll() {
        if (!lock.isHeldByCurrentThread()) {
            throw Errors.runtimeError("cannot release un-acquired lock");
        }
        int n = lock.getHoldCount();
        owner = 0;
        count = 0;
        for (int i = 0; i < n; i++) {
            lock.unlock();
        }
        return n;
    }

    /** Re-acquires {@code count} levels (after {@link #releaseAll}). */
    public void acquireLevels(int levels) {
        acquire(-1);
        for (int i = 1; i < levels; i++) {
            lock.lock();
        }
        count = lock.getHoldCount();
    }

    private static PyRLock self(PyObject o) {
        return (PyRLock) o;
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> new PyRLock());
        t.defV("acquire", (s, a, kw) -> PyBool.of(self(s).acquire(LockArgs.parse(a, kw))));
        t.defV("__enter__", (s, a, kw) -> PyBool.of(self(s).acquire(LockArgs.parse(a, kw))));
        t.def0("release", s -> {
            self(s).release();
            return PyNone.NONE;
        });
        t.defV("__exit__", (s, a, kw) -> {
            self(s).release();
            return PyNone.NONE;
        });
        t.def0("_is_owned", s -> PyBool.of(self(s).isOwned()));
        t.def0("_recursion_count", s -> PyInt.of(self(s).isOwned() ? self(s).lock.getHoldCount() : 0));
        t.def0("_release_save", s -> {
            long who = self(s).owner;
            if (!self(s).isOwned()) {
                throw Errors.runtimeError("cannot release un-acquired lock");
            }
            int n = self(s).releaseAll();
            return PyTuple.of(PyInt.of(n), PyInt.of(who));
        });
        t.def1("_acquire_restore", (s, state) -> {
            PyObject[] st = Protocols.unpack(state, 2);
            self(s).acquireLevels((int) Protocols.indexValue(st[0], "int"));
            return PyNone.NONE;
        });
        t.def0("_at_fork_reinit", s -> PyNone.NONE);
        t.def0("__repr__", s -> {
            PyRLock r = self(s);
            long who = r.owner;
            int count = who == 0 ? 0 : r.count;
            boolean held = who != 0;
            return PyStr.of("<" + (held ? "locked" : "unlocked") + " _thread.RLock object owner=" + who
                    + " count=" + count + " at 0x" + Long.toHexString(Ops.identityHash(s)) + ">");
        });
    }
}
