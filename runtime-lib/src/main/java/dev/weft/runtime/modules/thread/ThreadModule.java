package dev.weft.runtime.modules.thread;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
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
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyTuple;

import java.util.concurrent.atomic.AtomicInteger;

/** {@code _thread}: the low-level thread primitives. */
public final class ThreadModule {
    private ThreadModule() { }

    private static volatile long stackSize;
    /** The stack of new threads while {@code stack_size()} is 0: the launcher may match its main thread's. */
    private static volatile long defaultStackSize;
    /** Threads started by {@code start_new_thread} and still running ({@code _count()}). */
    private static final AtomicInteger RUNNING = new AtomicInteger();

    /** The stack size for new threads set by {@code threading.stack_size(n)}, 0 for the JVM's default. */
    public static long stackSize() {
        long s = stackSize;
        return s != 0 ? s : defaultStackSize;
    }

    /** Sets the stack size (bytes) of new Python threads when the program has not chosen one; 0 is the JVM's default. */
    public static void setDefaultStackSize(long bytes) {
        defaultStackSize = bytes;
    }

    /** {@code _thread.stack_size([size])}: returns the previous size. */
    public static PyObject stackSizeFunction(PyObject self, PyObject size) {
        long old = stackSize;
        if (size != null) {
            long n = Protocols.indexValue(size, "int");
            if (n != 0 && n < 32768) {
                throw Errors.valueError("size not valid: %d bytes", n);
            }
            if (n < 0) {
                throw Errors.valueError("size must be 0 or a positive value");
            }
            stackSize = n;
        }
        return PyInt.of(old);
    }

    public static PyModule create() {
        PyModule m = ModuleTypes.module("_thread", "This module provides primitive operations to write multi-threaded "
                + "programs.\nThe 'threading' module provides a more convenient interface.");
        m.put("LockType", PyLock.TYPE);
        m.put("lock", PyLock.TYPE);
        m.put("RLock", PyRLock.TYPE);
        m.put("_local", PyLocal.TYPE);
        m.put("error", ExceptionTypes.RuntimeError);
        m.put("TIMEOUT_MAX", PyFloat.of(Timeouts.TIMEOUT_MAX));
        m.put("_ExceptHookArgs", ExceptHook.ARGS.type());
        ModuleTypes.f0(m, "allocate_lock", s -> new PyLock());
        ModuleTypes.f0(m, "allocate", s -> new PyLock());
        ModuleTypes.f0(m, "get_ident", s -> PyInt.of(ThreadIds.currentIdent()));
        ModuleTypes.f0(m, "get_native_id", s -> PyInt.of(ThreadIds.currentNativeId()));
        ModuleTypes.f0(m, "_count", s -> PyInt.of(RUNNING.get()));
        ModuleTypes.f1(m, "stack_size", 0, ThreadModule::stackSizeFunction);
        ModuleTypes.f1(m, "_excepthook", ExceptHook::defaultHook);
        ModuleTypes.f0(m, "daemon_threads_allowed", s -> PyBool.TRUE);
        ModuleTypes.f0(m, "_is_main_interpreter", s -> PyBool.TRUE);
        ModuleTypes.f0(m, "exit", s -> {
            throw new PyException(ExceptionTypes.create(ExceptionTypes.SystemExit));
        });
        ModuleTypes.f0(m, "exit_thread", s -> {
            throw new PyException(ExceptionTypes.create(ExceptionTypes.SystemExit));
        });
        ModuleTypes.f1(m, "interrupt_main", 0, (s, signum) -> {
            throw Errors.notImplemented("_thread.interrupt_main() is not supported by weft");
        });
        ModuleTypes.f3(m, "start_new_thread", 2, ThreadModule::startNewThread);
        m.put("_ThreadHandle", PyThreadHandle.TYPE);
        ModuleTypes.fv(m, "start_joinable_thread", PyThreadHandle::startJoinable);
        ModuleTypes.f1(m, "_make_thread_handle", PyThreadHandle::forRunning);
        ModuleTypes.f0(m, "_get_main_thread_ident", s -> PyInt.of(ThreadIds.mainIdent()));
        ModuleTypes.f0(m, "_shutdown", s -> {
            PyThreadHandle.shutdown();
            return PyNone.NONE;
        });
        ModuleTypes.f3(m, "start_new", 2, ThreadModule::startNewThread);
        return m;
    }

    /** {@code start_new_thread(function, args[, kwargs])}: returns the new thread's ident. */
    static PyObject startNewThread(PyObject self, PyObject function, PyObject args, PyObject kwargs) {
        if (!Protocols.isCallable(function)) {
            throw Errors.typeError("first arg must be callable");
        }
        if (!(args instanceof PyTuple)) {
            throw Errors.typeError("2nd arg must be a tuple");
        }
        if (kwargs != null && !(kwargs instanceof PyDict)) {
            throw Errors.typeError("optional 3rd arg must be a dictionary");
        }
        Thread t = new Thread(null, () -> {
            try {
                Calls.callEx(function, args, kwargs);
            } catch (Throwable e) {
                PyException pe = Errors.wrap(e);
                if (!pe.matches(ExceptionTypes.SystemExit)) {
                    ExceptionPrinter.write(null, "Exception ignored in thread started by: "
                            + Ops.reprString(function) + "\n" + ExceptionPrinter.format(pe.value));
                }
            } finally {
                RUNNING.decrementAndGet();
            }
        }, "Dummy", stackSize);
        t.setDaemon(true);
        RUNNING.incrementAndGet();
        t.start();
        return PyInt.of(ThreadIds.ident(t));
    }

}
