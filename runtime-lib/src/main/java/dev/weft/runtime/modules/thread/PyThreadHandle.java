package dev.weft.runtime.modules.thread;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.ExceptionPrinter;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.Timeouts;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code _thread._ThreadHandle} and {@code start_joinable_thread}: the 3.13 primitives that
 * CPython's pure-Python {@code threading.py} is written on (kept so that it can be compiled too).
 */
public final class PyThreadHandle extends PyObject {
    public static final PyType TYPE = ModuleTypes.type("_thread", "_ThreadHandle", PyThreadHandle.class, null, false,
            PyThreadHandle::define);

    /** Non-daemon joinable threads not yet finished: {@code _thread._shutdown()} waits for them. */
    private static final Set<PyThreadHandle> NON_DAEMON = ConcurrentHashMap.newKeySet();

    private volatile long ident;
    private volatile Thread thread;
    private volatile boolean started;
    private final CountDownLatch done = new CountDownLatch(1);

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code start_joinable_thread(function, handle=None, daemon=True)}. */
    static PyObject startJoinable(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParse.parse("start_joinable_thread", args, kw, new String[] {"function", "handle", "daemon"}, 1);
        PyObject function = a[0];
        if (!Protocols.isCallable(function)) {
            throw Errors.typeError("thread function must be callable");
        }
        PyThreadHandle h = a[1] == null || a[1] == PyNone.NONE ? new PyThreadHandle() : (PyThreadHandle) a[1];
        boolean daemon = a[2] == null || Ops.isTrue(a[2]);
        synchronized (h) {
            if (h.started) {
                throw Errors.runtimeError("thread already started");
            }
            h.started = true;
        }
        Thread t = new Thread(null, () -> {
            try {
                Calls.call0(function);
            } catch (Throwable e) {
                PyException pe = Errors.wrap(e);
                if (!pe.matches(ExceptionTypes.SystemExit)) {
                    ExceptionPrinter.write(null, "Exception ignored in thread started by: "
                            + Ops.reprString(function) + "\n" + ExceptionPrinter.format(pe.value));
                }
            } finally {
                h.setDone();
            }
        }, "Dummy", ThreadModule.stackSize());
        t.setDaemon(true);
        h.thread = t;
        h.ident = ThreadIds.ident(t);
        if (!daemon) {
            NON_DAEMON.add(h);
        }
        t.start();
        return h;
    }

    /** {@code _make_thread_handle(ident)}: a handle for a thread already running (the main thread, dummies). */
    static PyObject forRunning(PyObject self, PyObject ident) {
        PyThreadHandle h = new PyThreadHandle();
        h.ident = Protocols.indexValue(ident, "int");
        h.started = true;
        if (h.ident == ThreadIds.currentIdent()) {
            h.thread = Thread.currentThread();
        }
        return h;
    }

    void setDone() {
        NON_DAEMON.remove(this);
        done.countDown();
    }

    void join(long nanos) {
        if (!started) {
            throw Errors.runtimeError("thread not started");
        }
        if (done.getCount() > 0 && (thread == Thread.currentThread() || ident == ThreadIds.currentIdent())) {
            throw Errors.runtimeError("Cannot join current thread");
        }
        try {
            if (nanos < 0) {
                done.await();
            } else {
                done.await(nanos, TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            throw Timeouts.interrupted(e);
        }
    }

    /** {@code _thread._shutdown()}: waits for every non-daemon joinable thread. */
    static void shutdown() {
        for (PyThreadHandle h : NON_DAEMON) {
            if (h.thread != Thread.currentThread()) {
                h.join(-1);
            }
        }
    }

    private static PyThreadHandle self(PyObject o) {
        return (PyThreadHandle) o;
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> new PyThreadHandle());
        t.defGetSet("ident", s -> PyInt.of(self(s).ident), null);
        t.defV("join", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("join", args, kw, new String[] {"timeout"}, 0);
            self(s).join(Timeouts.optionalNanos(a[0]));
            return PyNone.NONE;
        });
        t.def0("is_done", s -> PyBool.of(self(s).done.getCount() == 0));
        t.def0("_set_done", s -> {
            self(s).setDone();
            return PyNone.NONE;
        });
        t.def0("__repr__", s -> PyStr.of("<_thread._ThreadHandle object: ident=" + self(s).ident + ">"));
    }
}
