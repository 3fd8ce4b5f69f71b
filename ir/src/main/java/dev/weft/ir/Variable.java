package dev.weft.ir;

/**
 * A named variable of a function, with the storage the symbol table decided for it. The backend
 * keeps {@link Storage#LOCAL} variables in JVM locals, {@link Storage#CELL} and {@link Storage#FREE}
 * in cells, {@link Storage#GLOBAL} in the module's slot table, and {@link Storage#NAME} in the
 * namespace of a class body (or of module code run dynamically), falling back to globals and builtins.
 * {@link Storage#CLASS_FREE} is a free variable read from a class body: the class namespace
 * first, then the cell (CPython's {@code LOAD_FROM_DICT_OR_DEREF}).
 */
public final class Variable {
    public enum Storage { LOCAL, CELL, FREE, GLOBAL, NAME, CLASS_FREE }

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
