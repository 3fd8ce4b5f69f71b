package dev.weft.frontend.symtable;

import dev.weft.frontend.ast.Node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One scope (CPython's symbol table entry): a module, class, function, lambda, comprehension,
 * or one of the PEP 695 annotation scopes. Read-only once {@link SymbolTable#build} returns.
 *
 * <p>For lowering: {@link #scopeOf(String)} tells how to load or store a source name in this
 * scope (it applies private-name mangling first); {@link #varnames()} lists the parameters in
 * order; {@link #isGenerator()}, {@link #isCoroutine()}, {@link #needsClassClosure()} and
 * {@link #needsClassDict()} say what the code object needs. List, set and dict comprehensions
 * are inlined into their enclosing scope (PEP 709): such a scope reports
 * {@link #isInlinedComprehension()}, is not among its parent's {@link #children()} (its own
 * children are spliced in its place), and its names are also entered in the parent.
 */
public final class Scope {
    final ScopeType type;
    final String name;
    final Node node;
    final int lineno;
    final int colOffset;
    final int endLineno;
    final int endColOffset;
    /** Name → CPython's combined word: flag bits, plus the scope value shifted by 12 after analysis. */
    final Map<String, Integer> symbols = new LinkedHashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    /** global/nonlocal directives (and walrus targets), for error positions: name → location. */
    final List<Directive> directives = new ArrayList<>();
    Scope parent;
    /** The class name in effect for mangling while this scope was visited, or null. */
    String privateName;
    /** Names mangled in a generic class's type-parameter scope (null: all). */
    Set<String> mangledNames;
    boolean nested;
    boolean generator;
    boolean coroutine;
    ComprehensionKind comprehension = ComprehensionKind.NONE;
    boolean returnsValue;
    boolean needsClassClosure;
    boolean needsClassDict;
    boolean compInlined;
    boolean compIterTarget;
    int compIterExpr;
    boolean canSeeClassScope;
    boolean varargs;
    boolean varkeywords;
    boolean method;
    /** For type-variable scopes: what the scope evaluates, e.g. "a TypeVar bound" (for messages). */
    String scopeInfo;

    record Directive(String name, Location location) {}

    Scope(ScopeType type, String name, Node node, Location loc) {
        this.type = type;
        this.name = name;
        this.node = node;
        this.lineno = loc.lineno();
        this.colOffset = loc.colOffset();
        this.endLineno = loc.endLineno();
        this.endColOffset = loc.endColOffset();
    }

    public ScopeType type() {
        return type;
    }

    /** CPython's name: {@code top}, the function/class/alias name, {@code lambda}, {@code listcomp}, ... */
    public String name() {
        return name;
    }

    /** The AST node that opened the scope (for type-parameter scopes: the generic definition; for type-variable scopes: the type parameter). */
    public Node node() {
        return node;
    }

    /** First line (0 for the module). */
    public int lineno() {
        return lineno;
    }

    public int colOffset() {
        return colOffset;
    }

    /** The enclosing scope (for an inlined comprehension: the scope it is inlined into), null for the module. */
    public Scope parent() {
        return parent;
    }

    /** Nested scopes in source order, with the children of inlined comprehensions in their place. */
    public List<Scope> children() {
        return Collections.unmodifiableList(children);
    }

    /** Whether an enclosing scope is function-like (CPython's {@code ste_nested}). */
    public boolean isNested() {
        return nested;
    }

    /** Parameter names in order (positional-only, positional, keyword-only, *args, **kwargs; {@code .0} for comprehensions). */
    public List<String> varnames() {
        return Collections.unmodifiableList(varnames);
    }

    /** All names of this scope in CPython's insertion order (mangled). */
    public List<Symbol> symbols() {
        List<Symbol> out = new ArrayList<>(symbols.size());
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            out.add(toSymbol(e.getKey(), e.getValue()));
        }
        return out;
    }

    /** The symbol stored under {@code mangledName}, or null. */
    public Symbol lookup(String mangledName) {
        Integer raw = symbols.get(mangledName);
        return raw == null ? null : toSymbol(mangledName, raw);
    }

    /** {@code sourceName} as this scope stores it: mangled with the enclosing class name where CPython mangles. */
    public String mangle(String sourceName) {
        return Mangling.maybeMangle(privateName, mangledNames, sourceName);
    }

    /**
     * How {@code sourceName} (as written in the source) is resolved in this scope; null if the
     * scope never mentions it (then it is a global-implicit name of a nested code path that
     * does not exist; callers may treat null as {@link SymbolScope#GLOBAL_IMPLICIT}).
     */
    public SymbolScope scopeOf(String sourceName) {
        Symbol s = lookup(mangle(sourceName));
        return s == null ? null : s.scope();
    }

    /** The class name used for private-name mangling in this scope, or null outside classes. */
    public String privateName() {
        return privateName;
    }

    public boolean isGenerator() {
        return generator;
    }

    /** An {@code async def}, a scope with {@code await}/{@code async for} comprehension, or an async comprehension. */
    public boolean isCoroutine() {
        return coroutine;
    }

    public ComprehensionKind comprehensionKind() {
        return comprehension;
    }

    /** A list/set/dict comprehension whose code is inlined into {@link #parent()} (PEP 709). */
    public boolean isInlinedComprehension() {
        return compInlined;
    }

    /** Whether a {@code return} with a value occurs directly in this scope. */
    public boolean returnsValue() {
        return returnsValue;
    }

    /** A class whose methods use {@code __class__} or {@code super()}: the class body creates the {@code __class__} cell. */
    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    /** A class whose annotation scopes read its namespace: the class body creates the {@code __classdict__} cell. */
    public boolean needsClassDict() {
        return needsClassDict;
    }

    /** An annotation scope directly or indirectly inside a class body that can see the class namespace. */
    public boolean canSeeClassScope() {
        return canSeeClassScope;
    }

    /** A function defined directly in a class body. */
    public boolean isMethod() {
        return method;
    }

    public boolean hasVarargs() {
        return varargs;
    }

    public boolean hasVarkeywords() {
        return varkeywords;
    }

    /** Names this scope reaches through closure cells of enclosing scopes. */
    public List<String> freeVariables() {
        return namesIn(SymbolScope.FREE);
    }

    /** Locals of this scope that nested scopes capture. */
    public List<String> cellVariables() {
        return namesIn(SymbolScope.CELL);
    }

    public boolean hasFreeVariables() {
        return !freeVariables().isEmpty();
    }

    private List<String> namesIn(SymbolScope wanted) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            if (scopeCode(e.getValue()) == wanted.code()) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    static int scopeCode(int raw) {
        return (raw >> SymbolFlags.SCOPE_OFFSET) & SymbolFlags.SCOPE_MASK;
    }

    static int flagBits(int raw) {
        return raw & ((1 << SymbolFlags.SCOPE_OFFSET) - 1);
    }

    private static Symbol toSymbol(String name, int raw) {
        return new Symbol(name, flagBits(raw), SymbolScope.ofCode(scopeCode(raw)));
    }

    int rawFlags(String name) {
        Integer v = symbols.get(name);
        return v == null ? 0 : v;
    }

    @Override
    public String toString() {
        return type.pythonName() + " " + name + " (line " + lineno + ")";
    }
}
