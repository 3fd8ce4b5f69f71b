package dev.weft.ir.lower;

/**
 * A construct the compiler does not handle yet. It reaches the user as
 * {@code NotImplementedError: <construct> is not supported by weft yet (file.py, line N)}.
 */
public final class UnsupportedConstructError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final String construct;
    public final String filename;
    public final int lineno;

    public UnsupportedConstructError(String construct, String filename, int lineno) {
        super(construct + " is not supported by weft yet (" + filename + ", line " + lineno + ")", null, false, false);
        this.construct = construct;
        this.filename = filename;
        this.lineno = lineno;
    }

    /** The line CPython-style reports print: {@code NotImplementedError: ...}. */
    public String pythonMessage() {
        return "NotImplementedError: " + getMessage();
    }
}
