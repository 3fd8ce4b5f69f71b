package dev.weft.backend;

/**
 * A program the backend cannot compile yet (e.g. a function too large for one JVM method);
 * reported to the user as {@code NotImplementedError: ... is not supported by weft yet}.
 */
public final class BackendLimitError extends RuntimeException {
    private final String filename;
    private final int line;

    public BackendLimitError(String what, String filename, int line) {
        super(what);
        this.filename = filename;
        this.line = line;
    }

    public String filename() {
        return filename;
    }

    public int line() {
        return line;
    }

    /** The report, as the CLI prints it. */
    public String format() {
        return "NotImplementedError: " + getMessage() + " is not supported by weft yet (" + filename + ", line " + line
                + ")";
    }
}
