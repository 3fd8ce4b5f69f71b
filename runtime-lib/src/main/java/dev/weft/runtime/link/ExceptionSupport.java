package dev.weft.runtime.link;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyBaseException;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyTuple;

/**
 * Exception handling for generated code: what {@code caught}, {@code raise}, {@code reraise},
 * {@code exc_match}, {@code enter_handler} and {@code exit_handler} compile to. Generated
 * handlers catch {@link Throwable}, so a stray Java exception (a runtime bug, a
 * {@link StackOverflowError}) is turned into a Python exception right where Python code
 * could handle it.
 */
public final class ExceptionSupport {
    private ExceptionSupport() { }

    /**
     * The Python exception a handler caught. An exception raised while another was being
     * handled gets that one as its {@code __context__} here (unless it already has one), so
     * that exceptions raised inside the runtime are chained as CPython chains them.
     */
    public static PyObject caught(Throwable t) {
        return caught(t, null, null);
    }

    /**
     * {@link #caught(Throwable)} by the handler of method {@code catcherMethod} of class
     * {@code catcherClass} (JVM names, constants of the generated code): the exception's
     * traceback starts at that frame, as CPython's does.
     */
    public static PyObject caught(Throwable t, String catcherClass, String catcherMethod) {
        PyBaseException e = Errors.wrap(t).value;
        if (catcherMethod != null) {
            dev.weft.runtime.exc.Traceback.caughtBy(e, catcherClass, catcherMethod);
        }
        PyObject handled = HandledException.current();
        if (handled != null && handled != e && e.context() == null) {
            setContextBreakingCycles(e, handled);
        }
        return e;
    }

    /** {@code raise exc [from cause]}: the Java exception to throw. */
    public static PyException raise(PyObject exc, PyObject cause) {
        PyBaseException e = instantiate(exc, "exceptions must derive from BaseException");
        if (cause != null) {
            if (cause == PyNone.NONE) {
                e.setCause(PyNone.NONE);
            } else {
                e.setCause(instantiate(cause, "exception causes must derive from BaseException"));
            }
        }
        PyObject handled = HandledException.current();
        if (handled != null && handled != e) {
            setContextBreakingCycles(e, handled);
        }
        return dev.weft.runtime.exc.Traceback.raiseAgain(e);
    }

    /** Bare {@code raise}: re-raises the exception being handled. */
    public static PyException reraiseCurrent() {
        PyObject handled = HandledException.current();
        if (handled == null) {
            return Errors.runtimeError("No active exception to reraise");
        }
        return reraise(handled);
    }

    /** Re-raises a caught exception with its original traceback. */
    public static PyException reraise(PyObject exc) {
        PyBaseException e = (PyBaseException) exc;
        PyException carrier = e.lastThrown();
        return carrier != null ? carrier : new PyException(e);
    }

    /** {@code except T}: whether {@code exc} is an instance of {@code type} (a class or a tuple of them). */
    public static boolean matches(PyObject exc, PyObject type) {
        if (type instanceof PyTuple t) {
            for (PyObject item : t.toArray()) {
                checkCatchable(item);
            }
            for (PyObject item : t.toArray()) {
                if (exc.type().isSubtypeOf((PyType) item)) {
                    return true;
                }
            }
            return false;
        }
        checkCatchable(type);
        return exc.type().isSubtypeOf((PyType) type);
    }

    private static void checkCatchable(PyObject type) {
        if (!(type instanceof PyType t) || !t.isSubtypeOf(ExceptionTypes.BaseException)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** {@code enter_handler}: makes {@code exc} the handled exception, returning the previous one (None for none). */
    public static PyObject enterHandler(PyObject exc) {
        PyObject prev = HandledException.swap(exc);
        return prev == null ? PyNone.NONE : prev;
    }

    /** {@code exit_handler}: restores what {@link #enterHandler} returned. */
    public static void exitHandler(PyObject previous) {
        HandledException.swap(previous == PyNone.NONE ? null : previous);
    }

    /** An internal inconsistency of generated code, as a Python SystemError. */
    public static PyException internalError(String message) {
        return Errors.systemError("%s", message);
    }

    /** An exception instance from {@code raise X} where X is an instance or a class. */
    static PyBaseException instantiate(PyObject exc, String message) {
        if (exc instanceof PyBaseException e) {
            return e;
        }
        if (exc instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BaseException)) {
            PyObject made = t.call(new PyObject[0], null);
            if (made instanceof PyBaseException e) {
                return e;
            }
            throw Errors.typeError("calling %s should have returned an instance of BaseException, not %s",
                    dev.weft.runtime.ops.Ops.reprString(t), made.type().name());
        }
        throw Errors.typeError("%s", message);
    }

    /** Sets {@code e.__context__ = context}, cutting a cycle through {@code e} as CPython does. */
    static void setContextBreakingCycles(PyBaseException e, PyObject context) {
        if (context instanceof PyBaseException handled) {
            // the handled exception's traceback ends at the handler's frame, which is still on
            // the stack now: fix it before the stack moves on (see Traceback.of)
            dev.weft.runtime.exc.Traceback.of(handled);
        }
        PyObject o = context;
        int guard = 0;
        while (o instanceof PyBaseException b && guard++ < 10_000) {
            PyObject next = b.context();
            if (next == e) {
                b.setContext(PyNone.NONE);
                break;
            }
            o = next;
        }
        e.setContext(context);
    }
}
