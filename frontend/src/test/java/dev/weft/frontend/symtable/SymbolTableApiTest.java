package dev.weft.frontend.symtable;

import dev.weft.frontend.ast.AsyncFunctionDef;
import dev.weft.frontend.ast.ClassDef;
import dev.weft.frontend.ast.FunctionDef;
import dev.weft.frontend.ast.GeneratorExp;
import dev.weft.frontend.ast.ListComp;
import dev.weft.frontend.ast.Module;
import dev.weft.frontend.ast.Node;
import dev.weft.frontend.ast.NodeWalker;
import dev.weft.frontend.ast.TypeAlias;
import dev.weft.frontend.ast.TypeVar;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What lowering reads from the table beyond the dump: lookups by node, flags of scopes, mangling. */
class SymbolTableApiTest {
    private Module module;
    private SymbolTable table;

    private SymbolTable build(String source) {
        module = WeftParse.parse(source, "t.py");
        table = SymbolTable.build(module, "t.py", source);
        return table;
    }

    /** The first node of {@code type} (in walk order) that {@code test} accepts. */
    private <T extends Node> T find(Class<T> type, java.util.function.Predicate<T> test) {
        List<T> found = new ArrayList<>();
        new NodeWalker() {
            @Override
            protected boolean enter(Node node) {
                if (type.isInstance(node) && test.test(type.cast(node))) {
                    found.add(type.cast(node));
                }
                return true;
            }
        }.walk(module);
        return found.get(0);
    }

    private Scope function(String name) {
        Node def = find(Node.class, n -> n instanceof FunctionDef && ((FunctionDef) n).name.equals(name)
                || n instanceof AsyncFunctionDef && ((AsyncFunctionDef) n).name.equals(name));
        return table.scope(def);
    }

    private Scope cls(String name) {
        return table.scope(find(ClassDef.class, c -> c.name.equals(name)));
    }

    @Test
    void resolvesNamesToTheirRuntimeScopes() {
        build("g = 1\ndef f(a):\n    global h\n    b = a\n    def inner():\n        return b + g + h\n    return inner\n");
        Scope f = function("f");
        assertEquals(SymbolScope.LOCAL, f.scopeOf("a"));
        assertEquals(SymbolScope.CELL, f.scopeOf("b"));
        assertEquals(SymbolScope.GLOBAL_EXPLICIT, f.scopeOf("h"));
        Scope inner = function("inner");
        assertEquals(SymbolScope.FREE, inner.scopeOf("b"));
        assertEquals(SymbolScope.GLOBAL_IMPLICIT, inner.scopeOf("g"));
        assertEquals(List.of("b"), inner.freeVariables());
        assertEquals(List.of("b"), f.cellVariables());
        assertTrue(inner.hasFreeVariables());
        assertTrue(inner.isNested());
        assertNull(f.scopeOf("never_mentioned"));
        assertSame(f, inner.parent());
        assertSame(table.top(), f.parent());
    }

    @Test
    void manglesPrivateNamesOfTheEnclosingClass() {
        build("class _C:\n    def m(self):\n        self.__a = __b\n        __c = 1\n        return __c, __d__\n");
        Scope m = function("m");
        assertEquals("_C", m.privateName());
        assertEquals("_C__b", m.mangle("__b"));
        assertEquals("__d__", m.mangle("__d__"));
        assertEquals(SymbolScope.LOCAL, m.scopeOf("__c"));
        assertNotNull(m.lookup("_C__c"));
        assertNull(m.lookup("__c"));
        assertEquals(SymbolScope.GLOBAL_IMPLICIT, m.scopeOf("__b"));
        assertNull(table.top().privateName());
    }

    @Test
    void marksClassesWhoseMethodsNeedTheClassCell() {
        build("class A:\n    def m(self):\n        return super().m()\nclass B:\n    def m(self):\n        return 1\n"
                + "class C:\n    def g[T](self): pass\n");
        assertTrue(cls("A").needsClassClosure());
        assertFalse(cls("B").needsClassClosure());
        assertTrue(cls("C").needsClassDict());
        assertFalse(cls("A").needsClassDict());
        assertTrue(function("m").isMethod());
        assertEquals(SymbolScope.FREE, function("m").scopeOf("__class__"));
    }

    @Test
    void describesGeneratorsCoroutinesAndParameters() {
        build("def gen(a, /, b, *c, d, **e):\n    yield a\n    return 1\nasync def co():\n    await x\n"
                + "async def agen():\n    yield 1\n");
        Scope gen = function("gen");
        assertTrue(gen.isGenerator());
        assertFalse(gen.isCoroutine());
        assertTrue(gen.returnsValue());
        assertTrue(gen.hasVarargs());
        assertTrue(gen.hasVarkeywords());
        assertEquals(List.of("a", "b", "d", "c", "e"), gen.varnames());
        assertTrue(function("co").isCoroutine());
        assertFalse(function("co").isGenerator());
        assertTrue(function("agen").isCoroutine() && function("agen").isGenerator());
    }

    @Test
    void inlinesListComprehensionsButNotGeneratorExpressions() {
        build("def f(xs):\n    a = [x for x in xs]\n    b = (y for y in xs)\n    return a, b\n");
        Scope f = function("f");
        Scope listcomp = table.scope(find(ListComp.class, c -> true));
        Scope genexpr = table.scope(find(GeneratorExp.class, c -> true));
        assertTrue(listcomp.isInlinedComprehension());
        assertEquals(ComprehensionKind.LIST, listcomp.comprehensionKind());
        assertSame(f, listcomp.parent());
        assertFalse(f.children().contains(listcomp));
        assertEquals(SymbolScope.LOCAL, f.scopeOf("x"));
        assertFalse(genexpr.isInlinedComprehension());
        assertTrue(genexpr.isGenerator());
        assertEquals(List.of(genexpr), f.children());
        assertEquals(List.of(".0"), genexpr.varnames());
        assertFalse(table.allScopes().contains(listcomp));
    }

    @Test
    void findsTheAnnotationScopesOfGenerics() {
        build("def f[T: int = str, *Ts](x: T) -> T: pass\ntype A[U] = list[U]\n");
        FunctionDef f = find(FunctionDef.class, d -> true);
        Scope params = table.typeParametersScope(f);
        assertEquals(ScopeType.TYPE_PARAMETERS, params.type());
        assertSame(params, table.scope(f).parent());
        TypeVar t = find(TypeVar.class, v -> v.name.equals("T"));
        assertEquals(ScopeType.TYPE_VARIABLE, table.boundScope(t).type());
        assertEquals(ScopeType.TYPE_VARIABLE, table.defaultScope(t).type());
        // Annotations run in the type-parameter scope itself: T is a plain local there.
        assertEquals(SymbolScope.LOCAL, params.scopeOf("T"));
        TypeAlias alias = find(TypeAlias.class, a -> true);
        assertEquals(ScopeType.TYPE_ALIAS, table.scope(alias).type());
        assertEquals(ScopeType.TYPE_PARAMETERS, table.typeParametersScope(alias).type());
        assertNull(table.boundScope(find(TypeVar.class, v -> v.name.equals("U"))));
    }

    @Test
    void listsScopesDepthFirstAndReportsFutureFeatures() {
        build("from __future__ import annotations\ndef a():\n    def b(): pass\ndef c(): pass\n");
        List<String> names = new ArrayList<>();
        for (Scope s : table.allScopes()) {
            names.add(s.name());
        }
        assertEquals(List.of("top", "a", "b", "c"), names);
        assertTrue(table.future().has("annotations"));
        assertFalse(table.future().has("generator_stop"));
    }
}
