package dev.weft.runtime.modules.concurrent.futures;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.modules.ModuleRegistry;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.types.PyStr;

/** {@code concurrent.futures}: futures and executors whose threads run Python code in parallel. */
public final class FuturesModule {
    private FuturesModule() { }

    static final String BASE = "concurrent.futures._base";
    public static final PyType ERROR = ModuleTypes.exceptionClass(BASE, "Error", ExceptionTypes.Exception);
    public static final PyType CANCELLED_ERROR = ModuleTypes.exceptionClass(BASE, "CancelledError", ERROR);
    public static final PyType INVALID_STATE_ERROR = ModuleTypes.exceptionClass(BASE, "InvalidStateError", ERROR);
    public static final PyType BROKEN_EXECUTOR = ModuleTypes.exceptionClass(BASE, "BrokenExecutor",
            ExceptionTypes.RuntimeError);
    public static final PyType BROKEN_THREAD_POOL = ModuleTypes.exceptionClass("concurrent.futures.thread",
            "BrokenThreadPool", BROKEN_EXECUTOR);
    public static final PyType BROKEN_PROCESS_POOL = ModuleTypes.exceptionClass("concurrent.futures.process",
            "BrokenProcessPool", BROKEN_EXECUTOR);

    /** {@code concurrent.futures._base}: futures, the executor base, waiting, exceptions. */
    public static PyModule createBase() {
        PyModule m = ModuleTypes.module(BASE, null);
        putCommon(m);
        m.put("Error", ERROR);
        return m;
    }

    /** {@code concurrent.futures.thread}. */
    public static PyModule createThread() {
        PyModule m = ModuleTypes.module("concurrent.futures.thread", "Implements ThreadPoolExecutor.");
        m.put("ThreadPoolExecutor", PyThreadPoolExecutor.THREAD_TYPE);
        m.put("BrokenThreadPool", BROKEN_THREAD_POOL);
        return m;
    }

    /** {@code concurrent.futures.process}: the pool runs on threads in Weft (see ProcessPoolExecutor's doc). */
    public static PyModule createProcess() {
        PyModule m = ModuleTypes.module("concurrent.futures.process", "Implements ProcessPoolExecutor "
                + "(on threads in Weft: there is no GIL to escape).");
        m.put("ProcessPoolExecutor", PyThreadPoolExecutor.PROCESS_TYPE);
        m.put("BrokenProcessPool", BROKEN_PROCESS_POOL);
        return m;
    }

    private static void putCommon(PyModule m) {
        m.put("FIRST_COMPLETED", PyStr.intern(Waiting.FIRST_COMPLETED));
        m.put("FIRST_EXCEPTION", PyStr.intern(Waiting.FIRST_EXCEPTION));
        m.put("ALL_COMPLETED", PyStr.intern(Waiting.ALL_COMPLETED));
        m.put("CancelledError", CANCELLED_ERROR);
        m.put("TimeoutError", ExceptionTypes.TimeoutError);
        m.put("InvalidStateError", INVALID_STATE_ERROR);
        m.put("BrokenExecutor", BROKEN_EXECUTOR);
        m.put("Future", PyFuture.TYPE);
        m.put("Executor", PyExecutor.TYPE);
        m.put("DoneAndNotDoneFutures", Waiting.DONE_AND_NOT_DONE.type());
        ModuleTypes.fv(m, "wait", Waiting::wait);
        ModuleTypes.fv(m, "as_completed", Waiting::asCompleted);
    }

    public static PyModule create() {
        ModuleRegistry.find("concurrent");
        ModuleRegistry.find("threading");
        PyModule m = ModuleTypes.packageModule("concurrent.futures", "Execute computations asynchronously using "
                + "threads.\n\nIn Weft both executors run on threads, which execute Python code in parallel.");
        putCommon(m);
        m.put("ThreadPoolExecutor", PyThreadPoolExecutor.THREAD_TYPE);
        m.put("ProcessPoolExecutor", PyThreadPoolExecutor.PROCESS_TYPE);
        ModuleTypes.all(m, "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError",
                "InvalidStateError", "BrokenExecutor", "Future", "Executor", "wait", "as_completed",
                "ProcessPoolExecutor", "ThreadPoolExecutor");
        return m;
    }
}
