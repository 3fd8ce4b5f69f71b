package dev.weft.ir.lower;

import dev.weft.frontend.symtable.Scope;
import dev.weft.frontend.symtable.ScopeType;
import dev.weft.frontend.symtable.SymbolScope;
import dev.weft.ir.IrFunction;
import dev.weft.ir.Variable;
import dev.weft.ir.Variable.Storage;

import java.util.HashMap;
import java.util.Map;

/**
 * Decides where each name of a code object lives, from the symbol table's verdict and the kind
 * of scope (CPython's {@code compiler_nameop}): fast locals and cells in function-like scopes,
 * the module's globals at module level, the class namespace in class bodies.
 *
 * <p>An inlined comprehension (PEP 709) gets a child resolver: the names it binds get fresh
 * variables of their own (so they never clobber the enclosing scope's), everything else is
 * resolved as the comprehension's own scope says, through the enclosing code object.
 */
class Names {
    private final IrFunction function;
    private final Scope scope;
    private final Names enclosing;
    private final Map<String, Variable> own = new HashMap<>();
    /** Numbers the comprehensions inlined into one code object, to name their variables apart. */
    private int comprehensionCount;
    private final int comprehensionId;

    /** The resolver of a code object. */
    Names(IrFunction function, Scope scope) {
        this(function, scope, null);
    }

    private Names(IrFunction function, Scope scope, Names enclosing) {
        this.function = function;
        this.scope = scope;
        this.enclosing = enclosing;
        this.comprehensionId = enclosing == null ? 0 : enclosing.root().comprehensionCount++ + 1;
    }

    private Names root() {
        return enclosing == null ? this : enclosing.root();
    }

    /** A resolver for a comprehension inlined into this code object. */
    Names inlinedComprehension(Scope comprehension) {
        return new Names(function, comprehension, this);
    }

    Scope scope() {
        return scope;
    }

    /**
     * For an inlined comprehension: its own variables that live in cells (captured by a lambda
     * or a nested comprehension), which each run of the comprehension must get afresh.
     */
    java.util.List<Variable> ownCells() {
        java.util.List<Variable> out = new java.util.ArrayList<>();
        if (enclosing == null) {
            return out;
        }
        for (String name : scope.cellVariables()) {
            out.add(own.computeIfAbsent(name, n -> function.declare(n + "@" + comprehensionId, Storage.CELL)));
        }
        return out;
    }

    /** For an inlined comprehension: its own LOCAL variables (renamed apart, {@code x@1}), by name. */
    java.util.List<Variable> ownLocals() {
        java.util.List<Variable> out = new java.util.ArrayList<>();
        for (Variable v : own.values()) {
            if (v.storage == Storage.LOCAL) {
                out.add(v);
            }
        }
        out.sort(java.util.Comparator.comparing(v -> v.name));
        return out;
    }

    /** The storage name: private names ({@code __x}) mangled inside classes. */
    String mangle(String name) {
        return scope.mangle(name);
    }

    /** The variable for loading {@code name}. */
    Variable load(String name) {
        return resolve(name, true);
    }

    /** The variable for storing or deleting {@code name}. */
    Variable store(String name) {
        return resolve(name, false);
    }

    private Variable resolve(String name, boolean forLoad) {
        String mangled = mangle(name);
        SymbolScope kind = scope.scopeOf(name);
        if (kind == null) {
            kind = SymbolScope.GLOBAL_IMPLICIT;
        }
        if (enclosing != null) {
            return resolveInComprehension(name, mangled, kind, forLoad);
        }
        ScopeType type = scope.type();
        // An annotation scope inside a class reads the class namespace first (CPython's
        // LOAD_FROM_DICT_OR_DEREF / LOAD_FROM_DICT_OR_GLOBALS through __classdict__).
        boolean seesClass = forLoad && scope.canSeeClassScope();
        switch (kind) {
            case CELL:
                return function.declare(mangled, seesClass ? Storage.CLASS_FREE : Storage.CELL);
            case FREE:
                if (type == ScopeType.CLASS && forLoad || seesClass) {
                    return function.declare(mangled, Storage.CLASS_FREE);
                }
                return function.declare(mangled, Storage.FREE);
            case GLOBAL_EXPLICIT:
                return function.declare(mangled, Storage.GLOBAL);
            case LOCAL:
                if (type.isFunctionLike()) {
                    return function.declare(mangled, Storage.LOCAL);
                }
                return function.declare(mangled, moduleStorage(type));
            case GLOBAL_IMPLICIT:
            default:
                if (type.isFunctionLike()) {
                    return function.declare(mangled, seesClass ? Storage.CLASS_GLOBAL : Storage.GLOBAL);
                }
                return function.declare(mangled, moduleStorage(type));
        }
    }

    /**
     * The free variables of a code object for {@code scope}, in the symbol table's order: the
     * names it reaches through closure cells. As CPython's {@code co_freevars}, this includes a
     * class body's names that are bound in the class but also free in it for its methods
     * ({@code DEF_FREE_CLASS}: a method refers to an enclosing function's {@code x} while the
     * class binds its own {@code x}).
     */
    static java.util.List<String> freeVariables(Scope scope) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (dev.weft.frontend.symtable.Symbol s : scope.symbols()) {
            if (s.scope() == SymbolScope.FREE || s.has(dev.weft.frontend.symtable.SymbolFlags.DEF_FREE_CLASS)) {
                out.add(s.name());
            }
        }
        return out;
    }

    /**
     * The variable of this code object that a nested code object's free variable {@code name}
     * (as stored, i.e. mangled) closes over: a cell of this scope or one of its own free variables.
     */
    Variable closureCell(String name) {
        if (enclosing != null) {
            Variable mine = own.get(name);
            return mine != null ? mine : enclosing.closureCell(name);
        }
        // A class body's implicit cells are not among its symbols (CPython drops them).
        if (scope.type() == ScopeType.CLASS
                && (name.equals("__class__") && scope.needsClassClosure()
                    || name.equals("__classdict__") && scope.needsClassDict())) {
            return function.declare(name, Storage.CELL);
        }
        dev.weft.frontend.symtable.Symbol s = scope.lookup(name);
        if (s != null && s.scope() == SymbolScope.CELL) {
            return function.declare(name, Storage.CELL);
        }
        return function.declare(name, Storage.FREE);
    }

    /** Names bound at module level are globals, except in code compiled for exec/eval (a namespace). */
    private Storage moduleStorage(ScopeType type) {
        return type == ScopeType.MODULE && !function.namespaceInFrame() ? Storage.GLOBAL : Storage.NAME;
    }

    private Variable resolveInComprehension(String name, String mangled, SymbolScope kind, boolean forLoad) {
        switch (kind) {
            case LOCAL:
            case CELL:
                return own.computeIfAbsent(mangled, n -> function.declare(
                        n + "@" + comprehensionId, kind == SymbolScope.CELL ? Storage.CELL : Storage.LOCAL));
            case FREE:
                // Bound in an enclosing function (or the walrus target bound in the code object
                // the comprehension is inlined into): resolve it there. Inlined into a class
                // body, it is the class's closure cell even if the class binds the name too
                // (a method named like it): the comprehension never sees the class namespace.
                if (enclosing.enclosing == null && enclosing.scope.type() == ScopeType.CLASS) {
                    return enclosing.closureCell(mangled);
                }
                return enclosing.resolve(name, forLoad);
            case GLOBAL_EXPLICIT:
            case GLOBAL_IMPLICIT:
            default:
                // Even in a class body, a comprehension does not see the class namespace.
                return function.declare(mangled, Storage.GLOBAL);
        }
    }
}
