package dev.weft.frontend.symtable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.weft.frontend.symtable.SymbolFlags.DEF_BOUND;
import static dev.weft.frontend.symtable.SymbolFlags.DEF_COMP_CELL;
import static dev.weft.frontend.symtable.SymbolFlags.DEF_FREE_CLASS;
import static dev.weft.frontend.symtable.SymbolFlags.DEF_GLOBAL;
import static dev.weft.frontend.symtable.SymbolFlags.DEF_NONLOCAL;
import static dev.weft.frontend.symtable.SymbolFlags.DEF_PARAM;
import static dev.weft.frontend.symtable.SymbolFlags.DEF_TYPE_PARAM;
import static dev.weft.frontend.symtable.SymbolFlags.SCOPE_OFFSET;

/**
 * Second pass of the symbol table (CPython 3.13's {@code analyze_block}): decides the
 * {@link SymbolScope} of every name from the raw facts of the first pass, turns captured locals
 * into cells, propagates free names outwards, and inlines list/set/dict comprehensions into
 * their enclosing scope (PEP 709).
 *
 * <p>The sets passed down: {@code bound} holds names bound in enclosing function-like scopes
 * (null for the module), {@code global} names declared global in enclosing scopes,
 * {@code typeParams} the type parameters in view; {@code free} collects, upwards, the names
 * free in nested scopes.
 */
final class ScopeAnalyzer {
    private static final int LOCAL = SymbolScope.LOCAL.code();
    private static final int GLOBAL_EXPLICIT = SymbolScope.GLOBAL_EXPLICIT.code();
    private static final int GLOBAL_IMPLICIT = SymbolScope.GLOBAL_IMPLICIT.code();
    private static final int FREE = SymbolScope.FREE.code();
    private static final int CELL = SymbolScope.CELL.code();

    private final ErrorFactory errors;

    ScopeAnalyzer(ErrorFactory errors) {
        this.errors = errors;
    }

    void analyze(Scope top) {
        analyzeBlock(top, null, new LinkedHashSet<>(), new HashSet<>(), new HashSet<>(), null);
    }

    private void analyzeName(Scope ste, Map<String, Integer> scopes, String name, int flags, Set<String> bound,
                             Set<String> local, Set<String> free, Set<String> global, Set<String> typeParams,
                             Scope classEntry) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw atDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw atDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw atDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            if (typeParams.contains(name)) {
                throw atDirective(ste, name, "nonlocal binding not allowed for type parameter '" + name + "'");
            }
            scopes.put(name, FREE);
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, LOCAL);
            local.add(name);
            global.remove(name);
            if ((flags & DEF_TYPE_PARAM) != 0) {
                typeParams.add(name);
            } else {
                typeParams.remove(name);
            }
            return;
        }
        // In a scope that sees a class namespace, a name the class binds (or declares global)
        // resolves through the class dict and the globals, not through an outer function.
        if (classEntry != null) {
            int classFlags = classEntry.rawFlags(name);
            if ((classFlags & DEF_GLOBAL) != 0) {
                scopes.put(name, GLOBAL_EXPLICIT);
                return;
            } else if ((classFlags & DEF_BOUND) != 0 && (classFlags & DEF_NONLOCAL) == 0) {
                scopes.put(name, GLOBAL_IMPLICIT);
                return;
            }
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, FREE);
            free.add(name);
            return;
        }
        scopes.put(name, GLOBAL_IMPLICIT);
    }

    private RuntimeException atDirective(Scope ste, String name, String msg) {
        for (Scope.Directive d : ste.directives) {
            if (d.name().equals(name)) {
                return errors.at(msg, d.location());
            }
        }
        throw new IllegalStateException("no directive recorded for " + name);
    }

    private static boolean isFreeInAnyChild(Scope comp, String name) {
        for (Scope child : comp.children) {
            if (Scope.scopeCode(child.rawFlags(name)) == FREE) {
                return true;
            }
        }
        return false;
    }

    /** Merges the names of comprehension {@code comp} into {@code ste}, which executes its code inline. */
    private void inlineComprehension(Scope ste, Scope comp, Map<String, Integer> scopes, Set<String> compFree,
                                     Set<String> inlinedCells) {
        boolean removeDunderClass = false;
        for (Map.Entry<String, Integer> e : comp.symbols.entrySet()) {
            String k = e.getKey();
            int compFlags = e.getValue();
            if ((compFlags & DEF_PARAM) != 0) {
                continue; // the implicit `.0`
            }
            int scope = Scope.scopeCode(compFlags);
            int onlyFlags = Scope.flagBits(compFlags);
            if (scope == CELL || (onlyFlags & DEF_COMP_CELL) != 0) {
                inlinedCells.add(k);
            }
            Integer existing = ste.symbols.get(k);
            // __class__ is never free through a class scope.
            if (scope == FREE && ste.type == ScopeType.CLASS && k.equals("__class__")) {
                scope = GLOBAL_IMPLICIT;
                compFree.remove(k);
                removeDunderClass = true;
            }
            if (existing == null) {
                ste.symbols.put(k, onlyFlags);
                scopes.put(k, scope);
            } else if ((existing & DEF_BOUND) != 0 && ste.type != ScopeType.CLASS) {
                // A name free in the comprehension but local here is now simply local, unless a
                // scope nested in the comprehension captures it.
                if (!isFreeInAnyChild(comp, k)) {
                    compFree.remove(k);
                }
            }
        }
        if (removeDunderClass) {
            comp.symbols.remove("__class__");
        }
    }

    private static void analyzeCells(Map<String, Integer> scopes, Set<String> free, Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> e : scopes.entrySet()) {
            if (e.getValue() != LOCAL) {
                continue;
            }
            String name = e.getKey();
            if (!free.contains(name) && !inlinedCells.contains(name)) {
                continue;
            }
            e.setValue(CELL);
            free.remove(name);
        }
    }

    private static void dropClassFree(Scope ste, Set<String> free) {
        if (free.remove("__class__")) {
            ste.needsClassClosure = true;
        }
        if (free.remove("__classdict__")) {
            ste.needsClassDict = true;
        }
    }

    /** Writes the decided scopes into the symbols and adds the names that are free only in children. */
    private static void updateSymbols(Map<String, Integer> symbols, Map<String, Integer> scopes, Set<String> bound,
                                      Set<String> free, Set<String> inlinedCells, boolean classFlag) {
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            int flags = e.getValue();
            if (inlinedCells.contains(e.getKey())) {
                flags |= DEF_COMP_CELL;
            }
            Integer scope = scopes.get(e.getKey());
            if (scope == null) {
                throw new IllegalStateException("no scope decided for " + e.getKey());
            }
            e.setValue(flags | (scope << SCOPE_OFFSET));
        }
        for (String name : free) {
            Integer v = symbols.get(name);
            if (v != null) {
                // A method's free name that the class also binds or uses.
                if (classFlag) {
                    symbols.put(name, v | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue; // a global
            }
            symbols.put(name, FREE << SCOPE_OFFSET);
        }
    }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global,
                              Set<String> typeParams, Scope classEntry) {
        Set<String> local = new HashSet<>();
        Map<String, Integer> scopes = new java.util.LinkedHashMap<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new LinkedHashSet<>();
        Set<String> newBound = new HashSet<>();
        Set<String> inlinedCells = new HashSet<>();

        // Class bindings are not visible in nested functions: what children see is fixed before
        // the class's own names are analysed.
        if (ste.type == ScopeType.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global, typeParams, classEntry);
        }
        if (ste.type != ScopeType.CLASS) {
            if (ste.type.isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
            newBound.add("__classdict__");
        }

        for (Scope entry : new ArrayList<>(ste.children)) {
            Scope newClassEntry = null;
            if (entry.canSeeClassScope) {
                if (ste.type == ScopeType.CLASS) {
                    newClassEntry = ste;
                } else if (classEntry != null) {
                    newClassEntry = classEntry;
                }
            }
            // Every comprehension but generator expressions is inlined, except in annotation
            // scopes that see a class.
            boolean inlineComp = entry.comprehension != ComprehensionKind.NONE && !entry.generator
                    && !ste.canSeeClassScope;
            Set<String> childFree = new LinkedHashSet<>(newFree);
            analyzeBlock(entry, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal),
                    new HashSet<>(typeParams), newClassEntry);
            if (inlineComp) {
                inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
                entry.compInlined = true;
            }
            newFree.addAll(childFree);
        }

        // Splice the children of inlined comprehensions into our children.
        for (int i = ste.children.size() - 1; i >= 0; i--) {
            Scope entry = ste.children.get(i);
            if (entry.compInlined) {
                ste.children.remove(i);
                ste.children.addAll(i, entry.children);
                for (Scope grandchild : entry.children) {
                    grandchild.parent = ste;
                }
            }
        }

        if (ste.type.isFunctionLike()) {
            analyzeCells(scopes, newFree, inlinedCells);
        } else if (ste.type == ScopeType.CLASS) {
            dropClassFree(ste, newFree);
        }
        updateSymbols(ste.symbols, scopes, bound, newFree, inlinedCells,
                ste.type == ScopeType.CLASS || ste.canSeeClassScope);
        free.addAll(newFree);
    }
}
