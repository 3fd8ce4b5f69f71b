package dev.weft.runtime.format;

/**
 * A Python-level error raised by this package: the name of the Python exception type
 * ({@code "ValueError"}, {@code "TypeError"}, {@code "OverflowError"}) and CPython's exact
 * message. The object model converts it into the Python exception of that type.
 */
public final class FormatError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;

    public FormatError(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    /** The Python exception type name, e.g. {@code "ValueError"}. */
    public String pythonType() {
        return pythonType;
    }

    public static FormatError valueError(String message) {
        return new FormatError("ValueError", message);
    }

    public static FormatError typeError(String message) {
        return new FormatError("TypeError", message);
    }

    public static FormatError overflowError(String message) {
        return new FormatError("OverflowError", message);
    }

    @Override
    public String toString() {
        return pythonType + ": " + getMessage();
    }
}
