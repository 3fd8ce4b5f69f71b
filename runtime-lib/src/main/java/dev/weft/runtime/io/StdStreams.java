package dev.weft.runtime.io;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyStr;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;

/**
 * The process's standard streams as Python file objects. The {@code sys} module
 * exposes and replaces them: {@code print} and {@code input} always read the current value.
 */
public final class StdStreams {
    private StdStreams() { }

    /** PYTHONUNBUFFERED (CPython's -u): stdout is written through, as child processes' output expects. */
    private static final boolean UNBUFFERED = !System.getenv().getOrDefault("PYTHONUNBUFFERED", "").isEmpty();
    private static final PyFile STDOUT = PyFile.standard("<stdout>", null, new FileOutputStream(FileDescriptor.out), 1,
            "strict", UNBUFFERED);
    static {
        STDOUT.lineBuffering = System.console() != null;
        Runtime.getRuntime().addShutdownHook(new Thread(StdStreams::flushAll, "weft-flush-stdout"));
    }
    private static volatile PyObject stdout = STDOUT;
    /** stderr is written through (CPython's is line-buffered; unbuffered keeps it ordered with a crash). */
    private static volatile PyObject stderr = PyFile.standard("<stderr>", null, new FileOutputStream(FileDescriptor.err),
            2, "backslashreplace", true);
    private static volatile PyObject stdin = PyFile.standard("<stdin>", new FileInputStream(FileDescriptor.in), null, 0,
            "strict", false);

    /** Flushes the standard streams (at exit, before printing a traceback to stderr). */
    public static void flushAll() {
        try {
            STDOUT.flush();
        } catch (RuntimeException ignored) {
            // closed or broken pipe at exit: nothing more can be done
        }
    }

    /**
     * The {@code sys} module's dict once {@code sys} exists: then {@code sys.stdout = f} in Python
     * redirects {@code print}, as in CPython, because the streams are read from it.
     */
    private static volatile PyDict sysDict;
    private static final PyStr STDOUT_KEY = PyStr.intern("stdout");
    private static final PyStr STDERR_KEY = PyStr.intern("stderr");
    private static final PyStr STDIN_KEY = PyStr.intern("stdin");

    /** Called by the {@code sys} module when it is created: the streams live in its dict from then on. */
    public static void bindSysDict(PyDict dict) {
        dict.setItem(STDOUT_KEY, stdout);
        dict.setItem(STDERR_KEY, stderr);
        dict.setItem(STDIN_KEY, stdin);
        sysDict = dict;
    }

    private static PyObject read(PyStr key, PyObject fallback) {
        PyDict d = sysDict;
        if (d != null) {
            PyObject o = d.getItemOrNull(key);
            if (o != null) {
                return o;
            }
        }
        return fallback;
    }

    private static void write(PyStr key, PyObject f) {
        PyDict d = sysDict;
        if (d != null) {
            d.setItem(key, f);
        }
    }

    /** The original streams ({@code sys.__stdout__} and friends). */
    public static PyObject originalStdout() { return stdout; }
    public static PyObject originalStderr() { return stderr; }
    public static PyObject originalStdin() { return stdin; }

    public static PyObject stdout() { return read(STDOUT_KEY, stdout); }
    public static PyObject stderr() { return read(STDERR_KEY, stderr); }
    public static PyObject stdin() { return read(STDIN_KEY, stdin); }
    public static void setStdout(PyObject f) { stdout = f; write(STDOUT_KEY, f); }
    public static void setStderr(PyObject f) { stderr = f; write(STDERR_KEY, f); }
    public static void setStdin(PyObject f) { stdin = f; write(STDIN_KEY, f); }
}
