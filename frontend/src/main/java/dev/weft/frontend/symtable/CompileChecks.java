package dev.weft.frontend.symtable;

import dev.weft.frontend.ast.*;
import dev.weft.frontend.ast.Module;
import dev.weft.frontend.ast.Set;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code SyntaxError}s CPython 3.13 raises while generating code rather than while building
 * the symbol table (Python/compile.c): {@code return}/{@code yield}/{@code await} outside a
 * function, {@code break}/{@code continue} outside a loop or inside an {@code except*} block,
 * {@code async} constructs outside async functions, late {@code from __future__} imports and
 * assignments to {@code __debug__}. Run after {@link SymbolTable#build} succeeded; the tree is
 * walked in code-generation order so that the first error is the one CPython reports.
 */
public final class CompileChecks extends ChildVisitor {
    /** The kind of code unit being compiled (CPython's {@code u_scope_type}). */
    private enum Unit { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION, ANNOTATIONS }

    /**
     * An entry of CPython's static block stack (its fblock kinds, reduced to what matters here:
     * loops for break/continue, except* handlers, which they may not leave, and the rest).
     */
    private enum Frame { LOOP, EXCEPT_STAR_HANDLER, OTHER }

    /** CPython's {@code CO_MAXBLOCKS}: the deepest static block nesting in one code unit. */
    private static final int MAX_BLOCKS = 21;

    private final SymbolTable table;
    private final ErrorFactory errors;
    private final PatternChecks patterns;
    /** End of the last leading future import (line, column), or (-1, -1). */
    private final int futureEndLine;
    private final int futureEndCol;
    private Unit unit = Unit.MODULE;
    private Scope unitScope;
    private List<Frame> frames = new ArrayList<>();

    private CompileChecks(SymbolTable table, ErrorFactory errors) {
        this.table = table;
        this.errors = errors;
        this.patterns = new PatternChecks(errors);
        ImportFrom last = table.future().lastFutureImport();
        this.futureEndLine = last == null ? -1 : last.endLineno;
        this.futureEndCol = last == null ? -1 : last.endColOffset;
        this.unitScope = table.top();
    }

    /**
     * Checks {@code module}, whose symbol table is {@code table}.
     *
     * @throws dev.weft.frontend.error.PythonSyntaxError the first error CPython's compiler reports
     */
    public static void check(Mod module, SymbolTable table, String filename, String source) {
        CompileChecks checks = new CompileChecks(table, new ErrorFactory(filename, source));
        if (module instanceof Module) {
            checks.visitStmts(((Module) module).body);
        } else if (module instanceof Interactive) {
            checks.visitStmts(((Interactive) module).body);
        } else if (module instanceof Expression) {
            checks.visitExpr(((Expression) module).body);
        }
    }

    // ---- helpers ------------------------------------------------------------------------

    private boolean unitIsFunctionLike() {
        return unitScope.type.isFunctionLike();
    }

    /** Runs {@code body} as a new code unit: its own frames, kind and scope. */
    private void inUnit(Unit kind, Scope scope, Runnable body) {
        Unit savedUnit = unit;
        Scope savedScope = unitScope;
        List<Frame> savedFrames = frames;
        unit = kind;
        unitScope = scope;
        frames = new ArrayList<>();
        // Generator and coroutine bodies run inside a StopIteration handler block.
        if (kind != Unit.MODULE && kind != Unit.CLASS && kind != Unit.ANNOTATIONS
                && (scope.generator || scope.coroutine)) {
            frames.add(Frame.OTHER);
        }
        body.run();
        unit = savedUnit;
        unitScope = savedScope;
        frames = savedFrames;
    }

    /** Enters a static block, as CPython's {@code compiler_push_fblock}, which limits their nesting. */
    private void push(Frame frame, Location loc) {
        if (frames.size() >= MAX_BLOCKS) {
            throw errors.at("too many statically nested blocks", loc);
        }
        frames.add(frame);
    }

    private void pop() {
        frames.remove(frames.size() - 1);
    }

    private void inFrame(Frame frame, Location loc, List<Stmt> body) {
        push(frame, loc);
        visitStmts(body);
        pop();
    }

    private void visitStmts(List<? extends Stmt> stmts) {
        for (Stmt s : stmts) {
            s.accept(this);
        }
    }

    private void visitExpr(Expr e) {
        if (e != null) {
            e.accept(this);
        }
    }

    private void visitExprs(List<? extends Expr> exprs) {
        for (Expr e : exprs) {
            visitExpr(e);
        }
    }

    private void forbidDebug(String name, ExprContext ctx, Location loc) {
        if (name != null && name.equals("__debug__")) {
            throw errors.at(ctx == ExprContext.DEL ? "cannot delete __debug__" : "cannot assign to __debug__", loc);
        }
    }

    private void forbidDebugArgs(Arguments a) {
        for (Arg arg : a.posonlyargs) {
            forbidDebug(arg.arg, ExprContext.STORE, Location.of(arg));
        }
        for (Arg arg : a.args) {
            forbidDebug(arg.arg, ExprContext.STORE, Location.of(arg));
        }
        if (a.vararg != null) {
            forbidDebug(a.vararg.arg, ExprContext.STORE, Location.of(a.vararg));
        }
        for (Arg arg : a.kwonlyargs) {
            forbidDebug(arg.arg, ExprContext.STORE, Location.of(arg));
        }
        if (a.kwarg != null) {
            forbidDebug(a.kwarg.arg, ExprContext.STORE, Location.of(a.kwarg));
        }
    }

    /** CPython's {@code validate_keywords}: no {@code __debug__=}, no keyword given twice. */
    private void validateKeywords(List<Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            Keyword k = keywords.get(i);
            if (k.arg == null) {
                continue;
            }
            forbidDebug(k.arg, ExprContext.STORE, Location.of(k));
            for (int j = i + 1; j < keywords.size(); j++) {
                Keyword other = keywords.get(j);
                if (k.arg.equals(other.arg)) {
                    throw errors.at("keyword argument repeated: " + k.arg, Location.of(other));
                }
            }
        }
    }

    /** Call arguments and class bases: a starred item is an unpacking, not an expression. */
    private void visitArgs(List<Expr> args) {
        for (Expr a : args) {
            visitExpr(a instanceof Starred ? ((Starred) a).value : a);
        }
    }

    private void visitKeywordValues(List<Keyword> keywords) {
        for (Keyword k : keywords) {
            visitExpr(k.value);
        }
    }

    /**
     * CPython unwinds the block stack for break/continue/return: an {@code except*} handler on
     * the way is an error; for break/continue the nearest loop ends the walk.
     */
    private boolean unwindToLoop(boolean stopAtLoop, Location loc) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            Frame f = frames.get(i);
            if (f == Frame.EXCEPT_STAR_HANDLER) {
                throw errors.at("'break', 'continue' and 'return' cannot appear in an except* block", loc);
            }
            if (stopAtLoop && f == Frame.LOOP) {
                return true;
            }
        }
        return false;
    }

    // ---- statements ---------------------------------------------------------------------

    private void visitFunction(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                               Expr returns, List<TypeParam> typeParams, boolean async) {
        forbidDebugArgs(args);
        visitExprs(decorators);
        Runnable rest = () -> {
            visitExprs(args.defaults);
            visitExprs(args.kwDefaults);
            visitAnnotations(args, returns);
            inUnit(async ? Unit.ASYNC_FUNCTION : Unit.FUNCTION, table.scope(s), () -> visitStmts(body));
        };
        if (typeParams.isEmpty()) {
            rest.run();
        } else {
            inUnit(Unit.ANNOTATIONS, table.typeParametersScope(s), () -> {
                visitTypeParams(typeParams);
                rest.run();
            });
        }
        forbidDebug(name, ExprContext.STORE, Location.of(s));
    }

    private void visitAnnotations(Arguments a, Expr returns) {
        if (table.future().has("annotations")) {
            return; // annotations become strings
        }
        for (Arg arg : a.posonlyargs) {
            visitExpr(arg.annotation);
        }
        for (Arg arg : a.args) {
            visitExpr(arg.annotation);
        }
        if (a.vararg != null) {
            // *args: *Ts unpacks a TypeVarTuple.
            Expr ann = a.vararg.annotation;
            visitExpr(ann instanceof Starred ? ((Starred) ann).value : ann);
        }
        for (Arg arg : a.kwonlyargs) {
            visitExpr(arg.annotation);
        }
        if (a.kwarg != null) {
            visitExpr(a.kwarg.annotation);
        }
        visitExpr(returns);
    }

    @Override
    public Void visitFunctionDef(FunctionDef s) {
        visitFunction(s, s.name, s.args, s.body, s.decoratorList, s.returns, s.typeParams, false);
        return null;
    }

    @Override
    public Void visitAsyncFunctionDef(AsyncFunctionDef s) {
        visitFunction(s, s.name, s.args, s.body, s.decoratorList, s.returns, s.typeParams, true);
        return null;
    }

    @Override
    public Void visitClassDef(ClassDef s) {
        visitExprs(s.decoratorList);
        Runnable rest = () -> {
            // The class body is compiled before the bases and keywords are evaluated.
            inUnit(Unit.CLASS, table.scope(s), () -> visitStmts(s.body));
            validateKeywords(s.keywords);
            visitArgs(s.bases);
            visitKeywordValues(s.keywords);
        };
        if (s.typeParams.isEmpty()) {
            rest.run();
        } else {
            inUnit(Unit.ANNOTATIONS, table.typeParametersScope(s), () -> {
                visitTypeParams(s.typeParams);
                rest.run();
            });
        }
        forbidDebug(s.name, ExprContext.STORE, Location.of(s));
        return null;
    }

    @Override
    public Void visitTypeAlias(TypeAlias s) {
        Runnable value = () -> inUnit(Unit.ANNOTATIONS, table.scope(s), () -> visitExpr(s.value));
        if (s.typeParams.isEmpty()) {
            value.run();
        } else {
            inUnit(Unit.ANNOTATIONS, table.typeParametersScope(s), () -> {
                visitTypeParams(s.typeParams);
                value.run();
            });
        }
        visitExpr(s.name);
        return null;
    }

    private void visitTypeParams(List<TypeParam> params) {
        boolean seenDefault = false;
        for (TypeParam tp : params) {
            String name;
            Expr bound = null;
            Expr defaultValue;
            if (tp instanceof TypeVar) {
                name = ((TypeVar) tp).name;
                bound = ((TypeVar) tp).bound;
                defaultValue = ((TypeVar) tp).defaultValue;
            } else if (tp instanceof ParamSpec) {
                name = ((ParamSpec) tp).name;
                defaultValue = ((ParamSpec) tp).defaultValue;
            } else {
                name = ((TypeVarTuple) tp).name;
                defaultValue = ((TypeVarTuple) tp).defaultValue;
            }
            forbidDebug(name, ExprContext.STORE, Location.of(tp));
            if (bound != null) {
                Expr b = bound;
                inUnit(Unit.ANNOTATIONS, table.boundScope(tp), () -> visitExpr(b));
            }
            if (defaultValue != null) {
                seenDefault = true;
                // A TypeVarTuple's default may be a starred expression: *tuple[int, ...].
                Expr d = defaultValue instanceof Starred && tp instanceof TypeVarTuple
                        ? ((Starred) defaultValue).value : defaultValue;
                inUnit(Unit.ANNOTATIONS, table.defaultScope(tp), () -> visitExpr(d));
            } else if (seenDefault) {
                throw errors.at("non-default type parameter '" + name + "' follows default type parameter",
                        Location.of(tp));
            }
        }
    }

    @Override
    public Void visitReturn(Return s) {
        if (!unitIsFunctionLike()) {
            throw errors.at("'return' outside function", Location.of(s));
        }
        if (s.value != null && unitScope.coroutine && unitScope.generator) {
            throw errors.at("'return' with value in async generator", Location.of(s));
        }
        visitExpr(s.value);
        // CPython reports a constant return value's own position when it is on the statement's line.
        Location loc = s.value instanceof Constant && s.value.lineno == s.lineno ? Location.of(s.value)
                : Location.of(s);
        unwindToLoop(false, loc);
        return null;
    }

    @Override
    public Void visitAssign(Assign s) {
        visitExpr(s.value);
        visitExprs(s.targets);
        return null;
    }

    @Override
    public Void visitAugAssign(AugAssign s) {
        // An attribute target is loaded and stored without the __debug__ check of assignments.
        visitExpr(s.target instanceof Attribute ? ((Attribute) s.target).value : s.target);
        visitExpr(s.value);
        return null;
    }

    @Override
    public Void visitAnnAssign(AnnAssign s) {
        // The assignment is compiled first; the target's name is checked against the statement.
        if (s.value != null) {
            visitExpr(s.value);
            visitExpr(s.target);
        }
        if (s.target instanceof Name) {
            forbidDebug(((Name) s.target).id, ExprContext.STORE, Location.of(s));
        } else if (s.target instanceof Attribute) {
            forbidDebug(((Attribute) s.target).attr, ExprContext.STORE, Location.of(s));
        }
        if (s.value == null && !(s.target instanceof Name)) {
            visitExpr(s.target instanceof Attribute ? ((Attribute) s.target).value : s.target);
        }
        if (!table.future().has("annotations") && (unit == Unit.MODULE || unit == Unit.CLASS || s.simple == 0)) {
            visitExpr(s.annotation);
        }
        return null;
    }

    private void visitLoop(Stmt loop, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
        visitExpr(iter);
        visitExpr(target);
        inFrame(Frame.LOOP, Location.of(loop), body);
        visitStmts(orelse);
    }

    @Override
    public Void visitFor(For s) {
        visitLoop(s, s.target, s.iter, s.body, s.orelse);
        return null;
    }

    @Override
    public Void visitAsyncFor(AsyncFor s) {
        if (unit != Unit.ASYNC_FUNCTION) {
            throw errors.at("'async for' outside async function", Location.of(s));
        }
        visitLoop(s, s.target, s.iter, s.body, s.orelse);
        return null;
    }

    @Override
    public Void visitWhile(While s) {
        visitExpr(s.test);
        inFrame(Frame.LOOP, Location.of(s), s.body);
        visitStmts(s.orelse);
        return null;
    }

    /** Each item of a with statement is a block of its own around the rest. */
    private void visitWithItems(List<WithItem> items, List<Stmt> body) {
        for (WithItem item : items) {
            visitExpr(item.contextExpr);
            push(Frame.OTHER, Location.of(item.contextExpr));
            visitExpr(item.optionalVars);
        }
        visitStmts(body);
        for (int i = 0; i < items.size(); i++) {
            pop();
        }
    }

    @Override
    public Void visitWith(With s) {
        visitWithItems(s.items, s.body);
        return null;
    }

    @Override
    public Void visitAsyncWith(AsyncWith s) {
        if (unit != Unit.ASYNC_FUNCTION) {
            throw errors.at("'async with' outside async function", Location.of(s));
        }
        visitWithItems(s.items, s.body);
        return null;
    }

    @Override
    public Void visitMatch(Match s) {
        visitExpr(s.subject);
        int n = s.cases.size();
        // A trailing `case _:` is compiled without its pattern.
        boolean hasDefault = n > 1 && PatternChecks.isWildcard(s.cases.get(n - 1).pattern);
        for (int i = 0; i < n; i++) {
            MatchCase c = s.cases.get(i);
            if (i < n - 1 || !hasDefault) {
                // Irrefutable patterns must be guarded or last.
                patterns.checkCase(c.pattern, c.guard != null || i == n - 1);
            }
            visitExpr(c.guard);
            visitStmts(c.body);
        }
        return null;
    }

    /** try/finally around try/except, as CPython compiles them; handler bodies sit two blocks deep. */
    private void visitTry(Stmt s, List<Stmt> body, List<ExceptHandlerNode> handlers, List<Stmt> orelse,
                          List<Stmt> finalbody, boolean star) {
        if (finalbody.isEmpty()) {
            visitTryExcept(s, body, handlers, orelse, star);
            return;
        }
        push(Frame.OTHER, Location.of(s));
        if (handlers.isEmpty()) {
            visitStmts(body);
        } else {
            visitTryExcept(s, body, handlers, orelse, star);
        }
        pop();
        inFrame(Frame.OTHER, Location.of(s), finalbody);
    }

    private void visitTryExcept(Stmt s, List<Stmt> body, List<ExceptHandlerNode> handlers, List<Stmt> orelse,
                                boolean star) {
        inFrame(Frame.OTHER, Location.of(s), body);
        visitStmts(orelse);
        if (handlers.isEmpty()) {
            return;
        }
        push(star ? Frame.EXCEPT_STAR_HANDLER : Frame.OTHER, Location.of(s));
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler eh = (ExceptHandler) handlers.get(i);
            if (eh.type == null && i < handlers.size() - 1) {
                throw errors.at("default 'except:' must be last", Location.of(eh));
            }
            visitExpr(eh.type);
            forbidDebug(eh.name, ExprContext.STORE, Location.of(eh));
            inFrame(Frame.OTHER, Location.of(eh), eh.body);
        }
        pop();
    }

    @Override
    public Void visitTry(Try s) {
        visitTry(s, s.body, s.handlers, s.orelse, s.finalbody, false);
        return null;
    }

    @Override
    public Void visitTryStar(TryStar s) {
        visitTry(s, s.body, s.handlers, s.orelse, s.finalbody, true);
        return null;
    }

    @Override
    public Void visitImport(Import s) {
        for (Alias a : s.names) {
            String stored = a.asname != null ? a.asname : a.name;
            int dot = stored.indexOf('.');
            forbidDebug(dot >= 0 ? stored.substring(0, dot) : stored, ExprContext.STORE, Location.of(s));
        }
        return null;
    }

    @Override
    public Void visitImportFrom(ImportFrom s) {
        if (isAfterFutureImports(s) && "__future__".equals(s.module) && (s.level == null || s.level == 0)) {
            throw errors.at("from __future__ imports must occur at the beginning of the file", Location.of(s));
        }
        for (Alias a : s.names) {
            if (!a.name.equals("*")) {
                forbidDebug(a.asname != null ? a.asname : a.name, ExprContext.STORE, Location.of(s));
            }
        }
        return null;
    }

    /** CPython's {@code location_is_after}: the import starts after the end of the leading future imports. */
    private boolean isAfterFutureImports(Stmt s) {
        return s.lineno > futureEndLine || (s.lineno == futureEndLine && s.colOffset > futureEndCol);
    }

    @Override
    public Void visitBreak(Break s) {
        if (!unwindToLoop(true, Location.of(s))) {
            throw errors.at("'break' outside loop", Location.of(s));
        }
        return null;
    }

    @Override
    public Void visitContinue(Continue s) {
        if (!unwindToLoop(true, Location.of(s))) {
            throw errors.at("'continue' not properly in loop", Location.of(s));
        }
        return null;
    }

    // ---- expressions --------------------------------------------------------------------

    @Override
    public Void visitNamedExpr(NamedExpr e) {
        visitExpr(e.value);
        visitExpr(e.target);
        return null;
    }

    @Override
    public Void visitLambda(Lambda e) {
        forbidDebugArgs(e.args);
        visitExprs(e.args.defaults);
        visitExprs(e.args.kwDefaults);
        inUnit(Unit.LAMBDA, table.scope(e), () -> visitExpr(e.body));
        return null;
    }

    @Override
    public Void visitDict(Dict e) {
        for (int i = 0; i < e.values.size(); i++) {
            visitExpr(e.keys.get(i));
            visitExpr(e.values.get(i));
        }
        return null;
    }

    @Override
    public Void visitSet(Set e) {
        visitSequenceItems(e, e.elts, ExprContext.LOAD);
        return null;
    }

    private void visitComprehension(Expr e, List<Comprehension> generators, Expr elt, Expr value, boolean genexp) {
        Scope comp = table.scope(e);
        Unit enclosing = unit;
        Expr outerIter = generators.get(0).iter;
        if (comp.compInlined) {
            visitExpr(outerIter);
            checkAsyncComprehension(comp, genexp, enclosing, e);
            visitComprehensionBody(e, generators, elt, value);
        } else {
            // The body is compiled into its own code object before the outermost iterable is
            // evaluated in the enclosing scope.
            inUnit(Unit.COMPREHENSION, comp, () -> {
                checkAsyncComprehension(comp, genexp, enclosing, e);
                visitComprehensionBody(e, generators, elt, value);
            });
            visitExpr(outerIter);
        }
    }

    private void checkAsyncComprehension(Scope comp, boolean genexp, Unit enclosing, Expr e) {
        if (comp.coroutine && !genexp && enclosing != Unit.ASYNC_FUNCTION && enclosing != Unit.COMPREHENSION) {
            throw errors.at("asynchronous comprehension outside of an asynchronous function", Location.of(e));
        }
    }

    /** The clauses and element; each async clause is a block around what follows it. */
    private void visitComprehensionBody(Expr comp, List<Comprehension> generators, Expr elt, Expr value) {
        int pushed = 0;
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            if (i > 0) {
                visitExpr(g.iter);
            }
            if (g.isAsync != 0) {
                push(Frame.OTHER, Location.of(comp));
                pushed++;
            }
            visitExpr(g.target);
            visitExprs(g.ifs);
        }
        visitExpr(elt);
        visitExpr(value);
        for (int i = 0; i < pushed; i++) {
            pop();
        }
    }

    @Override
    public Void visitListComp(ListComp e) {
        visitComprehension(e, e.generators, e.elt, null, false);
        return null;
    }

    @Override
    public Void visitSetComp(SetComp e) {
        visitComprehension(e, e.generators, e.elt, null, false);
        return null;
    }

    @Override
    public Void visitDictComp(DictComp e) {
        visitComprehension(e, e.generators, e.key, e.value, false);
        return null;
    }

    @Override
    public Void visitGeneratorExp(GeneratorExp e) {
        visitComprehension(e, e.generators, e.elt, null, true);
        return null;
    }

    @Override
    public Void visitAwait(Await e) {
        if (!unitIsFunctionLike()) {
            throw errors.at("'await' outside function", Location.of(e));
        }
        if (unit != Unit.ASYNC_FUNCTION && unit != Unit.COMPREHENSION) {
            throw errors.at("'await' outside async function", Location.of(e));
        }
        visitExpr(e.value);
        return null;
    }

    @Override
    public Void visitYield(Yield e) {
        if (!unitIsFunctionLike()) {
            throw errors.at("'yield' outside function", Location.of(e));
        }
        visitExpr(e.value);
        return null;
    }

    @Override
    public Void visitYieldFrom(YieldFrom e) {
        if (!unitIsFunctionLike()) {
            throw errors.at("'yield from' outside function", Location.of(e));
        }
        if (unit == Unit.ASYNC_FUNCTION) {
            throw errors.at("'yield from' inside async function", Location.of(e));
        }
        visitExpr(e.value);
        return null;
    }

    @Override
    public Void visitCall(Call e) {
        visitExpr(e.func);
        validateKeywords(e.keywords);
        visitArgs(e.args);
        visitKeywordValues(e.keywords);
        return null;
    }

    @Override
    public Void visitAttribute(Attribute e) {
        visitExpr(e.value);
        if (e.ctx == ExprContext.STORE) {
            forbidDebug(e.attr, e.ctx, Location.of(e));
        }
        return null;
    }

    /** Reached only where unpacking is not allowed: list, tuple, set and call items are handled by their owners. */
    @Override
    public Void visitStarred(Starred e) {
        if (e.ctx == ExprContext.STORE) {
            throw errors.at("starred assignment target must be in a list or tuple", Location.of(e));
        }
        throw errors.at("can't use starred expression here", Location.of(e));
    }

    /** Items of a list or tuple display or target (CPython's starunpack/assignment helpers). */
    private void visitSequenceItems(Expr owner, List<Expr> elts, ExprContext ctx) {
        if (ctx == ExprContext.STORE) {
            boolean seenStar = false;
            for (int i = 0; i < elts.size(); i++) {
                if (!(elts.get(i) instanceof Starred)) {
                    continue;
                }
                if (seenStar) {
                    throw errors.at("multiple starred expressions in assignment", Location.of(owner));
                }
                if (i >= (1 << 8) || elts.size() - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw errors.at("too many expressions in star-unpacking assignment", Location.of(owner));
                }
                seenStar = true;
            }
        }
        for (Expr elt : elts) {
            visitExpr(elt instanceof Starred ? ((Starred) elt).value : elt);
        }
    }

    @Override
    public Void visitName(Name e) {
        if (e.ctx != ExprContext.LOAD) {
            forbidDebug(e.id, e.ctx, Location.of(e));
        }
        return null;
    }

    @Override
    public Void visitList(dev.weft.frontend.ast.List e) {
        visitSequenceItems(e, e.elts, e.ctx);
        return null;
    }

    @Override
    public Void visitTuple(Tuple e) {
        visitSequenceItems(e, e.elts, e.ctx);
        return null;
    }
}
