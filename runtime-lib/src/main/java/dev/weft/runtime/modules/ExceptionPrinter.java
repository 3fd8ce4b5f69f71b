package dev.weft.runtime.modules;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.PyBaseException;
import dev.weft.runtime.exc.TracebackPrinter;
import dev.weft.runtime.io.StdStreams;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyStr;

/**
 * Writes tracebacks (formatted by the runtime's {@link TracebackPrinter}, CPython's layout) to
 * Python file objects: what the default hooks of {@code sys}, {@code threading} and
 * {@code atexit} print goes to the current {@code sys.stderr}, as in CPython.
 */
public final class ExceptionPrinter {
    private ExceptionPrinter() { }

    /** The text CPython's {@code traceback.print_exception(e)} would print. */
    public static String format(PyBaseException e) {
        return TracebackPrinter.format(e);
    }

    /** {@code module.Qualname: message}, the last line of a traceback. */
    public static String exceptionLine(PyBaseException e) {
        return TracebackPrinter.lastLine(e);
    }

    /** Prints {@link #format} to a Python file object (the current {@code sys.stderr} when {@code file} is null). */
    public static void print(PyBaseException e, PyObject file) {
        write(file, format(e));
    }

    /** Writes text to a Python file object (the current {@code sys.stderr} when null), then flushes it. */
    public static void write(PyObject file, String text) {
        PyObject f = file == null ? StdStreams.stderr() : file;
        Ops.callMethod(f, "write", PyStr.of(text));
        if (f.type().lookup("flush") != null) {
            Ops.callMethod(f, "flush");
        }
    }
}
