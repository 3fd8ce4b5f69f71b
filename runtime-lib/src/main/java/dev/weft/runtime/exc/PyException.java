package dev.weft.runtime.exc;

/**
 * The one Java exception class that carries a Python exception through the JVM stack.
 *
 * <p>Frames: the JVM stack trace is captured (cheaply: HotSpot records a compact backtrace
 * and materialises {@link StackTraceElement}s only on demand). Generated classes carry
 * {@code SourceFile} = the .py file and a {@code LineNumberTable} of Python lines, so a
 * traceback is the stack trace filtered to elements whose file name ends in ".py" (see
 * {@link Traceback}). Runtime-internal control flow that never reaches user code may use
 * {@link #PyException(PyBaseException, boolean)} with {@code false} to skip the capture.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, true);
        this.value = value;
        value.lastThrown = this;
        value.catcher = null;
    }

    public PyException(PyBaseException value, boolean captureStack) {
        super(null, null, false, captureStack);
        this.value = value;
        value.lastThrown = this;
        value.catcher = null;
    }

    @Override
    public String getMessage() {
        try {
            String s = value.strValue();
            return s.isEmpty() ? value.type().name() : value.type().name() + ": " + s;
        } catch (RuntimeException e) {
            return value.type().name();
        }
    }

    /** True if the Python exception is an instance of {@code type}. */
    public boolean matches(dev.weft.runtime.core.PyType type) {
        return value.type().isSubtypeOf(type);
    }
}
