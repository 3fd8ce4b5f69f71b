package dev.weft.frontend.symtable;

/**
 * One name of one scope after analysis: its flags (bits of {@link SymbolFlags}) and its
 * {@link SymbolScope}. Names are stored mangled (a {@code __x} inside class {@code C} is
 * {@code _C__x}), as CPython stores them.
 */
public final class Symbol {
    private final String name;
    private final int flags;
    private final SymbolScope scope;

    Symbol(String name, int flags, SymbolScope scope) {
        this.name = name;
        this.flags = flags;
        this.scope = scope;
    }

    /** The (mangled) name. */
    public String name() {
        return name;
    }

    /** The flag bits (without CPython's scope bits). */
    public int flags() {
        return flags;
    }

    public SymbolScope scope() {
        return scope;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public boolean isParameter() {
        return has(SymbolFlags.DEF_PARAM);
    }

    public boolean isReferenced() {
        return has(SymbolFlags.USE);
    }

    public boolean isAssigned() {
        return has(SymbolFlags.DEF_LOCAL);
    }

    public boolean isImported() {
        return has(SymbolFlags.DEF_IMPORT);
    }

    public boolean isAnnotated() {
        return has(SymbolFlags.DEF_ANNOT);
    }

    /** Declared with a {@code global} statement in this scope. */
    public boolean isDeclaredGlobal() {
        return has(SymbolFlags.DEF_GLOBAL);
    }

    /** Declared with a {@code nonlocal} statement in this scope (or bound by a walrus in an inlined comprehension). */
    public boolean isDeclaredNonlocal() {
        return has(SymbolFlags.DEF_NONLOCAL);
    }

    public boolean isTypeParameter() {
        return has(SymbolFlags.DEF_TYPE_PARAM);
    }

    @Override
    public String toString() {
        return name + ": " + scope + " " + SymbolFlags.format(flags);
    }
}
