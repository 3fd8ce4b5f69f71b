package dev.weft.frontend.symtable;

/**
 * The kind of a scope (CPython's {@code _Py_block_ty}); {@link #pythonName()} is the value
 * {@code symtable.SymbolTable.get_type()} returns for it in CPython 3.13.
 */
public enum ScopeType {
    /** A function, lambda, or comprehension/generator expression body. */
    FUNCTION("function"),
    CLASS("class"),
    MODULE("module"),
    /** An annotation scope of {@code from __future__ import annotations}; never a child of another scope. */
    ANNOTATION("annotation"),
    /** The lazily evaluated value of a {@code type X = ...} statement (PEP 695). */
    TYPE_ALIAS("type alias"),
    /** The hidden scope that holds the type parameters of a generic function, class or alias. */
    TYPE_PARAMETERS("type parameters"),
    /** The lazily evaluated bound, constraints or default of one type parameter. */
    TYPE_VARIABLE("type variable");

    private final String pythonName;

    ScopeType(String pythonName) {
        this.pythonName = pythonName;
    }

    /** CPython's {@code SymbolTableType} value, e.g. {@code "type parameters"}. */
    public String pythonName() {
        return pythonName;
    }

    /**
     * Whether names bound here are fast locals visible to nested scopes as closure cells
     * (CPython's {@code _PyST_IsFunctionLike}): every kind but module, class and annotation.
     */
    public boolean isFunctionLike() {
        return this == FUNCTION || this == TYPE_ALIAS || this == TYPE_PARAMETERS || this == TYPE_VARIABLE;
    }
}
