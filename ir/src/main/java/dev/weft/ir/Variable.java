package dev.weft.ir;

/**
 * A named variable of a function, with the storage the symbol table decided for it. The backend
 * keeps {@link Storage#LOCAL} variables in JVM locals, {@link Storage#CELL} and {@link Storage#FREE}
 * in cells, {@link Storage#GLOBAL} in the module's slot table, and {@link Storage#NAME} in the
 * namespace of a class body (or of module code run dynamically), falling back to globals and builtins.
 * {@link Storage#CLASS_FREE} reads a free (or cell) variable from a class body or from an
 * annotation scope that sees a class: the class namespace first, then the cell (CPython's
 * {@code LOAD_FROM_DICT_OR_DEREF}). {@link Storage#CLASS_GLOBAL} reads a global from such an
 * annotation scope: the class namespace first, then globals and builtins (CPython's
 * {@code LOAD_FROM_DICT_OR_GLOBALS}). In a class body the class namespace is the body's own
 * namespace; in an annotation scope (a type-parameter scope, a lazily evaluated bound,
 * constraints, default or alias value, or a comprehension inside one) it is the mapping held
 * by the scope's free variable {@code __classdict__}. Both kinds are load-only; the cell a
 * {@code CLASS_FREE} variable falls back to is the function's {@code FREE} or {@code CELL}
 * variable of the same name.
 */
public final class Variable {
    public enum Storage { LOCAL, CELL, FREE, GLOBAL, NAME, CLASS_FREE, CLASS_GLOBAL }

    public final String name;
    public final Storage storage;
    /** Index among the function's variables of the same storage (locals, cells, free vars). */
    public final int index;

    public Variable(String name, Storage storage, int index) {
        this.name = name;
        this.storage = storage;
        this.index = index;
    }

    @Override
    public String toString() {
        return storage.name().toLowerCase() + ":" + name;
    }
}
