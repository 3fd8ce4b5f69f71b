package dev.weft.runtime.math;

/**
 * A Python-level error raised by this package: the name of the Python exception type
 * ({@code "ValueError"}, {@code "OverflowError"}, {@code "TypeError"},
 * {@code "ZeroDivisionError"}) and CPython's exact message. The object model converts it into
 * the Python exception of that type.
 */
public final class MathError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;

    public MathError(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    /** The Python exception type name, e.g. {@code "ValueError"}. */
    public String pythonType() {
        return pythonType;
    }

    static MathError valueError(String message) {
        return new MathError("ValueError", message);
    }

    static MathError overflowError(String message) {
        return new MathError("OverflowError", message);
    }

    static MathError typeError(String message) {
        return new MathError("TypeError", message);
    }

    /** CPython's ValueError for a point outside a function's domain (EDOM). */
    static MathError domain() {
        return valueError("math domain error");
    }

    /** CPython's OverflowError for a finite input with an infinite result (ERANGE). */
    static MathError range() {
        return overflowError("math range error");
    }

    @Override
    public String toString() {
        return pythonType + ": " + getMessage();
    }
}
