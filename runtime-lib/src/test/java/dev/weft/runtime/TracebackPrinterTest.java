package dev.weft.runtime;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.Launcher;
import dev.weft.runtime.exc.PyBaseException;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.exc.TracebackPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.weft.runtime.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tracebacks as CPython 3.13 prints them (without position carets). */
class TracebackPrinterTest {

    private static PyException thrown(PyBaseException e, String file, int... lines) {
        PyException carrier = new PyException(e);
        StackTraceElement[] st = new StackTraceElement[lines.length];
        for (int k = 0; k < lines.length; k++) {
            st[k] = new StackTraceElement("app.main", k == lines.length - 1 ? "<module>" : "f", file, lines[k]);
        }
        carrier.setStackTrace(st);
        return carrier;
    }

    @Test
    void chainedExceptionsPrintOutermostLastWithSourceLines(@TempDir Path dir) throws Exception {
        Path py = dir.resolve("main.py");
        Files.writeString(py, "def f():\n    return 1 / 0\n\ntry:\n    f()\nexcept ZeroDivisionError as e:\n    raise ValueError('bad') from e\n");
        PyBaseException zero = (PyBaseException) call(ExceptionTypes.ZeroDivisionError, s("division by zero"));
        thrown(zero, py.toString(), 2, 5);
        PyBaseException value = (PyBaseException) call(ExceptionTypes.ValueError, s("bad"));
        value.setCause(zero);
        thrown(value, py.toString(), 7);
        String expected = "Traceback (most recent call last):\n"
                + "  File \"" + py + "\", line 5, in <module>\n    f()\n"
                + "  File \"" + py + "\", line 2, in f\n    return 1 / 0\n"
                + "ZeroDivisionError: division by zero\n"
                + "\nThe above exception was the direct cause of the following exception:\n\n"
                + "Traceback (most recent call last):\n"
                + "  File \"" + py + "\", line 7, in <module>\n    raise ValueError('bad') from e\n"
                + "ValueError: bad\n";
        assertEquals(expected, TracebackPrinter.format(value));
    }

    @Test
    void launcherMapsSystemExitAndPrintsUncaughtExceptions() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(0, Launcher.run(() -> { }, ps));
        assertEquals(3, Launcher.run(() -> {
            throw new PyException((PyBaseException) call(ExceptionTypes.SystemExit, i(3)));
        }, ps));
        assertEquals(1, Launcher.run(() -> {
            throw new PyException((PyBaseException) call(ExceptionTypes.SystemExit, s("bye")));
        }, ps));
        PyObject myErr = cls("MyError", new PyObject[] {ExceptionTypes.Exception}, ns());
        assertEquals(1, Launcher.run(() -> {
            throw new PyException((PyBaseException) call(myErr, s("oops")), false);
        }, ps));
        assertEquals(1, Launcher.run(() -> {
            throw new IllegalStateException("bug");
        }, ps));
        String out = err.toString(StandardCharsets.UTF_8);
        assertEquals("bye\nMyError: oops\nSystemError: internal error in the weft runtime: java.lang.IllegalStateException: bug\n",
                out);
    }

    @Test
    void exceptionGroupsAreBoxedWithCPythonsWidthAndDepthLimits() throws Exception {
        PyObject[] values = new PyObject[17];
        for (int k = 0; k < values.length; k++) {
            values[k] = call(ExceptionTypes.ValueError, i(k));
        }
        PyBaseException wide = (PyBaseException) call(ExceptionTypes.ExceptionGroup, s("wide"),
                new dev.weft.runtime.types.PyList(values));
        PyObject deep = call(ExceptionTypes.ValueError, s("leaf"));
        for (int d = 0; d < 12; d++) {
            deep = call(ExceptionTypes.ExceptionGroup, s("d" + d), new dev.weft.runtime.types.PyList(new PyObject[] {deep}));
        }
        String expected = Files.readString(Path.of("src/test/resources/exc/exception_group_layout.txt"));
        assertEquals(expected, TracebackPrinter.format(wide) + TracebackPrinter.format((PyBaseException) deep));
    }
}
