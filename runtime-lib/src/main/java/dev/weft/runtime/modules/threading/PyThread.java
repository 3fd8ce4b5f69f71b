package dev.weft.runtime.modules.threading;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.PyBaseException;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.DerivedObject;
import dev.weft.runtime.modules.ExceptionPrinter;
import dev.weft.runtime.modules.ModuleRegistry;
import dev.weft.runtime.modules.Timeouts;
import dev.weft.runtime.modules.thread.ExceptHook;
import dev.weft.runtime.modules.thread.ThreadIds;
import dev.weft.runtime.modules.thread.ThreadModule;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyTuple;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A {@code threading.Thread} (and {@code _MainThread}, {@code _DummyThread}, {@code Timer}):
 * a JVM platform thread, with no lock shared with any other Python thread. Every JVM thread
 * is a daemon; the launcher's shutdown ({@link Threads#shutdown}) joins the non-daemon ones,
 * as CPython's {@code threading._shutdown} does.
 */
public final class PyThread extends DerivedObject {
    private static final int INITIAL = 0, STARTED = 1, STOPPED = 2;

    private enum Kind { NORMAL, MAIN, DUMMY }

    private final Kind kind;
    private volatile boolean initialized;
    private volatile PyObject target;
    private volatile PyObject args;
    private volatile PyObject kwargs;
    private volatile String name;
    private volatile boolean daemon;
    private volatile int state = INITIAL;
    private volatile Thread javaThread;
    private volatile long ident;
    private volatile long nativeId;
    private volatile boolean hasNativeId;
    /** When the thread registered itself as running: {@code enumerate()} lists threads in this order. */
    private volatile long activeSince;
    private static final java.util.concurrent.atomic.AtomicLong ACTIVATIONS = new java.util.concurrent.atomic.AtomicLong();
    private final CountDownLatch startedLatch = new CountDownLatch(1);
    private final CountDownLatch finishedLatch = new CountDownLatch(1);

    PyThread(PyType type) {
        this(type, Kind.NORMAL);
    }

    private PyThread(PyType type, Kind kind) {
        super(type);
        this.kind = kind;
    }

    static PyThread mainThread(Thread t) {
        PyThread m = new PyThread(ThreadTypes.MAIN_THREAD, Kind.MAIN);
        m.bindRunning(t, "MainThread", false);
        return m;
    }

    static PyThread dummy(Thread t, String name) {
        PyThread d = new PyThread(ThreadTypes.DUMMY_THREAD, Kind.DUMMY);
        d.bindRunning(t, name, true);
        return d;
    }

    private void bindRunning(Thread t, String n, boolean isDaemon) {
        initialized = true;
        name = n;
        daemon = isDaemon;
        javaThread = t;
        ident = ThreadIds.ident(t);
        if (t == Thread.currentThread()) {
            nativeId = ThreadIds.currentNativeId();
            hasNativeId = true;
        }
        state = STARTED;
        activeSince = ACTIVATIONS.incrementAndGet();
        startedLatch.countDown();
    }

    /**
     * A non-daemon {@code threading.Thread} named {@code name} whose target runs {@code body}
     * (executor workers: they are Python threads, visible to {@code current_thread()} and {@code enumerate()}).
     */
    public static PyThread forJava(String name, Runnable body) {
        PyThread t = new PyThread(ThreadTypes.THREAD);
        PyObject target = new dev.weft.runtime.call.PyBuiltinFunction("_worker", 0, 0,
                (dev.weft.runtime.call.Fn.F0) s -> {
                    body.run();
                    return dev.weft.runtime.types.PyNone.NONE;
                });
        t.init(target, name, PyTuple.EMPTY, new PyDict(), dev.weft.runtime.types.PyBool.FALSE);
        return t;
    }

    // ---- state used by the module and by the shutdown ----

    Thread javaThread() { return javaThread; }
    boolean isDummy() { return kind == Kind.DUMMY; }
    long activeSince() { return activeSince; }
    public boolean isDaemon() { return daemon; }
    public String name() { checkInit("Thread.__init__() not called"); return name; }
    public long ident() { return ident; }
    boolean hasIdent() { return state != INITIAL; }
    boolean hasNativeId() { return hasNativeId; }
    long nativeId() { return nativeId; }
    boolean isInitialized() { return initialized; }
    boolean isStarted() { return state != INITIAL; }
    boolean isStopped() { return state == STOPPED; }

    public boolean isAlive() {
        if (kind == Kind.DUMMY) {
            return javaThread.isAlive();
        }
        return state == STARTED;
    }

    void markStopped() {
        state = STOPPED;
        finishedLatch.countDown();
    }

    // ---- Thread.__init__ and properties ----

    void init(PyObject target, String name, PyObject args, PyObject kwargs, PyObject daemon) {
        this.target = target;
        this.args = args;
        this.kwargs = kwargs;
        if (name == null) {
            String n = "Thread-" + Threads.nextNumber();
            if (target != null) {
                PyObject tn = dev.weft.runtime.ops.Attr.getAttrOrNull(target, "__name__");
                if (tn != null) {
                    n += " (" + Ops.strString(tn) + ")";
                }
            }
            name = n;
        }
        this.name = name;
        this.daemon = daemon != null ? Ops.isTrue(daemon) : Threads.current().isDaemon();
        this.initialized = true;
    }

    void checkInit(String message) {
        if (!initialized) {
            throw Errors.runtimeError(message);
        }
    }

    void setName(String n) {
        checkInit("Thread.__init__() not called");
        name = n;
    }

    void setDaemon(boolean d) {
        checkInit("Thread.__init__() not called");
        if (state != INITIAL) {
            throw Errors.runtimeError("cannot set daemon status of active thread");
        }
        daemon = d;
    }

    PyObject target() { return target; }
    PyObject args() { return args; }
    PyObject kwargs() { return kwargs; }
    void setTarget(PyObject v) { target = v; }
    void setArgs(PyObject v) { args = v; }
    void setKwargs(PyObject v) { kwargs = v; }

    // ---- start / run / join ----

    /** {@code Thread.start()}: returns once the new thread is running, as CPython's does. */
    public void start() {
        checkInit("thread.__init__() not called");
        Thread t;
        synchronized (this) {
            if (state != INITIAL || javaThread != null) {
                throw Errors.runtimeError("threads can only be started once");
            }
            t = new Thread(null, this::bootstrap, name, ThreadModule.stackSize());
            t.setDaemon(true);
            javaThread = t;
            ident = ThreadIds.ident(t);
        }
        try {
            t.start();
        } catch (OutOfMemoryError e) {
            javaThread = null;
            throw Errors.runtimeError("can't start new thread");
        }
        try {
            startedLatch.await();
        } catch (InterruptedException e) {
            throw Timeouts.interrupted(e);
        }
    }

    private void bootstrap() {
        nativeId = ThreadIds.currentNativeId();
        hasNativeId = true;
        state = STARTED;
        activeSince = ACTIVATIONS.incrementAndGet();
        Threads.started(this);
        startedLatch.countDown();
        try {
            Calls.callMethod("run", new PyObject[] {this}, null);
        } catch (Throwable t) {
            invokeExcepthook(Errors.wrap(t).value);
        } finally {
            state = STOPPED;
            Threads.finished(this);
            finishedLatch.countDown();
        }
    }

    /** {@code threading.excepthook(args)} as looked up when the exception happens; failures of the hook itself are printed. */
    private void invokeExcepthook(PyBaseException e) {
        try {
            PyObject hook = ModuleRegistry.find("threading").get("excepthook");
            PyTuple hookArgs = ExceptHook.args(e, this);
            if (hook == null) {
                ExceptHook.defaultHook(null, hookArgs);
            } else {
                Calls.call1(hook, hookArgs);
            }
        } catch (Throwable hookFailure) {
            PyException pe = Errors.wrap(hookFailure);
            ExceptionPrinter.write(null, "Exception in threading.excepthook:\n" + ExceptionPrinter.format(pe.value));
        }
    }

    /** {@code Thread.run()}: calls the target, then forgets it (and its arguments). */
    void runTarget() {
        try {
            PyObject t = target;
            if (t != null && t != dev.weft.runtime.types.PyNone.NONE) {
                PyObject a = args == null ? PyTuple.EMPTY : args;
                PyObject k = kwargs;
                // no keywords: a plain positional call lets a compiled function take its fast path
                Calls.callEx(t, a, k instanceof PyDict d && d.size() > 0 ? d : null);
            }
        } finally {
            target = null;
            args = null;
            kwargs = null;
        }
    }

    /** {@code Thread.join(timeout)}: {@code nanos} −1 waits forever. */
    public void join(long nanos) {
        checkInit("Thread.__init__() not called");
        if (state == INITIAL) {
            throw Errors.runtimeError("cannot join thread before it is started");
        }
        if (this == Threads.current()) {
            throw Errors.runtimeError("cannot join current thread");
        }
        if (kind == Kind.DUMMY) {
            throw Errors.runtimeError("cannot join a dummy thread");
        }
        awaitFinished(nanos);
    }

    boolean awaitFinished(long nanos) {
        try {
            if (nanos < 0) {
                finishedLatch.await();
                return true;
            }
            return finishedLatch.await(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            throw Timeouts.interrupted(e);
        }
    }

    /** {@code <Thread(name, started daemon 1234)>}. */
    String reprText() {
        String status = "initial";
        if (state != INITIAL) {
            status = "started";
        }
        if (isStopped() || kind == Kind.DUMMY && !javaThread.isAlive()) {
            status = "stopped";
        }
        if (daemon) {
            status += " daemon";
        }
        if (state != INITIAL) {
            status += " " + ident;
        }
        return "<" + type().name() + "(" + name + ", " + status + ")>";
    }
}
