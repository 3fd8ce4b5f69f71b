package dev.weft.runtime.modules.threading;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.modules.DerivedObject;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.Timeouts;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** {@code threading.Event}: a flag that threads can wait for. Reads of the flag take no lock. */
public final class PyEvent extends DerivedObject {
    public static final PyType TYPE = ModuleTypes.type("threading", "Event", PyEvent.class, null, true, PyEvent::define);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private volatile boolean flag;

    public PyEvent(PyType type) {
        super(type);
    }

    public boolean isSet() {
        return flag;
    }

    public void set() {
        lock.lock();
        try {
            flag = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public void clear() {
        lock.lock();
        try {
            flag = false;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until set or {@code nanos} (−1: forever) pass; returns the flag. */
    public boolean await(long nanos) {
        if (flag) {
            return true;
        }
        long deadline = Timeouts.deadline(nanos);
        lock.lock();
        try {
            while (!flag) {
                if (!Sync.awaitUntil(changed, deadline)) {
                    break;
                }
            }
            return flag;
        } finally {
            lock.unlock();
        }
    }

    private static PyEvent self(PyObject o) {
        return (PyEvent) o;
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> new PyEvent(cls));
        t.def0("__init__", s -> PyNone.NONE);
        t.def0("is_set", s -> PyBool.of(self(s).isSet()));
        t.def0("isSet", s -> PyBool.of(self(s).isSet()));
        t.def0("set", s -> {
            self(s).set();
            return PyNone.NONE;
        });
        t.def0("clear", s -> {
            self(s).clear();
            return PyNone.NONE;
        });
        t.defV("wait", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("wait", args, kw, new String[] {"timeout"}, 0);
            return PyBool.of(self(s).await(Timeouts.optionalNanos(a[0])));
        });
        t.def0("_at_fork_reinit", s -> PyNone.NONE);
        t.def0("__repr__", s -> PyStr.of(Sync.reprPrefix(s) + (self(s).isSet() ? "set" : "unset") + ">"));
    }
}
