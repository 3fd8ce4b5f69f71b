package dev.weft.runtime.modules;

import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyBaseException;
import dev.weft.runtime.exc.Traceback;
import dev.weft.runtime.modules.queue.QueueModule;
import dev.weft.runtime.types.PyStr;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tracebacks as CPython 3.13 prints them (without the carets under the failing expression). */
class ExceptionPrinterTest {
    private static PyBaseException exc(String msg, Traceback tb) {
        PyBaseException e = ExceptionTypes.create(ExceptionTypes.ValueError, PyStr.of(msg));
        e.setTraceback(tb);
        return e;
    }

    @Test
    void framesWithSourceLinesThenTheExceptionLine() throws Exception {
        Path src = Files.createTempFile("weft-tb", ".py");
        try {
            Files.writeString(src, "def outer():\n    inner()\ndef inner():\n    raise ValueError('bad')\n");
            String f = src.toString();
            Traceback tb = new Traceback(f, 2, "outer", new Traceback(f, 4, "inner", null));
            assertEquals("Traceback (most recent call last):\n"
                    + "  File \"" + f + "\", line 2, in outer\n"
                    + "    inner()\n"
                    + "  File \"" + f + "\", line 4, in inner\n"
                    + "    raise ValueError('bad')\n"
                    + "ValueError: bad\n", ExceptionPrinter.format(exc("bad", tb)));
        } finally {
            Files.delete(src);
        }
    }

    @Test
    void chainedExceptionsPrintCauseAndContextFirst() {
        PyBaseException first = exc("first", new Traceback("a.py", 1, "<module>", null));
        PyBaseException second = exc("second", new Traceback("a.py", 3, "<module>", null));
        second.setContext(first);
        assertEquals("Traceback (most recent call last):\n  File \"a.py\", line 1, in <module>\nValueError: first\n"
                + "\nDuring handling of the above exception, another exception occurred:\n\n"
                + "Traceback (most recent call last):\n  File \"a.py\", line 3, in <module>\nValueError: second\n",
                ExceptionPrinter.format(second));
        PyBaseException third = exc("third", null);
        third.setCause(first);
        assertEquals("Traceback (most recent call last):\n  File \"a.py\", line 1, in <module>\nValueError: first\n"
                + "\nThe above exception was the direct cause of the following exception:\n\n"
                + "ValueError: third\n", ExceptionPrinter.format(third));
    }

    @Test
    void exceptionsOfModulesAreQualifiedByTheirModule() {
        assertEquals("queue.Full", ExceptionPrinter.exceptionLine(ExceptionTypes.create(QueueModule.FULL)));
        assertEquals("_queue.Empty: x", ExceptionPrinter.exceptionLine(ExceptionTypes.create(QueueModule.EMPTY, PyStr.of("x"))));
        assertEquals("KeyError: 'k'", ExceptionPrinter.exceptionLine(ExceptionTypes.create(ExceptionTypes.KeyError, PyStr.of("k"))));
    }
}
