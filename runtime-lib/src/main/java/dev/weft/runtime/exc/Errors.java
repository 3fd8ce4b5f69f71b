package dev.weft.runtime.exc;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.types.PyStr;

/**
 * Factories for the exceptions the runtime raises. Each returns the Java exception so that
 * callers write {@code throw Errors.typeError(...)}.
 */
public final class Errors {
    private Errors() { }

    public static PyException make(PyType type, String message) {
        return new PyException(ExceptionTypes.create(type, PyStr.of(message)));
    }

    public static PyException make(PyType type, String fmt, Object... args) {
        return make(type, args.length == 0 ? fmt : String.format(fmt, args));
    }

    public static PyException typeError(String fmt, Object... args) { return make(ExceptionTypes.TypeError, fmt, args); }
    public static PyException valueError(String fmt, Object... args) { return make(ExceptionTypes.ValueError, fmt, args); }
    public static PyException indexError(String fmt, Object... args) { return make(ExceptionTypes.IndexError, fmt, args); }
    public static PyException overflowError(String fmt, Object... args) { return make(ExceptionTypes.OverflowError, fmt, args); }
    public static PyException zeroDivision(String fmt, Object... args) { return make(ExceptionTypes.ZeroDivisionError, fmt, args); }
    public static PyException runtimeError(String fmt, Object... args) { return make(ExceptionTypes.RuntimeError, fmt, args); }
    public static PyException notImplemented(String fmt, Object... args) { return make(ExceptionTypes.NotImplementedError, fmt, args); }
    public static PyException systemError(String fmt, Object... args) { return make(ExceptionTypes.SystemError, fmt, args); }
    public static PyException memoryError() { return make(ExceptionTypes.MemoryError, ""); }

    public static PyException attributeError(String fmt, Object... args) {
        return make(ExceptionTypes.AttributeError, fmt, args);
    }

    /** AttributeError with {@code name} and {@code obj} set, as CPython's generic lookup raises it. */
    public static PyException noAttribute(PyObject obj, String name) {
        String msg = obj instanceof PyType t
                ? String.format("type object '%s' has no attribute '%s'", t.name(), name)
                : String.format("'%s' object has no attribute '%s'", obj.type().name(), name);
        return noAttribute(obj, name, msg);
    }

    /** AttributeError with {@code name} and {@code obj} set and the message {@code msg}. */
    public static PyException noAttribute(PyObject obj, String name, String msg) {
        PyBaseException e = ExceptionTypes.create(ExceptionTypes.AttributeError, PyStr.of(msg));
        ((PyAttributeError) e).setNameAndObj(PyStr.of(name), obj);
        return new PyException(e);
    }

    public static PyException nameError(String name, String fmt, Object... args) {
        PyBaseException e = ExceptionTypes.create(ExceptionTypes.NameError, PyStr.of(String.format(fmt, args)));
        ((PyNameError) e).setName(PyStr.of(name));
        return new PyException(e);
    }

    public static PyException undefinedName(String name) {
        return nameError(name, "name '%s' is not defined", name);
    }

    public static PyException unboundLocal(String name) {
        PyBaseException e = ExceptionTypes.create(ExceptionTypes.UnboundLocalError, PyStr.of(String.format(
                "cannot access local variable '%s' where it is not associated with a value", name)));
        ((PyNameError) e).setName(PyStr.of(name));
        return new PyException(e);
    }

    public static PyException keyError(PyObject key) {
        return new PyException(ExceptionTypes.create(ExceptionTypes.KeyError, key));
    }

    /** StopIteration without a captured stack: it is control flow between runtime and generated code. */
    public static PyException stopIteration(PyObject value) {
        PyBaseException e = value == null ? ExceptionTypes.create(ExceptionTypes.StopIteration)
                : ExceptionTypes.create(ExceptionTypes.StopIteration, value);
        return new PyException(e, false);
    }

    /**
     * StopIteration raised to Python code by {@code next()}: with the stack, so that its
     * traceback shows the frames it passed through when it escapes or is printed.
     */
    public static PyException stopIterationRaised(PyObject value) {
        PyBaseException e = value == null ? ExceptionTypes.create(ExceptionTypes.StopIteration)
                : ExceptionTypes.create(ExceptionTypes.StopIteration, value);
        return new PyException(e);
    }

    public static PyException recursionError() {
        return make(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");
    }

    /** Turns any throwable into a Python exception, so that no Java exception reaches Python code. */
    public static PyException wrap(Throwable t) {
        if (t instanceof PyException p) {
            return p;
        }
        if (t instanceof StackOverflowError) {
            // the traceback shows the frames of the overflow, not those of where it was caught
            PyException e = recursionError();
            e.setStackTrace(t.getStackTrace());
            return e;
        }
        if (t instanceof OutOfMemoryError) {
            return memoryError();
        }
        if (t instanceof ArithmeticException) {
            return zeroDivision("%s", String.valueOf(t.getMessage()));
        }
        if (t instanceof InterruptedException) {
            return make(ExceptionTypes.KeyboardInterrupt, "");
        }
        return systemError("internal error in the weft runtime: %s", t.toString());
    }
}
