package dev.weft.runtime.exc;

import dev.weft.runtime.io.StdStreams;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;

import java.io.PrintStream;

/**
 * Runs a program's main module as {@code python file.py} does at the top level: uncaught
 * exceptions are printed as a CPython traceback on stderr (exit status 1), SystemExit gives
 * its code, KeyboardInterrupt exits with 130. The caller decides whether to System.exit.
 */
public final class Launcher {
    private Launcher() { }

    public static int run(Runnable main, PrintStream stderr) {
        try {
            main.run();
            StdStreams.flushAll();
            return 0;
        } catch (Throwable t) {
            StdStreams.flushAll();
            PyException e = Errors.wrap(t);
            if (e.matches(ExceptionTypes.SystemExit)) {
                return exitCode((PySystemExit) e.value, stderr);
            }
            stderr.print(TracebackPrinter.format(e.value));
            stderr.flush();
            return e.matches(ExceptionTypes.KeyboardInterrupt) ? 130 : 1;
        }
    }

    private static int exitCode(PySystemExit e, PrintStream stderr) {
        var code = e.code();
        if (code == PyNone.NONE) {
            return 0;
        }
        if (code instanceof PyInt i) {
            return i.fitsLong() ? (int) i.longValue() : -1;
        }
        stderr.println(Ops.strString(code));
        stderr.flush();
        return 1;
    }
}
