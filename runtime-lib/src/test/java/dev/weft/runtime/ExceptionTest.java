package dev.weft.runtime;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyBaseException;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.exc.Traceback;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyNone;
import org.junit.jupiter.api.Test;

import static dev.weft.runtime.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exception objects beyond str/repr (which the golden tables cover). Expected values from CPython 3.13. */
class ExceptionTest {

    private static PyObject group(String msg, PyObject... excs) {
        return call(ExceptionTypes.ExceptionGroup, s(msg), list(excs));
    }

    @Test
    void exceptionGroupSplitAndSubgroupKeepTheStructure() {
        PyObject inner = group("inner", call(ExceptionTypes.TypeError, i(2)), call(ExceptionTypes.ValueError, i(3)));
        PyObject eg = group("eg", call(ExceptionTypes.ValueError, i(1)), inner);
        assertEquals("ExceptionGroup('eg', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])])", repr(eg));
        assertEquals("eg (2 sub-exceptions)", str(eg));
        PyObject parts = Ops.callMethod(eg, "split", ExceptionTypes.ValueError);
        assertEquals("(ExceptionGroup('eg', [ValueError(1), ExceptionGroup('inner', [ValueError(3)])]), "
                + "ExceptionGroup('eg', [ExceptionGroup('inner', [TypeError(2)])]))", repr(parts));
        assertEquals("ExceptionGroup('eg', [ExceptionGroup('inner', [TypeError(2)])])",
                repr(Ops.callMethod(eg, "subgroup", ExceptionTypes.TypeError)));
        assertSame(PyNone.NONE, Ops.callMethod(eg, "subgroup", ExceptionTypes.KeyError));
        assertSame(eg, Ops.callMethod(eg, "subgroup", ExceptionTypes.Exception));
    }

    @Test
    void exceptionGroupConstructionChecksItsArguments() {
        assertEquals("ValueError: second argument (exceptions) must be a non-empty sequence", raises(() -> group("e")));
        assertEquals("TypeError: Cannot nest BaseExceptions in an ExceptionGroup",
                raises(() -> group("e", call(ExceptionTypes.KeyboardInterrupt))));
        PyObject beg = call(ExceptionTypes.BaseExceptionGroup, s("b"), list(call(ExceptionTypes.ValueError)));
        assertSame(ExceptionTypes.ExceptionGroup, beg.type(), "BaseExceptionGroup of Exceptions is an ExceptionGroup");
    }

    @Test
    void chainingNotesAndTraceback() {
        PyBaseException e = (PyBaseException) call(ExceptionTypes.ValueError, s("x"));
        PyBaseException cause = (PyBaseException) call(ExceptionTypes.KeyError, s("k"));
        Attr.setAttr(e, "__cause__", cause);
        assertSame(cause, Attr.getAttr(e, "__cause__"));
        assertSame(dev.weft.runtime.types.PyBool.TRUE, Attr.getAttr(e, "__suppress_context__"));
        assertEquals("TypeError: exception cause must be None or derive from BaseException",
                raises(() -> Attr.setAttr(e, "__cause__", i(1))));
        Ops.callMethod(e, "add_note", s("note 1"));
        assertEquals("['note 1']", repr(Attr.getAttr(e, "__notes__")));
        assertEquals("TypeError: note must be a str, not 'int'", raises(() -> Ops.callMethod(e, "add_note", i(1))));
        assertSame(PyNone.NONE, Attr.getAttr(e, "__traceback__"));
    }

    @Test
    void tracebackIsBuiltFromPythonFramesOfTheJavaStack() {
        PyException carrier = new PyException((PyBaseException) call(ExceptionTypes.ValueError));
        carrier.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("dev.weft.runtime.ops.Ops", "add", "Ops.java", 10),
            new StackTraceElement("app.mod", "inner", "mod.py", 7),
            new StackTraceElement("app.mod", "<module>", "mod.py", 12),
        });
        PyObject tb = Traceback.of(carrier.value);
        assertEquals("12", repr(Attr.getAttr(tb, "tb_lineno")));
        assertEquals("7", repr(Attr.getAttr(Attr.getAttr(tb, "tb_next"), "tb_lineno")));
        assertSame(PyNone.NONE, Attr.getAttr(Attr.getAttr(tb, "tb_next"), "tb_next"));
    }

    @Test
    void javaErrorsBecomePythonExceptions() {
        assertEquals("RecursionError: maximum recursion depth exceeded", Errors.wrap(new StackOverflowError()).getMessage());
        assertTrue(Errors.wrap(new NullPointerException()).matches(ExceptionTypes.SystemError));
        assertEquals("MemoryError", Errors.wrap(new OutOfMemoryError()).getMessage());
    }

    @Test
    void userExceptionSubclassesCarryAttributesAndMatchTheirBases() {
        PyObject myErr = cls("MyErr", new PyObject[] {ExceptionTypes.ValueError}, ns());
        PyObject e = call(myErr, s("a"), i(2));
        Attr.setAttr(e, "extra", i(5));
        assertEquals("MyErr('a', 2)", repr(e));
        assertEquals("5", repr(Attr.getAttr(e, "extra")));
        assertTrue(new PyException((PyBaseException) e).matches(ExceptionTypes.ValueError));
        assertEquals("[Errno 2] No such file or directory: 'x'",
                str(dev.weft.runtime.exc.PyOSError.of(2, "No such file or directory", s("x")).value));
        assertSame(ExceptionTypes.FileNotFoundError,
                dev.weft.runtime.exc.PyOSError.of(2, "No such file or directory", s("x")).value.type());
    }
}
