package dev.weft.runtime.modules.threading;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.ExceptionPrinter;
import dev.weft.runtime.ops.Calls;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which Python thread object belongs to which JVM thread: {@code threading._active} and
 * {@code _main_thread}. Threads started by {@code threading} register themselves while they
 * run; other JVM threads get a {@code _DummyThread} the first time they ask who they are.
 */
public final class Threads {
    private Threads() { }

    /** Started, not yet finished threads (and dummies, pruned when their JVM thread has died). */
    private static final ConcurrentHashMap<Thread, PyThread> ACTIVE = new ConcurrentHashMap<>();
    private static final ThreadLocal<PyThread> CURRENT = new ThreadLocal<>();
    /** {@code threading._counter}: numbers "Thread-N" and "Dummy-N" names. */
    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** {@code threading._threading_atexits}: run before non-daemon threads are joined at shutdown. */
    private static final List<PyObject> AT_SHUTDOWN = new CopyOnWriteArrayList<>();
    private static final List<Runnable> JAVA_AT_SHUTDOWN = new CopyOnWriteArrayList<>();
    private static volatile boolean shuttingDown;

    private static volatile PyThread main;

    /** Marks the calling JVM thread as Python's main thread (the launcher calls this first). */
    public static synchronized void setMainThread(Thread t) {
        if (main != null && main.javaThread() == t) {
            return;
        }
        PyThread m = PyThread.mainThread(t);
        dev.weft.runtime.modules.thread.ThreadIds.setMainThread(t);
        if (main != null) {
            ACTIVE.remove(main.javaThread());
        }
        main = m;
        ACTIVE.put(t, m);
    }

    /** {@code threading.main_thread()}: by default the JVM thread that first asked. */
    public static PyThread mainThread() {
        PyThread m = main;
        if (m == null) {
            synchronized (Threads.class) {
                if (main == null) {
                    setMainThread(Thread.currentThread());
                }
                m = main;
            }
        }
        return m;
    }

    /** {@code threading.current_thread()}. */
    public static PyThread current() {
        PyThread t = CURRENT.get();
        if (t != null) {
            return t;
        }
        Thread jt = Thread.currentThread();
        PyThread m = mainThread();
        if (m.javaThread() == jt) {
            t = m;
        } else {
            t = ACTIVE.get(jt);
            if (t == null) {
                t = PyThread.dummy(jt, "Dummy-" + nextNumber());
                ACTIVE.put(jt, t);
            }
        }
        CURRENT.set(t);
        return t;
    }

    static int nextNumber() {
        return COUNTER.incrementAndGet();
    }

    static void started(PyThread t) {
        ACTIVE.put(t.javaThread(), t);
        CURRENT.set(t);
    }

    static void finished(PyThread t) {
        ACTIVE.remove(t.javaThread(), t);
        CURRENT.remove();
    }

    /** {@code threading.enumerate()}: alive threads, main first. */
    public static List<PyThread> enumerate() {
        mainThread();
        List<PyThread> out = new ArrayList<>();
        PyThread m = main;
        for (PyThread t : ACTIVE.values()) {
            if (t.isDummy() && !t.javaThread().isAlive()) {
                ACTIVE.remove(t.javaThread(), t);
                continue;
            }
            if (t != m) {
                out.add(t);
            }
        }
        out.sort(java.util.Comparator.comparingLong(PyThread::activeSince));
        if (m.isAlive()) {
            out.add(0, m);
        }
        return out;
    }

    public static boolean isShuttingDown() {
        return shuttingDown;
    }

    /** {@code threading._register_atexit}: a callable run at shutdown, before non-daemon threads are joined. */
    public static void registerAtShutdown(PyObject callable) {
        if (shuttingDown) {
            throw dev.weft.runtime.exc.Errors.runtimeError("can't register atexit after shutdown");
        }
        AT_SHUTDOWN.add(callable);
    }

    /** A Java action run at shutdown before non-daemon threads are joined (executors stop their workers). */
    public static void registerAtShutdown(Runnable action) {
        JAVA_AT_SHUTDOWN.add(action);
    }

    /**
     * {@code threading._shutdown()}: runs the shutdown callbacks (latest first), then waits for
     * every non-daemon thread, including ones started meanwhile. Marks the main thread stopped.
     */
    public static void shutdown() {
        shuttingDown = true;
        for (int i = JAVA_AT_SHUTDOWN.size() - 1; i >= 0; i--) {
            JAVA_AT_SHUTDOWN.get(i).run();
        }
        for (int i = AT_SHUTDOWN.size() - 1; i >= 0; i--) {
            try {
                Calls.call0(AT_SHUTDOWN.get(i));
            } catch (PyException e) {
                ExceptionPrinter.print(e.value, null);
            }
        }
        PyThread me = current();
        while (true) {
            PyThread next = null;
            for (PyThread t : ACTIVE.values()) {
                if (t != me && t != main && !t.isDaemon() && !t.isDummy() && t.isAlive()) {
                    next = t;
                    break;
                }
            }
            if (next == null) {
                break;
            }
            next.awaitFinished(-1);
        }
        PyThread m = main;
        if (m != null) {
            m.markStopped();
        }
    }
}
