package dev.weft.runtime.modules.tokenize;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyStr;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code _tokenize} in the runtime alone: it imports, and tokenizing needs the compiler service. */
class TokenizeModuleTest {
    private static PyObject tokenizerIter() {
        PyModule m = TokenizeModule.create();
        return m.get("TokenizerIter");
    }

    private static PyObject readline() {
        return Ops.callMethod(PyStr.of("x = 1\n"), "splitlines", PyBool.TRUE);
    }

    @Test
    void withoutTheCompilerServiceTokenizingRaisesNotImplementedError() {
        PyObject lines = Ops.callMethod(readline(), "__iter__");
        PyObject it = tokenizerIter().call(new PyObject[] {dev.weft.runtime.ops.Attr.getAttr(lines, "__next__"), PyBool.TRUE},
                new String[] {"extra_tokens"});
        PyException e = assertThrows(PyException.class, () -> Ops.callMethod(it, "__next__"));
        assertTrue(e.matches(ExceptionTypes.NotImplementedError));
        assertTrue(Ops.strString(e.value).contains("weft-runtime-compiler"), Ops.strString(e.value));
    }

    @Test
    void theParsersRawViewIsNotSupported() {
        PyException e = assertThrows(PyException.class, () -> tokenizerIter().call(
                new PyObject[] {PyStr.of("x"), PyBool.FALSE}, new String[] {"extra_tokens"}));
        assertTrue(e.matches(ExceptionTypes.NotImplementedError));
    }

    @Test
    void extraTokensIsARequiredKeyword() {
        PyException e = assertThrows(PyException.class, () -> tokenizerIter().call(
                new PyObject[] {PyStr.of("x")}, null));
        assertEquals("TokenizerIter() missing required argument 'extra_tokens' (pos 2)", Ops.strString(e.value));
    }
}
