package dev.weft.runtime.exc;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/** The builtin exception hierarchy of Python 3.13. */
public final class ExceptionTypes {
    private ExceptionTypes() { }

    private static final List<PyType> ALL = new ArrayList<>();
    private static final int F = PyType.BASETYPE | PyType.IMMUTABLE | PyType.INSTANCE_DICT;

    private static PyType t(String name, PyType base, Class<?> javaClass, Consumer<PyType> definer) {
        PyType type = new PyType(name, javaClass, base, definer, F);
        ALL.add(type);
        return type;
    }

    private static PyType t(String name, PyType base) {
        return t(name, base, base.javaClass(), x -> { });
    }

    public static final PyType BaseException = t("BaseException", PyType.OBJECT, PyBaseException.class,
            ExceptionMethods::defineBaseException);
    public static final PyType BaseExceptionGroup = t("BaseExceptionGroup", BaseException,
            PyBaseExceptionGroup.class, ExceptionMethods::defineExceptionGroup);
    public static final PyType GeneratorExit = t("GeneratorExit", BaseException);
    public static final PyType KeyboardInterrupt = t("KeyboardInterrupt", BaseException);
    public static final PyType SystemExit = t("SystemExit", BaseException, PySystemExit.class,
            ExceptionMethods::defineSystemExit);
    public static final PyType Exception = t("Exception", BaseException);
    public static final PyType ArithmeticError = t("ArithmeticError", Exception);
    public static final PyType FloatingPointError = t("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = t("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = t("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = t("AssertionError", Exception);
    public static final PyType AttributeError = t("AttributeError", Exception, PyAttributeError.class,
            ExceptionMethods::defineAttributeError);
    public static final PyType BufferError = t("BufferError", Exception);
    public static final PyType EOFError = t("EOFError", Exception);
    public static final PyType ExceptionGroup;
    static {
        ExceptionGroup = new PyType("ExceptionGroup", PyBaseExceptionGroup.class,
                new PyType[] {BaseExceptionGroup, Exception}, x -> { }, F);
        ALL.add(ExceptionGroup);
    }
    public static final PyType ImportError = t("ImportError", Exception, PyImportError.class,
            ExceptionMethods::defineImportError);
    public static final PyType ModuleNotFoundError = t("ModuleNotFoundError", ImportError);
    public static final PyType LookupError = t("LookupError", Exception);
    public static final PyType IndexError = t("IndexError", LookupError);
    public static final PyType KeyError = t("KeyError", LookupError, PyKeyError.class, x -> { });
    public static final PyType MemoryError = t("MemoryError", Exception);
    public static final PyType NameError = t("NameError", Exception, PyNameError.class,
            ExceptionMethods::defineNameError);
    public static final PyType UnboundLocalError = t("UnboundLocalError", NameError);
    public static final PyType OSError = t("OSError", Exception, PyOSError.class, ExceptionMethods::defineOSError);
    public static final PyType BlockingIOError = t("BlockingIOError", OSError);
    public static final PyType ChildProcessError = t("ChildProcessError", OSError);
    public static final PyType ConnectionError = t("ConnectionError", OSError);
    public static final PyType BrokenPipeError = t("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionAbortedError = t("ConnectionAbortedError", ConnectionError);
    public static final PyType ConnectionRefusedError = t("ConnectionRefusedError", ConnectionError);
    public static final PyType ConnectionResetError = t("ConnectionResetError", ConnectionError);
    public static final PyType FileExistsError = t("FileExistsError", OSError);
    public static final PyType FileNotFoundError = t("FileNotFoundError", OSError);
    public static final PyType InterruptedError = t("InterruptedError", OSError);
    public static final PyType IsADirectoryError = t("IsADirectoryError", OSError);
    public static final PyType NotADirectoryError = t("NotADirectoryError", OSError);
    public static final PyType PermissionError = t("PermissionError", OSError);
    public static final PyType ProcessLookupError = t("ProcessLookupError", OSError);
    public static final PyType TimeoutError = t("TimeoutError", OSError);
    public static final PyType ReferenceError = t("ReferenceError", Exception);
    public static final PyType RuntimeError = t("RuntimeError", Exception);
    public static final PyType NotImplementedError = t("NotImplementedError", RuntimeError);
    public static final PyType PythonFinalizationError = t("PythonFinalizationError", RuntimeError);
    public static final PyType RecursionError = t("RecursionError", RuntimeError);
    public static final PyType StopAsyncIteration = t("StopAsyncIteration", Exception);
    public static final PyType StopIteration = t("StopIteration", Exception, PyStopIteration.class,
            ExceptionMethods::defineStopIteration);
    public static final PyType SyntaxError = t("SyntaxError", Exception, PySyntaxError.class,
            ExceptionMethods::defineSyntaxError);
    public static final PyType IndentationError = t("IndentationError", SyntaxError);
    public static final PyType TabError = t("TabError", IndentationError);
    public static final PyType SystemError = t("SystemError", Exception);
    public static final PyType TypeError = t("TypeError", Exception);
    public static final PyType ValueError = t("ValueError", Exception);
    public static final PyType UnicodeError = t("UnicodeError", ValueError, PyUnicodeError.class,
            ExceptionMethods::defineUnicodeError);
    public static final PyType UnicodeDecodeError = t("UnicodeDecodeError", UnicodeError);
    public static final PyType UnicodeEncodeError = t("UnicodeEncodeError", UnicodeError);
    public static final PyType UnicodeTranslateError = t("UnicodeTranslateError", UnicodeError);
    public static final PyType Warning = t("Warning", Exception);
    public static final PyType BytesWarning = t("BytesWarning", Warning);
    public static final PyType DeprecationWarning = t("DeprecationWarning", Warning);
    public static final PyType EncodingWarning = t("EncodingWarning", Warning);
    public static final PyType FutureWarning = t("FutureWarning", Warning);
    public static final PyType ImportWarning = t("ImportWarning", Warning);
    public static final PyType PendingDeprecationWarning = t("PendingDeprecationWarning", Warning);
    public static final PyType ResourceWarning = t("ResourceWarning", Warning);
    public static final PyType RuntimeWarning = t("RuntimeWarning", Warning);
    public static final PyType SyntaxWarning = t("SyntaxWarning", Warning);
    public static final PyType UnicodeWarning = t("UnicodeWarning", Warning);
    public static final PyType UserWarning = t("UserWarning", Warning);

    /** Every builtin exception type, in definition order (for the builtins module). */
    public static List<PyType> all() {
        return Collections.unmodifiableList(ALL);
    }

    /** A new, uninitialised instance of exception class {@code cls} (maybe a user subclass). */
    public static PyBaseException instantiate(PyType cls) {
        Class<?> jc = cls.javaClass();
        if (jc == PyOSError.class) return new PyOSError(cls);
        if (jc == PyStopIteration.class) return new PyStopIteration(cls);
        if (jc == PyKeyError.class) return new PyKeyError(cls);
        if (jc == PyAttributeError.class) return new PyAttributeError(cls);
        if (jc == PyNameError.class) return new PyNameError(cls);
        if (jc == PyImportError.class) return new PyImportError(cls);
        if (jc == PySystemExit.class) return new PySystemExit(cls);
        if (jc == PySyntaxError.class) return new PySyntaxError(cls);
        if (jc == PyUnicodeError.class) return new PyUnicodeError(cls);
        if (jc == PyBaseExceptionGroup.class) return new PyBaseExceptionGroup(cls);
        return new PyBaseException(cls);
    }

    /** Creates and initialises an exception as {@code cls(*args)} would (without calling user code). */
    public static PyBaseException create(PyType cls, PyObject... args) {
        PyBaseException e = instantiate(cls);
        e.init(args);
        return e;
    }
}
