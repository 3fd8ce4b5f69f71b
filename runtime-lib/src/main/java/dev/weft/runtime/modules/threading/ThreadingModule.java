package dev.weft.runtime.modules.threading;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.modules.ModuleRegistry;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.Timeouts;
import dev.weft.runtime.modules.thread.ExceptHook;
import dev.weft.runtime.modules.thread.PyLocal;
import dev.weft.runtime.modules.thread.PyLock;
import dev.weft.runtime.modules.thread.PyRLock;
import dev.weft.runtime.modules.thread.ThreadIds;
import dev.weft.runtime.modules.thread.ThreadModule;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;

import java.util.List;

/** {@code threading}: threads on JVM platform threads, running Python code in parallel. */
public final class ThreadingModule {
    private ThreadingModule() { }

    private static volatile PyObject trace = PyNone.NONE;
    private static volatile PyObject profile = PyNone.NONE;

    public static PyModule create() {
        ModuleRegistry.find("_thread");
        PyModule m = ModuleTypes.module("threading", "Thread module emulating a subset of Java's threading model.\n\n"
                + "In Weft, threads are JVM platform threads and there is no global interpreter lock.");
        m.put("Thread", ThreadTypes.THREAD);
        m.put("_MainThread", ThreadTypes.MAIN_THREAD);
        m.put("_DummyThread", ThreadTypes.DUMMY_THREAD);
        m.put("Timer", ThreadTypes.TIMER);
        m.put("Lock", PyLock.TYPE);
        m.put("_CRLock", PyRLock.TYPE);
        m.put("RLock", PyRLock.TYPE);
        m.put("Condition", PyCondition.TYPE);
        m.put("Semaphore", PySemaphore.TYPE);
        m.put("BoundedSemaphore", PySemaphore.BOUNDED);
        m.put("Event", PyEvent.TYPE);
        m.put("Barrier", PyBarrier.TYPE);
        m.put("BrokenBarrierError", PyBarrier.BROKEN_BARRIER_ERROR);
        m.put("local", PyLocal.TYPE);
        m.put("ThreadError", ExceptionTypes.RuntimeError);
        m.put("TIMEOUT_MAX", PyFloat.of(Timeouts.TIMEOUT_MAX));
        m.put("ExceptHookArgs", ExceptHook.ARGS.type());
        PyObject hook = ModuleRegistry.find("_thread").get("_excepthook");
        m.put("excepthook", hook);
        m.put("__excepthook__", hook);
        ModuleTypes.all(m, "get_ident", "active_count", "Condition", "current_thread", "enumerate", "main_thread",
                "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Thread", "Barrier",
                "BrokenBarrierError", "Timer", "ThreadError", "ExceptHookArgs", "setprofile", "settrace", "local",
                "stack_size", "excepthook", "get_native_id", "getprofile", "gettrace", "setprofile_all_threads",
                "settrace_all_threads");
        ModuleTypes.f0(m, "current_thread", s -> Threads.current());
        ModuleTypes.f0(m, "currentThread", s -> Threads.current());
        ModuleTypes.f0(m, "main_thread", s -> Threads.mainThread());
        ModuleTypes.f0(m, "active_count", s -> PyInt.of(Threads.enumerate().size()));
        ModuleTypes.f0(m, "activeCount", s -> PyInt.of(Threads.enumerate().size()));
        ModuleTypes.f0(m, "enumerate", s -> {
            List<PyThread> ts = Threads.enumerate();
            return new PyList(ts.toArray(new PyObject[0]));
        });
        ModuleTypes.f0(m, "get_ident", s -> PyInt.of(ThreadIds.currentIdent()));
        ModuleTypes.f0(m, "get_native_id", s -> PyInt.of(ThreadIds.currentNativeId()));
        ModuleTypes.f1(m, "stack_size", 0, ThreadModule::stackSizeFunction);
        ModuleTypes.f1(m, "settrace", (s, f) -> {
            trace = unsupportedHook("settrace", f);
            return PyNone.NONE;
        });
        ModuleTypes.f1(m, "setprofile", (s, f) -> {
            profile = unsupportedHook("setprofile", f);
            return PyNone.NONE;
        });
        ModuleTypes.f1(m, "settrace_all_threads", (s, f) -> {
            trace = unsupportedHook("settrace_all_threads", f);
            return PyNone.NONE;
        });
        ModuleTypes.f1(m, "setprofile_all_threads", (s, f) -> {
            profile = unsupportedHook("setprofile_all_threads", f);
            return PyNone.NONE;
        });
        ModuleTypes.f0(m, "gettrace", s -> trace);
        ModuleTypes.f0(m, "getprofile", s -> profile);
        ModuleTypes.f1(m, "_register_atexit", (s, f) -> {
            Threads.registerAtShutdown(f);
            return PyNone.NONE;
        });
        ModuleTypes.f0(m, "_shutdown", s -> {
            Threads.shutdown();
            return PyNone.NONE;
        });
        return m;
    }

    /** Tracing and profiling hooks are not implemented: None is accepted (nothing to do), a function is refused. */
    private static PyObject unsupportedHook(String name, PyObject f) {
        if (f != PyNone.NONE) {
            throw Errors.notImplemented("threading.%s() is not supported by weft (no trace/profile hooks)", name);
        }
        return PyNone.NONE;
    }
}
