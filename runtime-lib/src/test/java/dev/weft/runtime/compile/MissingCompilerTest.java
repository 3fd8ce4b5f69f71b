package dev.weft.runtime.compile;

import dev.weft.runtime.builtins.BuiltinsModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyStr;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without the compiler service on the class path (runtime-lib alone), exec/eval/compile of source say so. */
class MissingCompilerTest {
    private static PyException call(String builtin, PyObject... args) {
        PyObject f = BuiltinsModule.lookup(builtin);
        return assertThrows(PyException.class, () -> f.call(args, null));
    }

    @Test
    void noCompilerServiceIsFoundOnTheRuntimesOwnClassPath() {
        assertFalse(RuntimeCompilation.available());
    }

    @Test
    void execEvalAndCompileOfSourceRaiseNotImplementedErrorNamingTheMissingCompiler() {
        PyException[] errors = {
            call("exec", PyStr.of("x = 1"), new PyDict()),
            call("eval", PyStr.of("1 + 1"), new PyDict()),
            call("compile", PyStr.of("1"), PyStr.of("<s>"), PyStr.of("eval")),
        };
        for (PyException e : errors) {
            assertTrue(e.matches(ExceptionTypes.NotImplementedError), e.toString());
            assertTrue(e.value.toString().contains("needs the Weft compiler at run time"), e.value.toString());
        }
    }

    @Test
    void argumentErrorsComeBeforeTheCompilerIsNeeded() {
        PyException e = call("exec", PyStr.of("x = 1"), PyStr.of("not a dict"));
        assertTrue(e.matches(ExceptionTypes.TypeError), e.toString());
        PyException mode = call("compile", PyStr.of("1"), PyStr.of("<s>"), PyStr.of("bad"));
        assertTrue(mode.matches(ExceptionTypes.ValueError), mode.toString());
    }
}
