package dev.weft.runtime.modules.concurrent.futures;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.ExceptionPrinter;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.threading.PyThread;
import dev.weft.runtime.modules.threading.Threads;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code ThreadPoolExecutor} with CPython's algorithm: a work queue, worker threads started on
 * demand up to {@code max_workers} (an idle worker is reused first), a None sentinel to stop.
 * Workers are Python threads that run calls truly in parallel. {@code ProcessPoolExecutor} is
 * the same pool under that name: Weft has no GIL, so threads give the parallelism processes give in CPython.
 */
public final class PyThreadPoolExecutor extends PyExecutor {
    public static final PyType THREAD_TYPE = ModuleTypes.type("concurrent.futures.thread", "ThreadPoolExecutor",
            PyThreadPoolExecutor.class, PyExecutor.TYPE, true, t -> define(t, false));
    public static final PyType PROCESS_TYPE = ModuleTypes.type("concurrent.futures.process", "ProcessPoolExecutor",
            PyThreadPoolExecutor.class, PyExecutor.TYPE, true, t -> define(t, true));

    private static final AtomicInteger THREAD_POOL_COUNTER = new AtomicInteger();
    private static final AtomicInteger PROCESS_POOL_COUNTER = new AtomicInteger();
    /** Executors whose workers must be stopped at interpreter shutdown ({@code _threads_queues}). */
    private static final Set<PyThreadPoolExecutor> LIVE = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));
    private static volatile boolean globalShutdown;

    static {
        Threads.registerAtShutdown(PyThreadPoolExecutor::stopAllAtExit);
    }

    /** A call waiting for a worker. */
    private record WorkItem(PyFuture future, PyObject fn, PyObject[] args, String[] kwnames) {
        void run() {
            if (!future.setRunningOrNotifyCancel()) {
                return;
            }
            PyObject r;
            try {
                r = fn.call(args, kwnames);
            } catch (Throwable t) {
                future.setException(Errors.wrap(t).value);
                return;
            }
            future.setResult(r);
        }
    }

    /** The sentinel that tells a worker to check for shutdown. */
    private static final WorkItem STOP = new WorkItem(null, null, null, null);

    private final LinkedBlockingQueue<WorkItem> workQueue = new LinkedBlockingQueue<>();
    private final Semaphore idle = new Semaphore(0);
    private final List<PyThread> threads = new ArrayList<>();
    private final ReentrantLock shutdownLock = new ReentrantLock();
    private volatile boolean shutdown;
    private volatile String broken;
    private int maxWorkers;
    private String threadNamePrefix;
    private PyObject initializer = PyNone.NONE;
    private PyObject initargs = PyTuple.EMPTY;
    private boolean isProcessPool;

    private PyThreadPoolExecutor(PyType type) {
        super(type);
    }

    private void init(PyObject maxWorkersArg, PyObject prefix, PyObject init, PyObject initArgs, boolean process) {
        int cpus = Runtime.getRuntime().availableProcessors();
        long max;
        if (maxWorkersArg == null || maxWorkersArg == PyNone.NONE) {
            max = process ? cpus : Math.min(32, cpus + 4);
        } else {
            max = Protocols.indexValue(maxWorkersArg, "int");
            if (max <= 0) {
                throw Errors.valueError("max_workers must be greater than 0");
            }
        }
        if (init != null && init != PyNone.NONE && !Protocols.isCallable(init)) {
            throw Errors.typeError("initializer must be a callable");
        }
        this.isProcessPool = process;
        this.maxWorkers = (int) Math.min(max, Integer.MAX_VALUE);
        String p = prefix == null || !Ops.isTrue(prefix) ? null : Ops.strString(prefix);
        if (p == null) {
            p = process ? "ProcessPoolExecutor-" + PROCESS_POOL_COUNTER.getAndIncrement()
                    : "ThreadPoolExecutor-" + THREAD_POOL_COUNTER.getAndIncrement();
        }
        this.threadNamePrefix = p;
        this.initializer = init == null ? PyNone.NONE : init;
        this.initargs = initArgs == null ? PyTuple.EMPTY : initArgs;
        LIVE.add(this);
    }

    private PyType brokenType() {
        return isProcessPool ? FuturesModule.BROKEN_PROCESS_POOL : FuturesModule.BROKEN_THREAD_POOL;
    }

    PyFuture submit(PyObject fn, PyObject[] args, String[] kwnames) {
        shutdownLock.lock();
        try {
            if (broken != null) {
                throw new PyException(ExceptionTypes.create(brokenType(), PyStr.of(broken)));
            }
            if (shutdown) {
                throw Errors.runtimeError("cannot schedule new futures after shutdown");
            }
            if (globalShutdown) {
                throw Errors.runtimeError("cannot schedule new futures after interpreter shutdown");
            }
            PyFuture f = new PyFuture();
            workQueue.add(new WorkItem(f, fn, args, kwnames));
            adjustThreadCount();
            return f;
        } finally {
            shutdownLock.unlock();
        }
    }

    private void adjustThreadCount() {
        if (idle.tryAcquire()) {
            return;
        }
        int n = threads.size();
        if (n < maxWorkers) {
            PyThread t = PyThread.forJava(threadNamePrefix + "_" + n, this::workerLoop);
            t.start();
            threads.add(t);
        }
    }

    private void workerLoop() {
        if (initializer != PyNone.NONE) {
            try {
                Calls.callEx(initializer, initargs, null);
            } catch (Throwable t) {
                ExceptionPrinter.write(null, "Exception in initializer:\n" + ExceptionPrinter.format(Errors.wrap(t).value));
                initializerFailed();
                return;
            }
        }
        try {
            while (true) {
                WorkItem item = workQueue.poll();
                if (item == null) {
                    idle.release();
                    item = workQueue.take();
                }
                if (item != STOP) {
                    item.run();
                    continue;
                }
                if (globalShutdown || shutdown) {
                    shutdown = true;
                    workQueue.add(STOP);
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            ExceptionPrinter.write(null, "Exception in worker\n" + ExceptionPrinter.format(Errors.wrap(t).value));
        }
    }

    private void initializerFailed() {
        shutdownLock.lock();
        try {
            broken = "A thread initializer failed, the thread pool is not usable anymore";
            WorkItem item;
            while ((item = workQueue.poll()) != null) {
                if (item != STOP) {
                    item.future.setException(ExceptionTypes.create(brokenType(), PyStr.of(broken)));
                }
            }
        } finally {
            shutdownLock.unlock();
        }
    }

    public void shutdown(boolean wait, boolean cancelFutures) {
        List<PyThread> toJoin;
        shutdownLock.lock();
        try {
            shutdown = true;
            if (cancelFutures) {
                List<WorkItem> drained = new ArrayList<>();
                workQueue.drainTo(drained);
                for (WorkItem item : drained) {
                    if (item != STOP) {
                        item.future.cancel();
                    }
                }
            }
            workQueue.add(STOP);
            toJoin = new ArrayList<>(threads);
        } finally {
            shutdownLock.unlock();
        }
        if (wait) {
            for (PyThread t : toJoin) {
                t.join(-1);
            }
        }
    }

    /** {@code concurrent.futures.thread._python_exit}: stop every pool's workers, after their queued work. */
    private static void stopAllAtExit() {
        globalShutdown = true;
        List<PyThreadPoolExecutor> pools;
        synchronized (LIVE) {
            pools = new ArrayList<>(LIVE);
        }
        for (PyThreadPoolExecutor p : pools) {
            p.workQueue.add(STOP);
        }
        for (PyThreadPoolExecutor p : pools) {
            List<PyThread> ts;
            p.shutdownLock.lock();
            try {
                ts = new ArrayList<>(p.threads);
            } finally {
                p.shutdownLock.unlock();
            }
            for (PyThread t : ts) {
                t.join(-1);
            }
        }
    }

    private static PyThreadPoolExecutor self(PyObject o) {
        return (PyThreadPoolExecutor) o;
    }

    private static void define(PyType t, boolean process) {
        t.def("__doc__", PyStr.of(process
                ? "Runs calls on a pool of worker threads (not processes): in Weft there is no GIL, so threads\n"
                  + "already run Python code in parallel; the name is kept so that programs written for\n"
                  + "CPython's ProcessPoolExecutor run unchanged. Arguments need not be picklable."
                : "Runs calls on a pool of worker threads that execute Python code in parallel."));
        t.defNew((cls, args, kw) -> new PyThreadPoolExecutor(cls));
        if (process) {
            t.defV("__init__", (s, args, kw) -> {
                PyObject[] a = ArgParse.parse("ProcessPoolExecutor.__init__", args, kw,
                        new String[] {"max_workers", "mp_context", "initializer", "initargs", "*max_tasks_per_child"}, 0);
                self(s).init(a[0], null, a[2], a[3], true);
                return PyNone.NONE;
            });
        } else {
            t.defV("__init__", (s, args, kw) -> {
                PyObject[] a = ArgParse.parse("ThreadPoolExecutor.__init__", args, kw,
                        new String[] {"max_workers", "thread_name_prefix", "initializer", "initargs"}, 0);
                self(s).init(a[0], a[1], a[2], a[3], false);
                return PyNone.NONE;
            });
        }
        t.defV("submit", (s, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (args.length - nkw < 1) {
                throw Errors.typeError("submit() missing 1 required positional argument: 'fn'");
            }
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return self(s).submit(args[0], rest, nkw == 0 ? null : kw);
        });
        t.defV("shutdown", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("shutdown", args, kw, new String[] {"wait", "*cancel_futures"}, 0);
            self(s).shutdown(a[0] == null || Ops.isTrue(a[0]), a[1] != null && Ops.isTrue(a[1]));
            return PyNone.NONE;
        });
        t.defGetSet("_max_workers", s -> PyInt.of(self(s).maxWorkers), null);
        t.defGetSet("_thread_name_prefix", s -> PyStr.of(self(s).threadNamePrefix), null);
    }
}
