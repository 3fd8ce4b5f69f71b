package dev.weft.runtime.modules.threading;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.DerivedObject;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.Timeouts;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** {@code threading.Semaphore} and {@code threading.BoundedSemaphore}. */
public final class PySemaphore extends DerivedObject {
    public static final PyType TYPE = ModuleTypes.type("threading", "Semaphore", PySemaphore.class, null, true,
            PySemaphore::define);
    public static final PyType BOUNDED = ModuleTypes.type("threading", "BoundedSemaphore", PySemaphore.class, TYPE,
            true, PySemaphore::defineBounded);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition available = lock.newCondition();
    private long value;
    /** The initial value of a BoundedSemaphore, −1 for a plain one. */
    private long bound = -1;

    PySemaphore(PyType type) {
        super(type);
    }

    void init(long initial, boolean bounded) {
        if (initial < 0) {
            throw Errors.valueError("semaphore initial value must be >= 0");
        }
        lock.lock();
        try {
            value = initial;
            bound = bounded ? initial : -1;
        } finally {
            lock.unlock();
        }
    }

    /** {@code nanos}: −1 forever, else the timeout; {@code blocking} false tries once. */
    public boolean acquire(boolean blocking, long nanos) {
        long deadline = Timeouts.deadline(nanos);
        lock.lock();
        try {
            while (value == 0) {
                if (!blocking || !Sync.awaitUntil(available, deadline)) {
                    return false;
                }
            }
            value--;
            return true;
        } finally {
            lock.unlock();
        }
    }

    public void release(long n) {
        if (n < 1) {
            throw Errors.valueError("n must be one or more");
        }
        lock.lock();
        try {
            if (bound >= 0 && value + n > bound) {
                throw Errors.valueError("Semaphore released too many times");
            }
            value += n;
            for (long i = 0; i < n && lock.hasWaiters(available); i++) {
                available.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    long value() {
        lock.lock();
        try {
            return value;
        } finally {
            lock.unlock();
        }
    }

    private static PySemaphore self(PyObject o) {
        return (PySemaphore) o;
    }

    private static PyObject acquire(PyObject s, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParse.parse("acquire", args, kw, new String[] {"blocking", "timeout"}, 0);
        boolean blocking = a[0] == null || Ops.isTrue(a[0]);
        boolean hasTimeout = a[1] != null && a[1] != PyNone.NONE;
        if (!blocking && hasTimeout) {
            throw Errors.valueError("can't specify timeout for non-blocking acquire");
        }
        return PyBool.of(self(s).acquire(blocking, Timeouts.optionalNanos(a[1])));
    }

    private static void defineCommon(PyType t, boolean bounded) {
        t.defV("__init__", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse(t.name() + ".__init__", args, kw, new String[] {"value"}, 0);
            self(s).init(a[0] == null ? 1 : Protocols.indexValue(a[0], "int"), bounded);
            return PyNone.NONE;
        });
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> new PySemaphore(cls));
        defineCommon(t, false);
        t.defV("acquire", PySemaphore::acquire);
        t.defV("__enter__", PySemaphore::acquire);
        t.defV("release", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("release", args, kw, new String[] {"n"}, 0);
            self(s).release(a[0] == null ? 1 : Protocols.indexValue(a[0], "int"));
            return PyNone.NONE;
        });
        t.defV("__exit__", (s, args, kw) -> {
            self(s).release(1);
            return PyNone.NONE;
        });
        t.def0("__repr__", s -> PyStr.of(Sync.reprPrefix(s) + "value=" + self(s).value() + ">"));
    }

    static void defineBounded(PyType t) {
        defineCommon(t, true);
        t.def0("__repr__", s -> PyStr.of(Sync.reprPrefix(s) + "value=" + self(s).value() + "/" + self(s).bound + ">"));
    }
}
