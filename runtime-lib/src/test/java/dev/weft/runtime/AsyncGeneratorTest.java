package dev.weft.runtime;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.exc.PyStopIteration;
import dev.weft.runtime.gen.AsyncGenValue;
import dev.weft.runtime.gen.GeneratorBody;
import dev.weft.runtime.gen.PyGenerator;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyNone;
import org.junit.jupiter.api.Test;

import static dev.weft.runtime.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The async generator protocol, driven by hand as an event loop would. */
class AsyncGeneratorTest {

    /**
     * <pre>
     * async def agen():
     *     yield 1
     *     x = await tick()      # suspends with 'tick'
     *     yield x + 10
     * </pre>
     */
    static final class Agen implements GeneratorBody {
        private int state;

        @Override
        public PyObject resume(PyGenerator gen, PyObject sent, PyException thrown) {
            if (thrown != null) {
                throw thrown;
            }
            switch (state++) {
                case 0: return AsyncGenValue.of(i(1));
                case 1: return s("tick");
                case 2: return AsyncGenValue.of(Ops.add(sent, i(10)));
                default: return null;
            }
        }
    }

    private static PyObject stopValue(Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        assertTrue(e.matches(ExceptionTypes.StopIteration), e.getMessage());
        return ((PyStopIteration) e.value).value();
    }

    @Test
    void anextAwaitablesDeliverYieldsAndPassAwaitsThrough() {
        PyGenerator g = PyGenerator.asyncGenerator(new Agen(), "agen", "agen");
        assertSame(g, Ops.callMethod(g, "__aiter__"));
        PyObject first = Ops.callMethod(g, "__anext__");
        assertEquals("1", repr(stopValue(() -> Ops.callMethod(first, "__next__"))));
        PyObject second = Ops.callMethod(g, "__anext__");
        assertEquals("'tick'", repr(Ops.callMethod(second, "__next__")), "an await suspension reaches the event loop");
        assertEquals("15", repr(stopValue(() -> Ops.callMethod(second, "send", i(5)))));
        PyObject third = Ops.callMethod(g, "__anext__");
        assertEquals("StopAsyncIteration", raises(() -> Ops.callMethod(third, "__next__")));
        assertTrue(repr(g).startsWith("<async generator object agen at 0x"));
    }

    @Test
    void acloseFinishesQuietlyAndAYieldDuringCloseIsARuntimeError() {
        PyGenerator g = PyGenerator.asyncGenerator(new Agen(), "agen", "agen");
        assertSame(PyNone.NONE, stopValue(() -> Ops.callMethod(Ops.callMethod(g, "aclose"), "__next__")));
        PyGenerator stubborn = PyGenerator.asyncGenerator((gen, sent, thrown) -> AsyncGenValue.of(i(0)), "s", "s");
        stopValue(() -> Ops.callMethod(Ops.callMethod(stubborn, "__anext__"), "__next__"));
        assertEquals("RuntimeError: async generator ignored GeneratorExit",
                raises(() -> Ops.callMethod(Ops.callMethod(stubborn, "aclose"), "__next__")));
    }

    @Test
    void firstiterHookSeesEachAsyncGeneratorOnceOnItsFirstStep() {
        java.util.List<PyObject> seen = new java.util.ArrayList<>();
        PyObject hook = new dev.weft.runtime.call.PyBuiltinFunction("hook", null,
                (dev.weft.runtime.call.Fn.FV) (self, args, kw) -> {
                    seen.add(args[0]);
                    return PyNone.NONE;
                });
        PyObject[] before = dev.weft.runtime.gen.AsyncGenHooks.get();
        dev.weft.runtime.gen.AsyncGenHooks.set(hook, null);
        try {
            PyGenerator g = PyGenerator.asyncGenerator(new Agen(), "agen", "agen");
            assertEquals(0, seen.size(), "creating the generator does not call the hook");
            PyObject first = Ops.callMethod(g, "__anext__");
            stopValue(() -> Ops.callMethod(first, "__next__"));
            Ops.callMethod(g, "__anext__");
            Ops.callMethod(g, "aclose");
            assertEquals(1, seen.size());
            assertSame(g, seen.get(0));
            assertSame(hook, dev.weft.runtime.gen.AsyncGenHooks.get()[0]);
            assertSame(before[1], dev.weft.runtime.gen.AsyncGenHooks.get()[1], "a hook not given stays as it was");
        } finally {
            dev.weft.runtime.gen.AsyncGenHooks.set(before[0], before[1]);
        }
    }
}
