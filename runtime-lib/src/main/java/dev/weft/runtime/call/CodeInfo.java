package dev.weft.runtime.call;

/**
 * What the runtime needs to know about a compiled function's code: its names and its
 * parameters. The backend creates one per function definition, once (it is immutable).
 *
 * <p>{@code paramNames} lists parameters in the frame's order: the {@code argCount}
 * positional parameters (the first {@code posOnlyCount} of them positional-only), then the
 * {@code kwOnlyCount} keyword-only ones, then the name of {@code *args} if
 * {@link #VARARGS}, then the name of {@code **kwargs} if {@link #VARKEYWORDS}.
 */
public final class CodeInfo {
    public static final int VARARGS = 4, VARKEYWORDS = 8, GENERATOR = 0x20, COROUTINE = 0x80,
            ASYNC_GENERATOR = 0x200;

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLineNo;
    public final int argCount;
    public final int posOnlyCount;
    public final int kwOnlyCount;
    public final String[] paramNames;
    public final int flags;
    /** CPython's {@code co_varnames}: the parameters, then the other local variables. */
    public final String[] varNames;
    /** {@code co_cellvars} (locals captured by nested functions) and {@code co_freevars}, sorted. */
    public final String[] cellVars;
    public final String[] freeVars;
    /** The {@code __code__} view, made on first use ({@link PyCode#of}). */
    volatile PyCode codeObject;
    /** Number of slots of the bound-argument frame. */
    public final int frameSize;
    /** No *args, **kwargs nor keyword-only parameters: positional calls need no binding. */
    final boolean simple;

    public CodeInfo(String name, String qualname, String filename, int firstLineNo, int argCount,
                    int posOnlyCount, int kwOnlyCount, String[] paramNames, int flags) {
        this(name, qualname, filename, firstLineNo, argCount, posOnlyCount, kwOnlyCount, paramNames, flags,
                new String[0], new String[0], new String[0]);
    }

    /** {@code otherLocals}: the local variables that are not parameters, in order of first use. */
    public CodeInfo(String name, String qualname, String filename, int firstLineNo, int argCount,
                    int posOnlyCount, int kwOnlyCount, String[] paramNames, int flags,
                    String[] otherLocals, String[] cellVars, String[] freeVars) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLineNo = firstLineNo;
        this.argCount = argCount;
        this.posOnlyCount = posOnlyCount;
        this.kwOnlyCount = kwOnlyCount;
        this.paramNames = paramNames;
        this.flags = flags;
        this.frameSize = argCount + kwOnlyCount + ((flags & VARARGS) != 0 ? 1 : 0) + ((flags & VARKEYWORDS) != 0 ? 1 : 0);
        if (paramNames.length != frameSize) {
            throw new IllegalArgumentException("paramNames must list " + frameSize + " names");
        }
        this.varNames = new String[paramNames.length + otherLocals.length];
        System.arraycopy(paramNames, 0, varNames, 0, paramNames.length);
        System.arraycopy(otherLocals, 0, varNames, paramNames.length, otherLocals.length);
        this.cellVars = cellVars;
        this.freeVars = freeVars;
        this.simple = kwOnlyCount == 0 && (flags & (VARARGS | VARKEYWORDS)) == 0;
    }

    public boolean hasVarargs() { return (flags & VARARGS) != 0; }
    public boolean hasVarkeywords() { return (flags & VARKEYWORDS) != 0; }
}
