package dev.weft.frontend.symtable;

/**
 * Where a name lives at run time, as the analysis decided (CPython's scope values
 * {@code LOCAL} .. {@code CELL}; {@link #code()} is CPython's number).
 */
public enum SymbolScope {
    /** Bound in this scope: a fast local in a function-like scope, a namespace entry in a module or class. */
    LOCAL(1),
    /** Declared {@code global} here, or in a class that an annotation scope sees. */
    GLOBAL_EXPLICIT(2),
    /** Not bound in any enclosing function scope: looked up in globals, then builtins. */
    GLOBAL_IMPLICIT(3),
    /** Bound in an enclosing function-like scope and reached through a closure cell. */
    FREE(4),
    /** A local of this scope that nested scopes capture: it lives in a cell. */
    CELL(5);

    private final int code;

    SymbolScope(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The scope with CPython's number {@code code}, or null for 0 (not yet analysed). */
    public static SymbolScope ofCode(int code) {
        for (SymbolScope s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        return null;
    }
}
