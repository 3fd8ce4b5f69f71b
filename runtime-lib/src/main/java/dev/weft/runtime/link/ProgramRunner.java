package dev.weft.runtime.link;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyBaseException;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.exc.PySystemExit;
import dev.weft.runtime.imp.Importer;
import dev.weft.runtime.imp.ModuleFinder;
import dev.weft.runtime.imp.SysModule;
import dev.weft.runtime.io.StdStreams;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

/**
 * Runs a program's main module as {@code __main__}: sets {@code sys.argv}, runs the body,
 * and turns the outcome into an exit status as CPython does (an uncaught exception prints
 * its traceback to stderr and gives 1; {@code SystemExit} gives its code). No Java
 * exception escapes.
 */
public final class ProgramRunner {
    private ProgramRunner() { }

    public static int run(ModuleFinder.ModuleCode main, String[] argv) {
        SysModule.setArgv(argv);
        int status;
        try {
            Importer.runAsModule("__main__", main);
            status = 0;
        } catch (Throwable t) {
            status = handleUncaught(t);
        }
        try {
            finalizeInterpreter();
        } finally {
            StdStreams.flushAll();
        }
        return status;
    }

    /**
     * What CPython's finalisation runs after the main module: {@code threading._shutdown()}
     * (waits for non-daemon threads) if {@code threading} was imported, then
     * {@code atexit._run_exitfuncs()} if {@code atexit} was. Errors are printed, not raised.
     */
    static void finalizeInterpreter() {
        callIfImported("threading", "_shutdown");
        callIfImported("atexit", "_run_exitfuncs");
    }

    private static void callIfImported(String module, String function) {
        PyObject m = Importer.sysModules().getItemOrNull(PyStr.of(module));
        if (m == null || m == dev.weft.runtime.types.PyNone.NONE) {
            return;
        }
        try {
            PyObject f = dev.weft.runtime.ops.Attr.getAttrOrNull(m, function);
            if (f != null) {
                f.call(new PyObject[0], null);
            }
        } catch (Throwable t) {
            handleUncaught(t);
        }
    }

    /** Prints an uncaught exception (or handles SystemExit) and returns the exit status. */
    public static int handleUncaught(Throwable t) {
        PyException p;
        try {
            p = Errors.wrap(t);
        } catch (Throwable again) {
            System.err.println("Fatal error in the weft runtime: " + t);
            return 1;
        }
        PyBaseException e = p.value;
        StdStreams.flushAll();
        if (e.type().isSubtypeOf(ExceptionTypes.SystemExit)) {
            PyObject code = e instanceof PySystemExit se ? se.code() : PyNone.NONE;
            if (code == PyNone.NONE) {
                return 0;
            }
            if (code instanceof PyInt i) {
                return (int) i.longValue();
            }
            writeStderr(Ops.strString(code) + "\n");
            return 1;
        }
        String text;
        try {
            text = TracebackPrinter.format(e);
        } catch (Throwable failure) {
            text = "Traceback (most recent call last):\n" + TracebackPrinter.exceptionLine(e) + "\n";
        }
        writeStderr(text);
        return 1;
    }

    static void writeStderr(String text) {
        try {
            Ops.callMethod(StdStreams.stderr(), "write", PyStr.of(text));
            Ops.callMethod(StdStreams.stderr(), "flush");
        } catch (Throwable t) {
            System.err.print(text);
            System.err.flush();
        }
    }
}
