package dev.weft.runtime.modules.signal;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.ExceptionPrinter;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.ResourceTable;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySet;
import dev.weft.runtime.types.PyStr;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * {@code _signal} on the JVM (numbers and texts of Linux x86-64 from signals.tsv, generated
 * from CPython 3.13). Differences from CPython, forced by the JVM:
 * <ul>
 * <li>Python handlers of signals from outside run in the JVM's signal thread, not the main
 *     thread, and receive None as the frame.</li>
 * <li>A SIGINT from outside cannot raise KeyboardInterrupt in the main thread (the JVM cannot
 *     interrupt running code); while {@code default_int_handler} is installed the JVM's own
 *     handling applies: the process exits with status 130, as an uncaught KeyboardInterrupt
 *     ends CPython, but without a traceback.</li>
 * <li>{@code raise_signal} calls a Python handler (or {@code default_int_handler}, raising
 *     KeyboardInterrupt) synchronously in the calling thread, as CPython does before its next
 *     instruction; other dispositions go to the operating system.</li>
 * <li>alarm, pause, itimers, sigwait and masks are not provided (signal.py does not need them).</li>
 * </ul>
 */
public final class SignalModule {
    private SignalModule() { }

    private static final int NSIG = 65;
    private static final int SIGRTMIN = 34;
    private static final int SIGKILL = 9;
    private static final int SIGSTOP = 19;
    static final PyInt SIG_DFL = PyInt.of(0);
    static final PyInt SIG_IGN = PyInt.of(1);

    private static final AtomicReferenceArray<PyObject> HANDLERS = new AtomicReferenceArray<>(NSIG);
    private static final Map<Integer, String> NAMES = new HashMap<>();
    private static final Map<Integer, String> TEXTS = new HashMap<>();
    private static volatile int wakeupFd = -1;
    private static PyObject defaultIntHandler;

    public static synchronized PyModule create() {
        PyModule m = ModuleTypes.module("_signal", "This module provides mechanisms to use signal handlers in Python.");
        ModuleDefs.Funcs f = new ModuleDefs.Funcs(m, "_signal");
        for (String[] row : ResourceTable.read(SignalModule.class, "signals.tsv")) {
            int n = Integer.parseInt(row[1]);
            m.put(row[0], PyInt.of(n));
            if (!row[0].startsWith("SIGRT")) {
                NAMES.putIfAbsent(n, row[0].substring(3));
            }
            TEXTS.put(n, row[2]);
        }
        m.put("NSIG", PyInt.of(NSIG));
        m.put("SIG_DFL", SIG_DFL);
        m.put("SIG_IGN", SIG_IGN);
        f.f2("default_int_handler", 2, (self, signum, frame) -> {
            throw new PyException(ExceptionTypes.create(ExceptionTypes.KeyboardInterrupt));
        });
        defaultIntHandler = m.get("default_int_handler");
        for (int n = 1; n < NSIG; n++) {
            HANDLERS.set(n, SIG_DFL);
        }
        HANDLERS.set(2, defaultIntHandler);
        HANDLERS.set(13, SIG_IGN); // CPython ignores SIGPIPE and SIGXFSZ at startup
        HANDLERS.set(25, SIG_IGN);
        f.f2("signal", 2, (self, signum, handler) -> signal(signalNumber(signum), handler));
        f.f1("getsignal", (self, signum) -> HANDLERS.get(signalNumber(signum)));
        f.f1("raise_signal", (self, signum) -> {
            int n = dev.weft.runtime.modules.CInts.asInt(signum);
            if (n < 0 || n >= NSIG) {
                throw invalidArgument(); // what the C library's raise() reports
            }
            if (n != 0) { // signal 0 only checks that the process exists
                raise(n);
            }
            return PyNone.NONE;
        });
        f.f1("strsignal", (self, signum) -> {
            int n = signalNumber(signum);
            if (n >= SIGRTMIN) {
                return PyStr.of("Real-time signal " + (n - SIGRTMIN));
            }
            String text = TEXTS.get(n);
            return text == null ? PyNone.NONE : PyStr.of(text);
        });
        f.f0("valid_signals", self -> {
            PySet s = new PySet();
            for (int n = 1; n < NSIG; n++) {
                if (n != 32 && n != 33) { // glibc keeps these two for its threads
                    s.add(PyInt.of(n));
                }
            }
            return s;
        });
        m.put("set_wakeup_fd", new PyBuiltinFunction("set_wakeup_fd", m, (self, args, kw) -> {
            PyObject[] a = ArgParse.parse("set_wakeup_fd", args, kw, new String[] {"fd", "*warn_on_full_buffer"}, 1);
            checkMainThread("set_wakeup_fd");
            int old = wakeupFd;
            wakeupFd = dev.weft.runtime.modules.CInts.asInt(a[0]);
            return PyInt.of(old);
        }));
        return m;
    }

    private static int signalNumber(PyObject o) {
        long n = dev.weft.runtime.modules.CInts.asInt(o);
        if (n < 1 || n >= NSIG) {
            throw Errors.valueError("signal number out of range");
        }
        return (int) n;
    }

    private static void checkMainThread(String what) {
        dev.weft.runtime.modules.threading.Threads.mainThread(); // the first thread to ask is the main one
        if (dev.weft.runtime.modules.thread.ThreadIds.currentIdent() != dev.weft.runtime.modules.thread.ThreadIds.mainIdent()) {
            throw Errors.valueError(what.equals("signal") ? "signal only works in main thread of the main interpreter"
                    : "set_wakeup_fd only works in main thread of the main interpreter");
        }
    }

    private static PyObject signal(int n, PyObject handler) {
        boolean dfl = handler instanceof PyInt i && i.fitsLong() && i.longValue() == 0;
        boolean ign = handler instanceof PyInt i && i.fitsLong() && i.longValue() == 1;
        if (!dfl && !ign && !Protocols.isCallable(handler)) {
            throw Errors.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        }
        checkMainThread("signal");
        if (n == SIGKILL || n == SIGSTOP || n == 32 || n == 33) {
            throw invalidArgument();
        }
        String name = NAMES.get(n);
        if (name != null) {
            JvmSignals.Disposition d = dfl || handler == defaultIntHandler ? JvmSignals.Disposition.DEFAULT
                    : ign ? JvmSignals.Disposition.IGNORE : JvmSignals.Disposition.PYTHON;
            JvmSignals.install(name, n, d, SignalModule::deliver);
        }
        return HANDLERS.getAndSet(n, handler);
    }

    private static PyException invalidArgument() {
        return new PyException(ExceptionTypes.create(ExceptionTypes.OSError, PyInt.of(22), PyStr.of("Invalid argument")));
    }

    /** A signal from outside, in the JVM's signal thread: the Python handler runs there. */
    private static void deliver(int n) {
        PyObject h = HANDLERS.get(n);
        if (h instanceof PyInt) {
            return;
        }
        try {
            Calls.call2(h, PyInt.of(n), PyNone.NONE);
        } catch (PyException e) {
            ExceptionPrinter.write(null, "Exception ignored in signal handler " + h + ":\n"
                    + ExceptionPrinter.format(e.value));
        }
    }

    /** {@code os.kill(os.getpid(), n)}: as {@code raise_signal(n)}. */
    public static void raiseInProcess(int n) {
        raise(n);
    }

    private static void raise(int n) {
        PyObject h = HANDLERS.get(n);
        if (!(h instanceof PyInt)) {
            Calls.call2(h, PyInt.of(n), PyNone.NONE); // as CPython: runs before the next instruction, errors propagate
            return;
        }
        if (((PyInt) h).longValue() == 1) {
            return;
        }
        String name = NAMES.get(n);
        if (name == null || !JvmSignals.raise(name)) {
            throw invalidArgument();
        }
    }
}
