package dev.weft.runtime.text;

/**
 * A Python exception raised by a text or bytes operation: {@link #pythonType()} names the
 * built-in exception class ("ValueError", "TypeError", "LookupError", "OverflowError",
 * "UnicodeError", ...) and {@link #getMessage()} is CPython 3.13's exact message, so the
 * object model can raise {@code pythonType(message)} as is.
 */
public class TextError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;

    public TextError(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    /** The name of the Python built-in exception class to raise. */
    public String pythonType() {
        return pythonType;
    }

    static TextError valueError(String message) {
        return new TextError("ValueError", message);
    }

    static TextError typeError(String message) {
        return new TextError("TypeError", message);
    }

    static TextError lookupError(String message) {
        return new TextError("LookupError", message);
    }

    @Override
    public String toString() {
        return pythonType + ": " + getMessage();
    }
}
