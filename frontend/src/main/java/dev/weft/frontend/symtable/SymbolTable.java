package dev.weft.frontend.symtable;

import dev.weft.frontend.ast.Mod;
import dev.weft.frontend.ast.Node;
import dev.weft.frontend.ast.Stmt;
import dev.weft.frontend.ast.TypeParam;
import dev.weft.frontend.error.PythonSyntaxError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scopes of one module and the scope of every name in them, computed exactly as CPython
 * 3.13's {@code symtable} does (Python/symtable.c): the tree of {@link Scope}s is the tree
 * {@code symtable.symtable(source, filename, "exec")} shows, with the same names, flags and
 * scope decisions.
 *
 * <p>Lowering looks scopes up by the node that opens them: {@link #scope(Node)} for modules,
 * functions, lambdas, classes, comprehensions and type alias values;
 * {@link #typeParametersScope(Stmt)}, {@link #boundScope(TypeParam)} and
 * {@link #defaultScope(TypeParam)} for the PEP 695/696 annotation scopes.
 */
public final class SymbolTable {
    private final Scope top;
    private final FutureFeatures future;
    private final Map<ScopeKey, Scope> scopes;

    private SymbolTable(Scope top, FutureFeatures future, Map<ScopeKey, Scope> scopes) {
        this.top = top;
        this.future = future;
        this.scopes = scopes;
    }

    /**
     * Builds the table of {@code module}.
     *
     * @param filename the file name for error reports
     * @param source the source text, used only for the {@code text} of errors (may be null)
     * @throws PythonSyntaxError the first error CPython's future-import check or symbol table raises
     */
    public static SymbolTable build(Mod module, String filename, String source) {
        ErrorFactory errors = new ErrorFactory(filename, source);
        FutureFeatures future = FutureFeatures.of(module, errors);
        Map<ScopeKey, Scope> scopes = new HashMap<>();
        SymbolTableBuilder builder = new SymbolTableBuilder(errors, future.has("annotations"), scopes);
        Scope top = builder.buildModule(module);
        new ScopeAnalyzer(errors).analyze(top);
        return new SymbolTable(top, future, scopes);
    }

    /** The module scope (named {@code top}). */
    public Scope top() {
        return top;
    }

    public FutureFeatures future() {
        return future;
    }

    /**
     * The scope {@code node} opens: a module, FunctionDef, AsyncFunctionDef, ClassDef, Lambda,
     * ListComp, SetComp, DictComp, GeneratorExp or TypeAlias (its value); null for other nodes.
     */
    public Scope scope(Node node) {
        return scopes.get(new ScopeKey(node, ScopeKey.Role.BODY));
    }

    /** The type-parameter scope of a generic function, class or type alias, or null. */
    public Scope typeParametersScope(Stmt genericDefinition) {
        return scopes.get(new ScopeKey(genericDefinition, ScopeKey.Role.TYPE_PARAMETERS));
    }

    /** The scope evaluating the bound or constraints of a type variable, or null. */
    public Scope boundScope(TypeParam typeParam) {
        return scopes.get(new ScopeKey(typeParam, ScopeKey.Role.BOUND));
    }

    /** The scope evaluating the default of a type parameter, or null. */
    public Scope defaultScope(TypeParam typeParam) {
        return scopes.get(new ScopeKey(typeParam, ScopeKey.Role.DEFAULT));
    }

    /** Every scope of the tree, depth-first in CPython's child order (inlined comprehensions excluded). */
    public List<Scope> allScopes() {
        List<Scope> out = new ArrayList<>();
        collect(top, out);
        return out;
    }

    private static void collect(Scope s, List<Scope> out) {
        out.add(s);
        for (Scope c : s.children) {
            collect(c, out);
        }
    }
}
