package dev.weft.runtime.link;

import dev.weft.runtime.Py;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.gen.Delegation;
import dev.weft.runtime.gen.PyGenerator;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code types.coroutine} on a generator function: {@code f.__code__ = f.__code__.replace(co_flags=...|0x100)}
 * makes {@code await} take the generators of that function (asyncio's sleep(0) relies on it).
 */
class IterableCoroutineTest {
    /** {@code def gen(): yield 'tick'} */
    private static PyFunction generatorFunction(String name) {
        return Py.fn(name, (fn, frame) -> GeneratorFrame.create(fn, frame, (f, gen, sent, thrown) -> {
            if (thrown != null) {
                throw thrown;
            }
            return f.state++ == 0 ? PyStr.of("tick") : null;
        }, 0));
    }

    private static PyObject replaceFlags(PyObject code, long flags) {
        return Attr.getAttr(code, "replace").call(new PyObject[] {PyInt.of(flags)}, new String[] {"co_flags"});
    }

    @Test
    void replacingTheFlagsOfAFunctionsOwnCodeMakesItsGeneratorsAwaitable() {
        PyFunction f = generatorFunction("sleep0");
        PyObject plain = f.call(new PyObject[0], null);
        assertEquals("TypeError: object generator can't be used in 'await' expression",
                Py.raises(() -> Delegation.awaitable(plain, true)));
        PyObject code = Attr.getAttr(f, "__code__");
        long flags = ((PyInt) Attr.getAttr(code, "co_flags")).longValue();
        assertEquals(0, flags & 0x100);
        Attr.setAttr(f, "__code__", replaceFlags(code, flags | 0x100));
        assertEquals(flags | 0x100, ((PyInt) Attr.getAttr(Attr.getAttr(f, "__code__"), "co_flags")).longValue());
        PyGenerator g = (PyGenerator) f.call(new PyObject[0], null);
        assertSame(g, Delegation.awaitable(g, true));
        assertEquals("'tick'", Py.repr(Protocols.next(g)));
        assertTrue(Py.raises(() -> Delegation.awaitable(generatorFunction("other").call(new PyObject[0], null), true))
                .startsWith("TypeError"), "only the marked function's generators are awaitable");
    }

    @Test
    void compiledCodeCannotTakeAnotherFunctionsCodeOrOtherReplacements() {
        PyFunction f = generatorFunction("f");
        PyFunction g = generatorFunction("g");
        assertEquals("ValueError: f(): weft cannot give a compiled function the code of another function",
                Py.raises(() -> Attr.setAttr(f, "__code__", Attr.getAttr(g, "__code__"))));
        PyObject code = Attr.getAttr(f, "__code__");
        assertEquals("NotImplementedError: code.replace(co_name=...) is not supported by weft (only co_flags)",
                Py.raises(() -> Attr.getAttr(code, "replace").call(new PyObject[] {PyStr.of("x")}, new String[] {"co_name"})));
        assertEquals("NotImplementedError: code.replace(co_flags=...) can only add CO_ITERABLE_COROUTINE in weft",
                Py.raises(() -> replaceFlags(code, 0)));
    }
}
