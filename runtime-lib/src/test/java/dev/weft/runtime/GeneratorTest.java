package dev.weft.runtime;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.exc.PyStopIteration;
import dev.weft.runtime.gen.GeneratorBody;
import dev.weft.runtime.gen.PyGenerator;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import org.junit.jupiter.api.Test;

import static dev.weft.runtime.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generator protocol around a hand-written state machine, as the backend will emit. */
class GeneratorTest {

    /**
     * <pre>
     * def gen(n):
     *     total = 0
     *     for i in range(n):
     *         x = yield i
     *         if x is not None: total += x
     *     return total
     * </pre>
     */
    static final class Gen implements GeneratorBody {
        private int state;
        private final long n;
        private long i;
        private PyObject total = PyInt.ZERO;

        Gen(long n) {
            this.n = n;
        }

        @Override
        public PyObject resume(PyGenerator gen, PyObject sent, PyException thrown) {
            if (thrown != null) {
                throw thrown;
            }
            if (state == 1) {
                if (sent != PyNone.NONE) {
                    total = Ops.add(total, sent);
                }
                i++;
            }
            if (i < n) {
                state = 1;
                return PyInt.of(i);
            }
            gen.setResult(total);
            return null;
        }
    }

    @Test
    void forLoopDrainsTheGenerator() {
        assertEquals("[0, 1, 2]", repr(new PyList(Protocols.toArray(PyGenerator.generator(new Gen(3), "gen", "gen")))));
    }

    @Test
    void sendDeliversValuesAndStopIterationCarriesTheReturnValue() {
        PyGenerator g = PyGenerator.generator(new Gen(3), "gen", "gen");
        assertEquals("0", repr(Ops.callMethod(g, "__next__")));
        assertEquals("1", repr(g.send(i(10))));
        assertEquals("2", repr(g.send(i(5))));
        PyException stop = assertThrows(PyException.class, () -> g.send(PyNone.NONE));
        assertEquals("15", repr(((PyStopIteration) stop.value).value()));
        assertEquals("StopIteration", raises(() -> Ops.callMethod(g, "__next__")));
    }

    @Test
    void sendingToAJustStartedGeneratorIsATypeError() {
        PyGenerator g = PyGenerator.generator(new Gen(3), "gen", "gen");
        assertEquals("TypeError: can't send non-None value to a just-started generator", raises(() -> g.send(i(1))));
        assertEquals("0", repr(g.send(PyNone.NONE)));
    }

    @Test
    void throwRaisesAtTheYieldAndClosesTheGenerator() {
        PyGenerator g = PyGenerator.generator(new Gen(3), "gen", "gen");
        g.next();
        assertEquals("ValueError: boom", raises(() -> Ops.callMethod(g, "throw", call(ExceptionTypes.ValueError, s("boom")))));
        assertEquals(null, g.next());
    }

    @Test
    void closeThrowsGeneratorExitAndAGeneratorThatYieldsAnywayIsARuntimeError() {
        PyGenerator g = PyGenerator.generator(new Gen(3), "gen", "gen");
        g.next();
        g.close();
        assertEquals(null, g.next());
        PyGenerator stubborn = PyGenerator.generator((gen, sent, thrown) -> s("again"), "stubborn", "stubborn");
        stubborn.next();
        assertEquals("RuntimeError: generator ignored GeneratorExit", raises(stubborn::close));
    }

    @Test
    void stopIterationInsideTheBodyBecomesRuntimeError() {
        PyGenerator g = PyGenerator.generator((gen, sent, thrown) -> {
            throw dev.weft.runtime.exc.Errors.stopIteration(null);
        }, "bad", "bad");
        PyException e = assertThrows(PyException.class, g::next);
        assertEquals("RuntimeError: generator raised StopIteration", e.getMessage());
        assertTrue(e.value.cause().type() == ExceptionTypes.StopIteration);
    }

    @Test
    void reenteringARunningGeneratorIsAValueError() {
        PyGenerator[] self = new PyGenerator[1];
        self[0] = PyGenerator.generator((gen, sent, thrown) -> self[0].next(), "rec", "rec");
        assertEquals("ValueError: generator already executing", raises(self[0]::next));
    }

    @Test
    void generatorReprUsesTheQualifiedName() {
        PyGenerator g = PyGenerator.generator(new Gen(1), "gen", "C.gen");
        assertTrue(repr(g).startsWith("<generator object C.gen at 0x"));
    }
}
