package dev.weft.runtime.io;

import dev.weft.runtime.core.PyObject;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;

/**
 * The process's standard streams as Python file objects. The {@code sys} module (later)
 * exposes and replaces them: {@code print} and {@code input} always read the current value.
 */
public final class StdStreams {
    private StdStreams() { }

    private static final PyFile STDOUT = PyFile.textStream("<stdout>", null,
            new java.io.BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 14));
    static {
        STDOUT.lineBuffered = System.console() != null;
        Runtime.getRuntime().addShutdownHook(new Thread(StdStreams::flushAll, "weft-flush-stdout"));
    }
    private static volatile PyObject stdout = STDOUT;
    private static volatile PyObject stderr = PyFile.textStream("<stderr>", null, new FileOutputStream(FileDescriptor.err));
    private static volatile PyObject stdin = PyFile.textStream("<stdin>", new FileInputStream(FileDescriptor.in), null);

    /** Flushes the standard streams (at exit, before printing a traceback to stderr). */
    public static void flushAll() {
        try {
            STDOUT.flush();
        } catch (RuntimeException ignored) {
            // closed or broken pipe at exit: nothing more can be done
        }
    }

    public static PyObject stdout() { return stdout; }
    public static PyObject stderr() { return stderr; }
    public static PyObject stdin() { return stdin; }
    public static void setStdout(PyObject f) { stdout = f; }
    public static void setStderr(PyObject f) { stderr = f; }
    public static void setStdin(PyObject f) { stdin = f; }
}
