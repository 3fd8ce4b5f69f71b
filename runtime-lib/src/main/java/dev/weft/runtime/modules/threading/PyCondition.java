package dev.weft.runtime.modules.threading;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.DerivedObject;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.Timeouts;
import dev.weft.runtime.modules.thread.PyLock;
import dev.weft.runtime.modules.thread.PyRLock;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code threading.Condition} over any lock, with CPython's algorithm: each waiter parks on
 * its own one-shot semaphore, queued in FIFO order; {@code notify(n)} wakes the first n.
 * {@code Lock} and {@code RLock} are driven directly; other lock objects through their
 * Python methods ({@code _release_save}, {@code _acquire_restore}, {@code _is_owned} when they have them).
 */
public final class PyCondition extends DerivedObject {
    public static final PyType TYPE = ModuleTypes.type("threading", "Condition", PyCondition.class, null, true,
            PyCondition::define);

    private volatile PyObject lock;
    private final ConcurrentLinkedDeque<Semaphore> waiters = new ConcurrentLinkedDeque<>();

    PyCondition(PyType type) {
        super(type);
    }

    /** A condition over a new RLock (for Java callers). */
    public static PyCondition withLock(PyObject lock) {
        PyCondition c = new PyCondition(TYPE);
        c.lock = lock;
        return c;
    }

    public PyObject lock() {
        return lock;
    }

    // ---- the lock protocol ----

    boolean isOwned() {
        PyObject l = lock;
        if (l instanceof PyRLock r) {
            return r.isOwned();
        }
        if (l instanceof PyLock k) {
            if (k.acquire(0)) {
                k.release();
                return false;
            }
            return true;
        }
        if (l.type().lookup("_is_owned") != null) {
            return Ops.isTrue(Ops.callMethod(l, "_is_owned"));
        }
        if (Ops.isTrue(Ops.callMethod(l, "acquire", PyBool.FALSE))) {
            Ops.callMethod(l, "release");
            return false;
        }
        return true;
    }

    private Object releaseSave() {
        PyObject l = lock;
        if (l instanceof PyRLock r) {
            return r.releaseAll();
        }
        if (l instanceof PyLock k) {
            k.release();
            return null;
        }
        if (l.type().lookup("_release_save") != null) {
            return Ops.callMethod(l, "_release_save");
        }
        Ops.callMethod(l, "release");
        return null;
    }

    private void acquireRestore(Object saved) {
        PyObject l = lock;
        if (l instanceof PyRLock r) {
            r.acquireLevels((Integer) saved);
        } else if (l instanceof PyLock k) {
            k.acquire();
        } else if (l.type().lookup("_acquire_restore") != null) {
            Ops.callMethod(l, "_acquire_restore", (PyObject) saved);
        } else {
            Ops.callMethod(l, "acquire");
        }
    }

    // ---- wait / notify ----

    /** {@code wait(timeout)}: {@code nanos} −1 waits forever; true unless the time ran out. */
    public boolean await(long nanos) {
        if (!isOwned()) {
            throw Errors.runtimeError("cannot wait on un-acquired lock");
        }
        Semaphore waiter = new Semaphore(0);
        waiters.addLast(waiter);
        Object saved = releaseSave();
        boolean gotIt = false;
        try {
            if (nanos < 0) {
                waiter.acquire();
                gotIt = true;
            } else if (nanos > 0) {
                gotIt = waiter.tryAcquire(nanos, TimeUnit.NANOSECONDS);
            } else {
                gotIt = waiter.tryAcquire();
            }
            return gotIt;
        } catch (InterruptedException e) {
            throw Timeouts.interrupted(e);
        } finally {
            acquireRestore(saved);
            if (!gotIt) {
                waiters.remove(waiter);
            }
        }
    }

    public void notify(int n) {
        if (!isOwned()) {
            throw Errors.runtimeError("cannot notify on un-acquired lock");
        }
        Iterator<Semaphore> it = waiters.iterator();
        while (n > 0 && it.hasNext()) {
            Semaphore w = it.next();
            if (waiters.remove(w)) {
                w.release();
                n--;
            }
        }
    }

    public void notifyAll0() {
        notify(Integer.MAX_VALUE);
    }

    /** {@code wait_for(predicate, timeout)}: CPython's loop, re-evaluating the predicate after each wake-up. */
    PyObject waitFor(PyObject predicate, PyObject timeout) {
        long nanos = Timeouts.optionalNanos(timeout);
        long deadline = nanos < 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        PyObject result = Calls.call0(predicate);
        while (!Ops.isTrue(result)) {
            long wait = -1;
            if (nanos >= 0) {
                if (deadline == Long.MIN_VALUE) {
                    deadline = Timeouts.deadline(nanos);
                    wait = nanos;
                } else {
                    wait = deadline - System.nanoTime();
                    if (wait <= 0) {
                        break;
                    }
                }
            }
            await(wait);
            result = Calls.call0(predicate);
        }
        return result;
    }

    private static PyCondition self(PyObject o) {
        return (PyCondition) o;
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> new PyCondition(cls));
        t.defV("__init__", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("Condition.__init__", args, kw, new String[] {"lock"}, 0);
            self(s).lock = a[0] == null || a[0] == PyNone.NONE ? new PyRLock() : a[0];
            return PyNone.NONE;
        });
        t.defV("acquire", (s, args, kw) -> Attr.getAttr(self(s).lock, "acquire").call(args, kw));
        t.defV("__enter__", (s, args, kw) -> Ops.callMethod(self(s).lock, "__enter__"));
        t.def0("release", s -> Ops.callMethod(self(s).lock, "release"));
        t.defV("__exit__", (s, args, kw) -> Ops.callMethod(self(s).lock, "__exit__", args));
        t.def0("_is_owned", s -> PyBool.of(self(s).isOwned()));
        t.defV("wait", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("wait", args, kw, new String[] {"timeout"}, 0);
            return PyBool.of(self(s).await(Timeouts.optionalNanos(a[0])));
        });
        t.defV("wait_for", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("wait_for", args, kw, new String[] {"predicate", "timeout"}, 1);
            return self(s).waitFor(a[0], a[1]);
        });
        t.defV("notify", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("notify", args, kw, new String[] {"n"}, 0);
            long n = a[0] == null ? 1 : Protocols.indexValue(a[0], "int");
            self(s).notify((int) Math.max(0, Math.min(n, Integer.MAX_VALUE)));
            return PyNone.NONE;
        });
        t.def0("notify_all", s -> {
            self(s).notifyAll0();
            return PyNone.NONE;
        });
        t.def0("notifyAll", s -> {
            self(s).notifyAll0();
            return PyNone.NONE;
        });
        t.def0("__repr__", s -> PyStr.of("<Condition(" + Ops.reprString(self(s).lock) + ", "
                + self(s).waiters.size() + ")>"));
    }

}
