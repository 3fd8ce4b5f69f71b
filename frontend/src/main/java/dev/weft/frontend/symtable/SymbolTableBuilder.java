package dev.weft.frontend.symtable;

import dev.weft.frontend.ast.*;
import dev.weft.frontend.ast.Module;
import dev.weft.frontend.ast.Set;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * First pass of the symbol table (CPython 3.13's {@code symtable_visit_*}): walks the tree,
 * opens a {@link Scope} per block and records the raw facts about every name (bound, used,
 * parameter, declared global/nonlocal, ...). Raises the errors CPython's first pass raises.
 */
final class SymbolTableBuilder implements Visitor<Void> {
    private static final String CLASSDICT = "__classdict__";

    private final ErrorFactory errors;
    private final boolean futureAnnotations;
    private final Map<ScopeKey, Scope> scopesByKey;
    private final Deque<Scope> stack = new ArrayDeque<>();
    private Scope cur;
    private Scope top;
    /** The class name in effect for mangling (CPython's {@code st_private}). */
    private String privateName;

    SymbolTableBuilder(ErrorFactory errors, boolean futureAnnotations, Map<ScopeKey, Scope> scopesByKey) {
        this.errors = errors;
        this.futureAnnotations = futureAnnotations;
        this.scopesByKey = scopesByKey;
    }

    Scope buildModule(Mod mod) {
        enterBlock("top", ScopeType.MODULE, mod, ScopeKey.Role.BODY, Location.NONE);
        top = cur;
        if (mod instanceof Module) {
            visitStmts(((Module) mod).body);
        } else if (mod instanceof Interactive) {
            visitStmts(((Interactive) mod).body);
        } else if (mod instanceof Expression) {
            visitExpr(((Expression) mod).body);
        } else {
            throw new IllegalArgumentException("no symbol table for " + mod.nodeName());
        }
        exitBlock();
        return top;
    }

    // ---- blocks -------------------------------------------------------------------------

    private void enterBlock(String name, ScopeType type, Node node, ScopeKey.Role role, Location loc) {
        Scope prev = cur;
        Scope ste = new Scope(type, name, node, loc);
        scopesByKey.put(new ScopeKey(node, role), ste);
        if (prev != null) {
            ste.nested = prev.nested || prev.type.isFunctionLike();
            ste.method = prev.type == ScopeType.CLASS && type == ScopeType.FUNCTION;
            // bpo-37757: every assignment expression in the outermost iterable is an error,
            // even inside a nested comprehension or lambda.
            ste.compIterExpr = prev.compIterExpr;
            // Classes mangle every name; other scopes inherit the type-parameter restriction.
            if (prev.mangledNames != null && type != ScopeType.CLASS) {
                ste.mangledNames = prev.mangledNames;
            }
        }
        ste.privateName = privateName;
        stack.push(ste);
        cur = ste;
        // Annotation scopes of `from __future__ import annotations` become strings: they are
        // not part of the tree.
        if (type == ScopeType.ANNOTATION) {
            return;
        }
        if (prev != null) {
            ste.parent = prev;
            prev.children.add(ste);
        }
    }

    private void exitBlock() {
        stack.pop();
        cur = stack.peek();
    }

    // ---- names --------------------------------------------------------------------------

    private String mangle(String name) {
        return Mangling.maybeMangle(privateName, cur.mangledNames, name);
    }

    private int lookup(String name) {
        return lookupIn(cur, name);
    }

    /** CPython's {@code symtable_lookup_entry}: the flags of {@code name} in {@code ste}, mangled as {@code ste} mangles. */
    private int lookupIn(Scope ste, String name) {
        return ste.rawFlags(Mangling.maybeMangle(privateName, ste.mangledNames, name));
    }

    private void addDef(String name, int flag, Location loc) {
        if ((flag & SymbolFlags.DEF_TYPE_PARAM) != 0 && cur.mangledNames != null) {
            cur.mangledNames.add(name);
        }
        addDefTo(name, flag, cur, loc);
    }

    private void addDef(String name, int flag, Node at) {
        addDef(name, flag, Location.of(at));
    }

    /** CPython's {@code symtable_add_def_helper}: records {@code flag} for {@code name} in {@code ste}. */
    private void addDefTo(String name, int flag, Scope ste, Location loc) {
        String mangled = mangle(name);
        Integer existing = ste.symbols.get(mangled);
        int val;
        if (existing != null) {
            val = existing;
            if ((flag & SymbolFlags.DEF_PARAM) != 0 && (val & SymbolFlags.DEF_PARAM) != 0) {
                throw errors.at("duplicate argument '" + name + "' in function definition", loc);
            }
            if ((flag & SymbolFlags.DEF_TYPE_PARAM) != 0 && (val & SymbolFlags.DEF_TYPE_PARAM) != 0) {
                throw errors.at("duplicate type parameter '" + name + "'", loc);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            if ((val & (SymbolFlags.DEF_GLOBAL | SymbolFlags.DEF_NONLOCAL)) != 0) {
                throw errors.at("comprehension inner loop cannot rebind assignment expression target '"
                        + name + "'", loc);
            }
            val |= SymbolFlags.DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & SymbolFlags.DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & SymbolFlags.DEF_GLOBAL) != 0) {
            // A global declaration anywhere is also recorded in the module's table.
            top.symbols.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    private void recordDirective(String name, Location loc) {
        cur.directives.add(new Scope.Directive(mangle(name), loc));
    }

    // ---- statements ---------------------------------------------------------------------

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
            if (e != null) {
                e.accept(this);
            }
        }
    }

    private static boolean hasKwonlyDefaults(Arguments a) {
        for (Expr d : a.kwDefaults) {
            if (d != null) {
                return true;
            }
        }
        return false;
    }

    private void visitFunction(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                               Expr returns, List<TypeParam> typeParams, boolean async) {
        addDef(name, SymbolFlags.DEF_LOCAL, s);
        visitExprs(args.defaults);
        visitExprs(args.kwDefaults);
        visitExprs(decorators);
        boolean generic = !typeParams.isEmpty();
        if (generic) {
            // CPython 3.13 tests the defaults list for NULL, which the parser never produces:
            // every generic function gets a `.defaults` parameter.
            enterTypeParamBlock(name, s, true, hasKwonlyDefaults(args), false, Location.of(s));
            visitTypeParams(typeParams);
        }
        visitAnnotations(s, args, returns);
        enterBlock(name, ScopeType.FUNCTION, s, ScopeKey.Role.BODY, Location.of(s));
        if (async) {
            cur.coroutine = true;
        }
        visitParameters(args);
        visitStmts(body);
        exitBlock();
        if (generic) {
            exitBlock();
        }
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
        addDef(s.name, SymbolFlags.DEF_LOCAL, s);
        visitExprs(s.decoratorList);
        String saved = privateName;
        boolean generic = !s.typeParams.isEmpty();
        if (generic) {
            enterTypeParamBlock(s.name, s, false, false, true, Location.of(s));
            privateName = s.name;
            cur.privateName = s.name;
            cur.mangledNames = new HashSet<>();
            visitTypeParams(s.typeParams);
        }
        visitExprs(s.bases);
        for (Keyword k : s.keywords) {
            visitExpr(k.value);
        }
        enterBlock(s.name, ScopeType.CLASS, s, ScopeKey.Role.BODY, Location.of(s));
        privateName = s.name;
        cur.privateName = s.name;
        if (generic) {
            addDef("__type_params__", SymbolFlags.DEF_LOCAL, s);
            addDef(".type_params", SymbolFlags.USE, s);
        }
        visitStmts(s.body);
        exitBlock();
        if (generic) {
            exitBlock();
        }
        privateName = saved;
        return null;
    }

    @Override
    public Void visitTypeAlias(TypeAlias s) {
        visitExpr(s.name);
        String name = ((Name) s.name).id;
        boolean inClass = cur.type == ScopeType.CLASS;
        boolean generic = !s.typeParams.isEmpty();
        if (generic) {
            enterTypeParamBlock(name, s, false, false, false, Location.of(s));
            visitTypeParams(s.typeParams);
        }
        enterBlock(name, ScopeType.TYPE_ALIAS, s, ScopeKey.Role.BODY, Location.of(s));
        cur.canSeeClassScope = inClass;
        if (inClass) {
            addDef(CLASSDICT, SymbolFlags.USE, s.value);
        }
        visitExpr(s.value);
        exitBlock();
        if (generic) {
            exitBlock();
        }
        return null;
    }

    private void enterTypeParamBlock(String name, Stmt def, boolean hasDefaults, boolean hasKwDefaults,
                                     boolean isClass, Location loc) {
        ScopeType enclosing = cur.type;
        enterBlock(name, ScopeType.TYPE_PARAMETERS, def, ScopeKey.Role.TYPE_PARAMETERS, loc);
        if (enclosing == ScopeType.CLASS) {
            cur.canSeeClassScope = true;
            addDef(CLASSDICT, SymbolFlags.USE, loc);
        }
        if (isClass) {
            // `.type_params` is set when the tuple of parameters is built and used for the bases;
            // `.generic_base` holds Generic[...].
            addDef(".type_params", SymbolFlags.DEF_LOCAL, loc);
            addDef(".type_params", SymbolFlags.USE, loc);
            addDef(".generic_base", SymbolFlags.DEF_LOCAL, loc);
            addDef(".generic_base", SymbolFlags.USE, loc);
        }
        if (hasDefaults) {
            addDef(".defaults", SymbolFlags.DEF_PARAM, loc);
        }
        if (hasKwDefaults) {
            addDef(".kwdefaults", SymbolFlags.DEF_PARAM, loc);
        }
    }

    private void visitTypeParams(List<TypeParam> params) {
        for (TypeParam tp : params) {
            tp.accept(this);
        }
    }

    @Override
    public Void visitTypeVar(TypeVar tp) {
        addDef(tp.name, SymbolFlags.DEF_TYPE_PARAM | SymbolFlags.DEF_LOCAL, tp);
        String boundInfo = tp.bound instanceof Tuple ? "a TypeVar constraint" : "a TypeVar bound";
        visitBoundOrDefault(tp.bound, tp.name, tp, ScopeKey.Role.BOUND, boundInfo);
        visitBoundOrDefault(tp.defaultValue, tp.name, tp, ScopeKey.Role.DEFAULT, "a TypeVar default");
        return null;
    }

    @Override
    public Void visitTypeVarTuple(TypeVarTuple tp) {
        addDef(tp.name, SymbolFlags.DEF_TYPE_PARAM | SymbolFlags.DEF_LOCAL, tp);
        visitBoundOrDefault(tp.defaultValue, tp.name, tp, ScopeKey.Role.DEFAULT, "a TypeVarTuple default");
        return null;
    }

    @Override
    public Void visitParamSpec(ParamSpec tp) {
        addDef(tp.name, SymbolFlags.DEF_TYPE_PARAM | SymbolFlags.DEF_LOCAL, tp);
        visitBoundOrDefault(tp.defaultValue, tp.name, tp, ScopeKey.Role.DEFAULT, "a ParamSpec default");
        return null;
    }

    private void visitBoundOrDefault(Expr e, String name, TypeParam tp, ScopeKey.Role role, String info) {
        if (e == null) {
            return;
        }
        boolean inClass = cur.canSeeClassScope;
        enterBlock(name, ScopeType.TYPE_VARIABLE, tp, role, Location.of(e));
        cur.canSeeClassScope = inClass;
        if (inClass) {
            addDef(CLASSDICT, SymbolFlags.USE, e);
        }
        cur.scopeInfo = info;
        visitExpr(e);
        exitBlock();
    }

    @Override
    public Void visitReturn(Return s) {
        if (s.value != null) {
            visitExpr(s.value);
            cur.returnsValue = true;
        }
        return null;
    }

    @Override
    public Void visitDelete(Delete s) {
        visitExprs(s.targets);
        return null;
    }

    @Override
    public Void visitAssign(Assign s) {
        visitExprs(s.targets);
        visitExpr(s.value);
        return null;
    }

    @Override
    public Void visitAugAssign(AugAssign s) {
        visitExpr(s.target);
        visitExpr(s.value);
        return null;
    }

    @Override
    public Void visitAnnAssign(AnnAssign s) {
        if (s.target instanceof Name) {
            Name target = (Name) s.target;
            int flags = lookup(target.id);
            if ((flags & (SymbolFlags.DEF_GLOBAL | SymbolFlags.DEF_NONLOCAL)) != 0 && cur != top
                    && s.simple != 0) {
                String kind = (flags & SymbolFlags.DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw errors.at("annotated name '" + target.id + "' can't be " + kind, Location.of(s));
            }
            if (s.simple != 0) {
                addDef(target.id, SymbolFlags.DEF_ANNOT | SymbolFlags.DEF_LOCAL, target);
            } else if (s.value != null) {
                addDef(target.id, SymbolFlags.DEF_LOCAL, target);
            }
        } else {
            visitExpr(s.target);
        }
        visitAnnotation(s.annotation);
        visitExpr(s.value);
        return null;
    }

    @Override
    public Void visitFor(For s) {
        visitExpr(s.target);
        visitExpr(s.iter);
        visitStmts(s.body);
        visitStmts(s.orelse);
        return null;
    }

    @Override
    public Void visitAsyncFor(AsyncFor s) {
        visitExpr(s.target);
        visitExpr(s.iter);
        visitStmts(s.body);
        visitStmts(s.orelse);
        return null;
    }

    @Override
    public Void visitWhile(While s) {
        visitExpr(s.test);
        visitStmts(s.body);
        visitStmts(s.orelse);
        return null;
    }

    @Override
    public Void visitIf(If s) {
        visitExpr(s.test);
        visitStmts(s.body);
        visitStmts(s.orelse);
        return null;
    }

    @Override
    public Void visitWith(With s) {
        for (WithItem item : s.items) {
            item.accept(this);
        }
        visitStmts(s.body);
        return null;
    }

    @Override
    public Void visitAsyncWith(AsyncWith s) {
        for (WithItem item : s.items) {
            item.accept(this);
        }
        visitStmts(s.body);
        return null;
    }

    @Override
    public Void visitWithItem(WithItem item) {
        visitExpr(item.contextExpr);
        visitExpr(item.optionalVars);
        return null;
    }

    @Override
    public Void visitMatch(Match s) {
        visitExpr(s.subject);
        for (MatchCase c : s.cases) {
            c.accept(this);
        }
        return null;
    }

    @Override
    public Void visitMatchCase(MatchCase c) {
        c.pattern.accept(this);
        visitExpr(c.guard);
        visitStmts(c.body);
        return null;
    }

    @Override
    public Void visitRaise(Raise s) {
        if (s.exc != null) {
            visitExpr(s.exc);
            visitExpr(s.cause);
        }
        return null;
    }

    @Override
    public Void visitTry(Try s) {
        visitStmts(s.body);
        for (ExceptHandlerNode h : s.handlers) {
            h.accept(this);
        }
        visitStmts(s.orelse);
        visitStmts(s.finalbody);
        return null;
    }

    @Override
    public Void visitTryStar(TryStar s) {
        visitStmts(s.body);
        for (ExceptHandlerNode h : s.handlers) {
            h.accept(this);
        }
        visitStmts(s.orelse);
        visitStmts(s.finalbody);
        return null;
    }

    @Override
    public Void visitExceptHandler(ExceptHandler h) {
        visitExpr(h.type);
        if (h.name != null) {
            addDef(h.name, SymbolFlags.DEF_LOCAL, h);
        }
        visitStmts(h.body);
        return null;
    }

    @Override
    public Void visitAssert(Assert s) {
        visitExpr(s.test);
        visitExpr(s.msg);
        return null;
    }

    @Override
    public Void visitImport(Import s) {
        for (Alias a : s.names) {
            a.accept(this);
        }
        return null;
    }

    @Override
    public Void visitImportFrom(ImportFrom s) {
        for (Alias a : s.names) {
            a.accept(this);
        }
        return null;
    }

    @Override
    public Void visitAlias(Alias a) {
        String name = a.asname == null ? a.name : a.asname;
        if (name.equals("*")) {
            if (cur.type != ScopeType.MODULE) {
                throw errors.at("import * only allowed at module level", Location.of(a));
            }
            return null;
        }
        int dot = name.indexOf('.');
        addDef(dot >= 0 ? name.substring(0, dot) : name, SymbolFlags.DEF_IMPORT, a);
        return null;
    }

    @Override
    public Void visitGlobal(Global s) {
        for (String name : s.names) {
            int flags = lookup(name);
            if ((flags & (SymbolFlags.DEF_PARAM | SymbolFlags.DEF_LOCAL | SymbolFlags.USE | SymbolFlags.DEF_ANNOT)) != 0) {
                throw errors.at(declarationConflict(name, flags, "global"), Location.of(s));
            }
            addDef(name, SymbolFlags.DEF_GLOBAL, s);
            recordDirective(name, Location.of(s));
        }
        return null;
    }

    @Override
    public Void visitNonlocal(Nonlocal s) {
        for (String name : s.names) {
            int flags = lookup(name);
            if ((flags & (SymbolFlags.DEF_PARAM | SymbolFlags.DEF_LOCAL | SymbolFlags.USE | SymbolFlags.DEF_ANNOT)) != 0) {
                throw errors.at(declarationConflict(name, flags, "nonlocal"), Location.of(s));
            }
            addDef(name, SymbolFlags.DEF_NONLOCAL, s);
            recordDirective(name, Location.of(s));
        }
        return null;
    }

    private static String declarationConflict(String name, int flags, String kind) {
        if ((flags & SymbolFlags.DEF_PARAM) != 0) {
            return "name '" + name + "' is parameter and " + kind;
        }
        if ((flags & SymbolFlags.USE) != 0) {
            return "name '" + name + "' is used prior to " + kind + " declaration";
        }
        if ((flags & SymbolFlags.DEF_ANNOT) != 0) {
            return "annotated name '" + name + "' can't be " + kind;
        }
        return "name '" + name + "' is assigned to before " + kind + " declaration";
    }

    @Override
    public Void visitExprStmt(ExprStmt s) {
        visitExpr(s.value);
        return null;
    }

    @Override
    public Void visitPass(Pass s) {
        return null;
    }

    @Override
    public Void visitBreak(Break s) {
        return null;
    }

    @Override
    public Void visitContinue(Continue s) {
        return null;
    }

    // ---- arguments and annotations ------------------------------------------------------

    private void visitParams(List<Arg> args) {
        for (Arg a : args) {
            addDef(a.arg, SymbolFlags.DEF_PARAM, a);
        }
    }

    private void visitParameters(Arguments a) {
        visitParams(a.posonlyargs);
        visitParams(a.args);
        visitParams(a.kwonlyargs);
        if (a.vararg != null) {
            addDef(a.vararg.arg, SymbolFlags.DEF_PARAM, a.vararg);
            cur.varargs = true;
        }
        if (a.kwarg != null) {
            addDef(a.kwarg.arg, SymbolFlags.DEF_PARAM, a.kwarg);
            cur.varkeywords = true;
        }
    }

    @Override
    public Void visitArguments(Arguments a) {
        visitParameters(a);
        return null;
    }

    private void visitArgAnnotations(List<Arg> args) {
        for (Arg a : args) {
            visitExpr(a.annotation);
        }
    }

    /** Parameter annotations in CPython's order (note: **kwargs before keyword-only), then the return annotation. */
    private void visitAnnotations(Stmt def, Arguments a, Expr returns) {
        if (futureAnnotations) {
            enterBlock("_annotation", ScopeType.ANNOTATION, def, ScopeKey.Role.ANNOTATIONS, Location.of(def));
        }
        visitArgAnnotations(a.posonlyargs);
        visitArgAnnotations(a.args);
        if (a.vararg != null) {
            visitExpr(a.vararg.annotation);
        }
        if (a.kwarg != null) {
            visitExpr(a.kwarg.annotation);
        }
        visitArgAnnotations(a.kwonlyargs);
        if (futureAnnotations) {
            exitBlock();
        }
        if (returns != null) {
            visitAnnotation(returns);
        }
    }

    private void visitAnnotation(Expr annotation) {
        if (futureAnnotations) {
            enterBlock("_annotation", ScopeType.ANNOTATION, annotation, ScopeKey.Role.ANNOTATIONS,
                    Location.of(annotation));
        }
        visitExpr(annotation);
        if (futureAnnotations) {
            exitBlock();
        }
    }

    @Override
    public Void visitArg(Arg a) {
        return null;
    }

    @Override
    public Void visitKeyword(Keyword k) {
        visitExpr(k.value);
        return null;
    }

    // ---- expressions --------------------------------------------------------------------

    /** CPython's {@code symtable_raise_if_annotation_block}: no yield/await/walrus in annotation-like scopes. */
    private void raiseIfAnnotationBlock(String what, Expr e) {
        String where;
        switch (cur.type) {
            case ANNOTATION:
                where = "an annotation";
                break;
            case TYPE_VARIABLE:
                where = cur.scopeInfo;
                break;
            case TYPE_ALIAS:
                where = "a type alias";
                break;
            case TYPE_PARAMETERS:
                where = "the definition of a generic";
                break;
            default:
                return;
        }
        throw errors.at(what + " cannot be used within " + where, Location.of(e));
    }

    @Override
    public Void visitNamedExpr(NamedExpr e) {
        raiseIfAnnotationBlock("named expression", e);
        if (cur.compIterExpr > 0) {
            throw errors.at("assignment expression cannot be used in a comprehension iterable expression",
                    Location.of(e));
        }
        if (cur.comprehension != ComprehensionKind.NONE) {
            extendNamedExprScope((Name) e.target);
        }
        visitExpr(e.value);
        visitExpr(e.target);
        return null;
    }

    /** Binds a walrus target inside a comprehension in the nearest enclosing non-comprehension scope. */
    private void extendNamedExprScope(Name target) {
        String name = target.id;
        Location loc = Location.of(target);
        for (Scope ste : stack) {
            if (ste.comprehension != ComprehensionKind.NONE) {
                int flags = lookupIn(ste, name);
                if ((flags & SymbolFlags.DEF_COMP_ITER) != 0 && (flags & SymbolFlags.DEF_LOCAL) != 0) {
                    throw errors.at("assignment expression cannot rebind comprehension iteration variable '"
                            + name + "'", loc);
                }
                continue;
            }
            switch (ste.type) {
                case FUNCTION: {
                    int flags = lookupIn(ste, name);
                    addDef(name, (flags & SymbolFlags.DEF_GLOBAL) != 0 ? SymbolFlags.DEF_GLOBAL
                            : SymbolFlags.DEF_NONLOCAL, loc);
                    recordDirective(name, loc);
                    addDefTo(name, SymbolFlags.DEF_LOCAL, ste, loc);
                    return;
                }
                case MODULE:
                    addDef(name, SymbolFlags.DEF_GLOBAL, loc);
                    recordDirective(name, loc);
                    addDefTo(name, SymbolFlags.DEF_GLOBAL, ste, loc);
                    return;
                case CLASS:
                    throw errors.at("assignment expression within a comprehension cannot be used in a class body",
                            loc);
                case TYPE_PARAMETERS:
                    throw errors.at("assignment expression within a comprehension cannot be used within the "
                            + "definition of a generic", loc);
                case TYPE_ALIAS:
                    throw errors.at("assignment expression within a comprehension cannot be used in a type alias",
                            loc);
                case TYPE_VARIABLE:
                    throw errors.at("assignment expression within a comprehension cannot be used in a TypeVar bound",
                            loc);
                default:
                    break;
            }
        }
        throw new IllegalStateException("no scope for assignment expression target " + name);
    }

    @Override
    public Void visitBoolOp(BoolOp e) {
        visitExprs(e.values);
        return null;
    }

    @Override
    public Void visitBinOp(BinOp e) {
        visitExpr(e.left);
        visitExpr(e.right);
        return null;
    }

    @Override
    public Void visitUnaryOp(UnaryOp e) {
        visitExpr(e.operand);
        return null;
    }

    @Override
    public Void visitLambda(Lambda e) {
        visitExprs(e.args.defaults);
        visitExprs(e.args.kwDefaults);
        enterBlock("lambda", ScopeType.FUNCTION, e, ScopeKey.Role.BODY, Location.of(e));
        visitParameters(e.args);
        visitExpr(e.body);
        exitBlock();
        return null;
    }

    @Override
    public Void visitIfExp(IfExp e) {
        visitExpr(e.test);
        visitExpr(e.body);
        visitExpr(e.orelse);
        return null;
    }

    @Override
    public Void visitDict(Dict e) {
        visitExprs(e.keys);
        visitExprs(e.values);
        return null;
    }

    @Override
    public Void visitSet(Set e) {
        visitExprs(e.elts);
        return null;
    }

    @Override
    public Void visitListComp(ListComp e) {
        visitComprehension(e, ComprehensionKind.LIST, e.generators, e.elt, null);
        return null;
    }

    @Override
    public Void visitSetComp(SetComp e) {
        visitComprehension(e, ComprehensionKind.SET, e.generators, e.elt, null);
        return null;
    }

    @Override
    public Void visitDictComp(DictComp e) {
        visitComprehension(e, ComprehensionKind.DICT, e.generators, e.key, e.value);
        return null;
    }

    @Override
    public Void visitGeneratorExp(GeneratorExp e) {
        visitComprehension(e, ComprehensionKind.GENERATOR, e.generators, e.elt, null);
        return null;
    }

    private void visitComprehension(Expr e, ComprehensionKind kind, List<Comprehension> generators, Expr elt,
                                    Expr value) {
        boolean isGenerator = kind == ComprehensionKind.GENERATOR;
        Comprehension outermost = generators.get(0);
        // The outermost iterable is evaluated in the enclosing scope.
        cur.compIterExpr++;
        visitExpr(outermost.iter);
        cur.compIterExpr--;
        enterBlock(kind.scopeName(), ScopeType.FUNCTION, e, ScopeKey.Role.BODY, Location.of(e));
        cur.comprehension = kind;
        if (outermost.isAsync != 0) {
            cur.coroutine = true;
        }
        // The outermost iterator is passed in as the implicit parameter `.0`.
        addDef(".0", SymbolFlags.DEF_PARAM, new Location(cur.lineno, cur.colOffset, cur.endLineno, cur.endColOffset));
        cur.compIterTarget = true;
        visitExpr(outermost.target);
        cur.compIterTarget = false;
        visitExprs(outermost.ifs);
        for (int i = 1; i < generators.size(); i++) {
            generators.get(i).accept(this);
        }
        if (value != null) {
            visitExpr(value);
        }
        visitExpr(elt);
        cur.generator = isGenerator;
        boolean isAsync = cur.coroutine && !isGenerator;
        exitBlock();
        if (isAsync) {
            cur.coroutine = true;
        }
    }

    @Override
    public Void visitComprehension(Comprehension c) {
        cur.compIterTarget = true;
        visitExpr(c.target);
        cur.compIterTarget = false;
        cur.compIterExpr++;
        visitExpr(c.iter);
        cur.compIterExpr--;
        visitExprs(c.ifs);
        if (c.isAsync != 0) {
            cur.coroutine = true;
        }
        return null;
    }

    @Override
    public Void visitAwait(Await e) {
        raiseIfAnnotationBlock("await expression", e);
        visitExpr(e.value);
        cur.coroutine = true;
        return null;
    }

    @Override
    public Void visitYield(Yield e) {
        raiseIfAnnotationBlock("yield expression", e);
        visitExpr(e.value);
        cur.generator = true;
        raiseIfComprehension(e);
        return null;
    }

    @Override
    public Void visitYieldFrom(YieldFrom e) {
        raiseIfAnnotationBlock("yield expression", e);
        visitExpr(e.value);
        cur.generator = true;
        raiseIfComprehension(e);
        return null;
    }

    private void raiseIfComprehension(Expr e) {
        String where;
        switch (cur.comprehension) {
            case NONE:
                return;
            case LIST:
                where = "list comprehension";
                break;
            case SET:
                where = "set comprehension";
                break;
            case DICT:
                where = "dict comprehension";
                break;
            default:
                where = "generator expression";
                break;
        }
        throw errors.at("'yield' inside " + where, Location.of(e));
    }

    @Override
    public Void visitCompare(Compare e) {
        visitExpr(e.left);
        visitExprs(e.comparators);
        return null;
    }

    @Override
    public Void visitCall(Call e) {
        visitExpr(e.func);
        visitExprs(e.args);
        for (Keyword k : e.keywords) {
            visitExpr(k.value);
        }
        return null;
    }

    @Override
    public Void visitFormattedValue(FormattedValue e) {
        visitExpr(e.value);
        visitExpr(e.formatSpec);
        return null;
    }

    @Override
    public Void visitJoinedStr(JoinedStr e) {
        visitExprs(e.values);
        return null;
    }

    @Override
    public Void visitConstant(Constant e) {
        return null;
    }

    @Override
    public Void visitAttribute(Attribute e) {
        visitExpr(e.value);
        return null;
    }

    @Override
    public Void visitSubscript(Subscript e) {
        visitExpr(e.value);
        visitExpr(e.slice);
        return null;
    }

    @Override
    public Void visitStarred(Starred e) {
        visitExpr(e.value);
        return null;
    }

    @Override
    public Void visitSlice(Slice e) {
        visitExpr(e.lower);
        visitExpr(e.upper);
        visitExpr(e.step);
        return null;
    }

    @Override
    public Void visitName(Name e) {
        addDef(e.id, e.ctx == ExprContext.LOAD ? SymbolFlags.USE : SymbolFlags.DEF_LOCAL, e);
        // `super` in a function counts as a use of `__class__`, the implicit class cell.
        if (e.ctx == ExprContext.LOAD && cur.type.isFunctionLike() && e.id.equals("super")) {
            addDef("__class__", SymbolFlags.USE, e);
        }
        return null;
    }

    @Override
    public Void visitList(dev.weft.frontend.ast.List e) {
        visitExprs(e.elts);
        return null;
    }

    @Override
    public Void visitTuple(Tuple e) {
        visitExprs(e.elts);
        return null;
    }

    // ---- patterns -----------------------------------------------------------------------

    private void visitPatterns(List<Pattern> patterns) {
        for (Pattern p : patterns) {
            p.accept(this);
        }
    }

    @Override
    public Void visitMatchValue(MatchValue p) {
        visitExpr(p.value);
        return null;
    }

    @Override
    public Void visitMatchSingleton(MatchSingleton p) {
        return null;
    }

    @Override
    public Void visitMatchSequence(MatchSequence p) {
        visitPatterns(p.patterns);
        return null;
    }

    @Override
    public Void visitMatchStar(MatchStar p) {
        if (p.name != null) {
            addDef(p.name, SymbolFlags.DEF_LOCAL, p);
        }
        return null;
    }

    @Override
    public Void visitMatchMapping(MatchMapping p) {
        visitExprs(p.keys);
        visitPatterns(p.patterns);
        if (p.rest != null) {
            addDef(p.rest, SymbolFlags.DEF_LOCAL, p);
        }
        return null;
    }

    @Override
    public Void visitMatchClass(MatchClass p) {
        visitExpr(p.cls);
        visitPatterns(p.patterns);
        visitPatterns(p.kwdPatterns);
        return null;
    }

    @Override
    public Void visitMatchAs(MatchAs p) {
        if (p.pattern != null) {
            p.pattern.accept(this);
        }
        if (p.name != null) {
            addDef(p.name, SymbolFlags.DEF_LOCAL, p);
        }
        return null;
    }

    @Override
    public Void visitMatchOr(MatchOr p) {
        visitPatterns(p.patterns);
        return null;
    }

    // ---- nodes the walk never reaches through accept ------------------------------------

    @Override
    public Void visitModule(Module node) {
        throw new IllegalStateException("nested module");
    }

    @Override
    public Void visitInteractive(Interactive node) {
        throw new IllegalStateException("nested module");
    }

    @Override
    public Void visitExpression(Expression node) {
        throw new IllegalStateException("nested module");
    }

    @Override
    public Void visitFunctionType(FunctionType node) {
        throw new IllegalStateException("function type");
    }

    @Override
    public Void visitTypeIgnore(TypeIgnore node) {
        return null;
    }
}
