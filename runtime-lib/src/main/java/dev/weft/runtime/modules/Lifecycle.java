package dev.weft.runtime.modules;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyBaseException;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.exc.PySystemExit;
import dev.weft.runtime.exc.Traceback;
import dev.weft.runtime.io.StdStreams;
import dev.weft.runtime.modules.atexit.AtexitModule;
import dev.weft.runtime.modules.sys.SysModule;
import dev.weft.runtime.modules.threading.Threads;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

/**
 * The interpreter's start and end, for the launcher:
 * <pre>
 *   Lifecycle.start(scriptPath, args);                  // sys.argv, the main thread
 *   int code = Launcher.run(mainModuleBody, System.err); // the runtime's top level: traceback, SystemExit
 *   System.exit(Lifecycle.shutdown(code));               // threads, atexit, flush
 * </pre>
 * or, reporting the uncaught exception through {@code sys.excepthook} (which follows
 * {@code sys.stderr} reassignment) instead of the runtime's {@code Launcher}:
 * <pre>
 *   try { runMainModule(); code = Lifecycle.finish(null); }
 *   catch (PyException e) { code = Lifecycle.finish(e); }
 * </pre>
 * After {@code __main__} returns or raises, CPython reports an uncaught exception (SystemExit
 * gives the exit code), waits for non-daemon threads, runs the {@code atexit} handlers and
 * flushes the standard streams; so do these.
 */
public final class Lifecycle {
    private Lifecycle() { }

    /** Sets {@code sys.argv} to {@code [script, *args]} and makes the calling thread Python's main thread. */
    public static void start(String script, String... args) {
        String[] argv = new String[args.length + 1];
        argv[0] = script;
        System.arraycopy(args, 0, argv, 1, args.length);
        SysModule.setArgv(argv);
        Threads.setMainThread(Thread.currentThread());
    }

    /**
     * Ends the program: {@code uncaught} is the exception that escaped {@code __main__} (null
     * if none). Returns the process exit code.
     */
    public static int finish(PyException uncaught) {
        return shutdown(uncaught == null ? 0 : report(uncaught.value));
    }

    /**
     * The end of the program once the main module's outcome is known ({@code code}): waits for
     * non-daemon threads (executor workers finish their queued work first), runs the
     * {@code atexit} handlers and flushes the standard streams. Returns the exit code.
     */
    public static int shutdown(int code) {
        try {
            // CPython calls sys.modules['threading']._shutdown(); a program may have its own
            // threading module. Threads started through the Java modules are waited for anyway.
            PyObject threading = ModuleRegistry.sysModules().getItemOrNull(PyStr.intern("threading"));
            if (threading != null && threading != ModuleRegistry.find("threading")) {
                PyObject hook = dev.weft.runtime.ops.Attr.getAttrOrNull(threading, "_shutdown");
                if (hook != null) {
                    hook.call(new PyObject[0], null);
                }
            }
            Threads.shutdown();
        } catch (PyException e) {
            code = report(e.value);
        }
        AtexitModule.runExitFunctions();
        flush();
        return code;
    }

    /** CPython's handling of an exception that reached the top: SystemExit's code, else sys.excepthook and 1. */
    static int report(PyBaseException e) {
        if (e.type().isSubtypeOf(ExceptionTypes.SystemExit)) {
            return exitCode(e instanceof PySystemExit se ? se.code() : PyNone.NONE);
        }
        boolean interrupted = e.type().isSubtypeOf(ExceptionTypes.KeyboardInterrupt);
        try {
            PyObject hook = ModuleRegistry.find("sys").get("excepthook");
            Calls.call3(hook, e.type(), e, Traceback.of(e));
        } catch (RuntimeException hookFailed) {
            ExceptionPrinter.print(e, null);
        }
        // CPython ends with SIGINT after an uncaught KeyboardInterrupt: shells see 128 + 2
        return interrupted ? 130 : 1;
    }

    /** {@code sys.exit(code)}: None is 0, an int is itself, anything else is printed to stderr and gives 1. */
    static int exitCode(PyObject code) {
        if (code == PyNone.NONE) {
            return 0;
        }
        if (code instanceof PyInt i) {
            return i.fitsLong() ? (int) i.longValue() : -1;
        }
        flush();
        ExceptionPrinter.write(null, Ops.strString(code) + "\n");
        return 1;
    }

    private static void flush() {
        for (PyObject f : new PyObject[] {StdStreams.stdout(), StdStreams.stderr()}) {
            try {
                if (f != PyNone.NONE && f.type().lookup("flush") != null) {
                    Ops.callMethod(f, "flush");
                }
            } catch (RuntimeException ignored) {
                // a closed stream at exit: CPython also ignores it
            }
        }
        StdStreams.flushAll();
    }
}
