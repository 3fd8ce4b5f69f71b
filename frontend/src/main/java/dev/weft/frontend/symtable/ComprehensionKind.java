package dev.weft.frontend.symtable;

/** Which comprehension a {@link ScopeType#FUNCTION} scope implements, if any. */
public enum ComprehensionKind {
    NONE(null),
    LIST("listcomp"),
    SET("setcomp"),
    DICT("dictcomp"),
    GENERATOR("genexpr");

    private final String scopeName;

    ComprehensionKind(String scopeName) {
        this.scopeName = scopeName;
    }

    /** The name CPython gives the scope, e.g. {@code listcomp}; null for {@link #NONE}. */
    public String scopeName() {
        return scopeName;
    }
}
