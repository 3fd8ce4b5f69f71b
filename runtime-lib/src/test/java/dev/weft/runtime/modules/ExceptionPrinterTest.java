package dev.weft.runtime.modules;

import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.modules.queue.QueueModule;
import dev.weft.runtime.types.PyStr;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The modules' exceptions in tracebacks (the layout itself is the runtime's TracebackPrinter, tested there). */
class ExceptionPrinterTest {
    @Test
    void exceptionsOfModulesAreQualifiedByTheirModule() {
        assertEquals("queue.Full", ExceptionPrinter.exceptionLine(ExceptionTypes.create(QueueModule.FULL)));
        assertEquals("_queue.Empty: x", ExceptionPrinter.exceptionLine(ExceptionTypes.create(QueueModule.EMPTY, PyStr.of("x"))));
        assertEquals("KeyError: 'k'", ExceptionPrinter.exceptionLine(ExceptionTypes.create(ExceptionTypes.KeyError, PyStr.of("k"))));
    }
}
