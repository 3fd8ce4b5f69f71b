package dev.weft.frontend.parser;

import dev.weft.frontend.ast.*;
import dev.weft.frontend.ast.Module;
import dev.weft.frontend.parser.PythonParser.*;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds statement nodes (simple and compound) from the statement rules of the parse tree. */
final class StatementBuilder {
    private final BuildSupport support;
    private final ExpressionBuilder expressions;
    private final PatternBuilder patterns;
    private final Targets targets;

    StatementBuilder(BuildSupport support) {
        this.support = support;
        this.expressions = new ExpressionBuilder(support);
        this.patterns = new PatternBuilder(support, expressions);
        this.targets = expressions.targets;
    }

    Module module(File_inputContext ctx) {
        List<Stmt> body = new ArrayList<>();
        for (StatementContext s : ctx.statement()) {
            statement(s, body);
        }
        return new Module(body, new ArrayList<>());
    }

    private void statement(StatementContext ctx, List<Stmt> out) {
        if (ctx.compound_stmt() != null) {
            out.add(compound(ctx.compound_stmt()));
        } else {
            for (Simple_stmtContext s : ctx.simple_stmts().simple_stmt()) {
                out.add(simple(s));
            }
        }
    }

    private List<Stmt> block(BlockContext ctx) {
        List<Stmt> body = new ArrayList<>();
        if (ctx.simple_stmts() != null) {
            for (Simple_stmtContext s : ctx.simple_stmts().simple_stmt()) {
                body.add(simple(s));
            }
        } else {
            for (StatementContext s : ctx.statement()) {
                statement(s, body);
            }
        }
        return body;
    }

    // ------------------------------------------------------------------ simple statements

    private Stmt simple(Simple_stmtContext ctx) {
        if (ctx.expr_stmt() != null) {
            return exprStmt(ctx.expr_stmt());
        }
        if (ctx.pass_stmt() != null) {
            return support.at(new Pass(), ctx);
        }
        if (ctx.return_stmt() != null) {
            Return_stmtContext r = ctx.return_stmt();
            Expr value = r.star_expressions() != null ? expressions.starExpressions(r.star_expressions()) : null;
            return support.at(new Return(value), ctx);
        }
        if (ctx.import_name() != null) {
            return importName(ctx.import_name());
        }
        if (ctx.import_from() != null) {
            return importFrom(ctx.import_from());
        }
        if (ctx.raise_stmt() != null) {
            Raise_stmtContext r = ctx.raise_stmt();
            Expr exc = r.expression().isEmpty() ? null : expressions.expression(r.expression(0));
            Expr cause = r.expression().size() > 1 ? expressions.expression(r.expression(1)) : null;
            return support.at(new Raise(exc, cause), ctx);
        }
        if (ctx.break_stmt() != null) {
            return support.at(new Break(), ctx);
        }
        if (ctx.continue_stmt() != null) {
            return support.at(new Continue(), ctx);
        }
        if (ctx.del_stmt() != null) {
            List<Expr> deleted = new ArrayList<>();
            for (Star_expressionContext e : ctx.del_stmt().star_expression()) {
                deleted.add(targets.delete(expressions.starExpression(e)));
            }
            return support.at(new Delete(deleted), ctx);
        }
        if (ctx.assert_stmt() != null) {
            Assert_stmtContext a = ctx.assert_stmt();
            Expr msg = a.expression().size() > 1 ? expressions.expression(a.expression(1)) : null;
            return support.at(new Assert(expressions.expression(a.expression(0)), msg), ctx);
        }
        if (ctx.global_stmt() != null) {
            return support.at(new Global(names(ctx.global_stmt().NAME())), ctx);
        }
        if (ctx.nonlocal_stmt() != null) {
            return support.at(new Nonlocal(names(ctx.nonlocal_stmt().NAME())), ctx);
        }
        Type_aliasContext t = ctx.type_alias();
        Name name = expressions.name(t.NAME().getSymbol(), ExprContext.STORE);
        return support.at(new TypeAlias(name, typeParams(t.type_params()), expressions.expression(t.expression())), ctx);
    }

    private static List<String> names(List<TerminalNode> tokens) {
        List<String> names = new ArrayList<>(tokens.size());
        for (TerminalNode t : tokens) {
            names.add(ExpressionBuilder.identifier(t.getSymbol()));
        }
        return names;
    }

    private Stmt exprStmt(Expr_stmtContext ctx) {
        List<Annotated_rhsContext> parts = ctx.annotated_rhs();
        if (ctx.augassign() != null) {
            Expr target = expressions.annotatedRhs(parts.get(0));
            if (!(target instanceof Name || target instanceof Attribute || target instanceof Subscript)) {
                throw support.error("'" + Targets.describe(target) + "' is an illegal expression for augmented assignment",
                                    target);
            }
            Targets.setContext(target, ExprContext.STORE);
            Operator op = augmentedOperator(ctx.augassign().start.getType());
            return support.at(new AugAssign(target, op, expressions.annotatedRhs(parts.get(1))), ctx);
        }
        if (ctx.COLON() != null) {
            return annotatedAssignment(ctx);
        }
        if (parts.size() == 1) {
            return support.at(new ExprStmt(expressions.annotatedRhs(parts.get(0))), ctx);
        }
        List<Expr> assigned = new ArrayList<>();
        for (int i = 0; i < parts.size() - 1; i++) {
            Expr target = expressions.annotatedRhs(parts.get(i));
            if (target instanceof Yield || target instanceof YieldFrom) {
                throw support.error("assignment to yield expression not possible", target);
            }
            Expr bad = Targets.invalidTarget(target, false);
            if (bad != null) {
                if (bad == target && parts.size() == 2 && suggestsComparison(parts.get(0), target)
                        && isBitwiseOrLevel(parts.get(1))) {
                    throw support.error("cannot assign to " + Targets.describe(bad)
                                        + " here. Maybe you meant '==' instead of '='?", bad);
                }
                throw support.error("cannot assign to " + Targets.describe(bad), bad);
            }
            Targets.setContext(target, ExprContext.STORE);
            assigned.add(target);
        }
        Expr value = expressions.annotatedRhs(parts.get(parts.size() - 1));
        return support.at(new Assign(assigned, value, null), ctx);
    }

    /** CPython's invalid_named_expression: {@code f() = 1} reads like a mistyped comparison. */
    private static boolean suggestsComparison(Annotated_rhsContext ctx, Expr target) {
        if (!isBitwiseOrLevel(ctx)) {
            return false;
        }
        if (target instanceof Constant c) {
            Object v = c.value;
            return !(v == ConstantValue.NONE || v instanceof Boolean);
        }
        return !(target instanceof GeneratorExp);
    }

    /** Whether an expression statement part is a single operand of a comparison (no comparison, not, and, or, if). */
    private static boolean isBitwiseOrLevel(Annotated_rhsContext ctx) {
        Star_expressionsContext se = ctx.star_expressions();
        if (se == null || se.star_expression().size() != 1 || !se.COMMA().isEmpty()) {
            return false;
        }
        ExpressionContext e = se.star_expression(0).expression();
        if (e == null || e.lambdef() != null || e.IF() != null) {
            return false;
        }
        DisjunctionContext d = e.disjunction(0);
        if (d.conjunction().size() != 1 || d.conjunction(0).inversion().size() != 1) {
            return false;
        }
        InversionContext inv = d.conjunction(0).inversion(0);
        return inv.NOT() == null && inv.comparison().bitwise_or().size() == 1;
    }

    private Stmt annotatedAssignment(Expr_stmtContext ctx) {
        List<Annotated_rhsContext> parts = ctx.annotated_rhs();
        Annotated_rhsContext targetCtx = parts.get(0);
        Expr target = expressions.annotatedRhs(targetCtx);
        if (target instanceof Tuple || target instanceof dev.weft.frontend.ast.List) {
            Star_expressionsContext se = targetCtx.star_expressions();
            Expr at = target;
            if (target instanceof Tuple && se != null && !se.COMMA().isEmpty()) {
                // An unparenthesized tuple: CPython points at its first element.
                at = ((Tuple) target).elts.get(0);
            }
            throw support.error("only single target (not " + Targets.describe(target) + ") can be annotated", at);
        }
        if (!(target instanceof Name || target instanceof Attribute || target instanceof Subscript)) {
            throw support.error("illegal target for annotation", target);
        }
        Targets.setContext(target, ExprContext.STORE);
        int simple = target instanceof Name && targetCtx.start.getType() != PythonParser.LPAR ? 1 : 0;
        Expr annotation = expressions.expression(ctx.expression());
        Expr value = parts.size() > 1 ? expressions.annotatedRhs(parts.get(1)) : null;
        return support.at(new AnnAssign(target, annotation, value, simple), ctx);
    }

    private static Operator augmentedOperator(int tokenType) {
        switch (tokenType) {
            case PythonParser.PLUSEQUAL: return Operator.ADD;
            case PythonParser.MINEQUAL: return Operator.SUB;
            case PythonParser.STAREQUAL: return Operator.MULT;
            case PythonParser.ATEQUAL: return Operator.MAT_MULT;
            case PythonParser.SLASHEQUAL: return Operator.DIV;
            case PythonParser.PERCENTEQUAL: return Operator.MOD;
            case PythonParser.AMPEREQUAL: return Operator.BIT_AND;
            case PythonParser.VBAREQUAL: return Operator.BIT_OR;
            case PythonParser.CIRCUMFLEXEQUAL: return Operator.BIT_XOR;
            case PythonParser.LEFTSHIFTEQUAL: return Operator.L_SHIFT;
            case PythonParser.RIGHTSHIFTEQUAL: return Operator.R_SHIFT;
            case PythonParser.DOUBLESTAREQUAL: return Operator.POW;
            default: return Operator.FLOOR_DIV;
        }
    }

    private Stmt importName(Import_nameContext ctx) {
        List<Alias> names = new ArrayList<>();
        for (Dotted_as_nameContext d : ctx.dotted_as_name()) {
            String asname = d.NAME() != null ? ExpressionBuilder.identifier(d.NAME().getSymbol()) : null;
            names.add(support.at(new Alias(dottedName(d.dotted_name()), asname), d));
        }
        return support.at(new Import(names), ctx);
    }

    private static String dottedName(Dotted_nameContext ctx) {
        StringBuilder name = new StringBuilder();
        for (TerminalNode part : ctx.NAME()) {
            if (name.length() > 0) {
                name.append('.');
            }
            name.append(ExpressionBuilder.identifier(part.getSymbol()));
        }
        return name.toString();
    }

    private Stmt importFrom(Import_fromContext ctx) {
        int level = ctx.DOT().size() + 3 * ctx.ELLIPSIS().size();
        String module = ctx.dotted_name() != null ? dottedName(ctx.dotted_name()) : null;
        if (module == null && level == 0) {
            throw support.error("invalid syntax", ctx.IMPORT());
        }
        List<Alias> names = new ArrayList<>();
        if (ctx.STAR() != null) {
            names.add(support.at(new Alias("*", null), ctx.STAR().getSymbol(), ctx.STAR().getSymbol()));
        } else {
            List<TerminalNode> commas = ctx.COMMA();
            if (ctx.LPAR() == null && commas.size() == ctx.import_from_as_name().size()) {
                Token after = support.next(ctx.stop);
                throw support.error("trailing comma not allowed without surrounding parentheses", after);
            }
            for (Import_from_as_nameContext n : ctx.import_from_as_name()) {
                String asname = n.AS() != null ? ExpressionBuilder.identifier(n.NAME(1).getSymbol()) : null;
                names.add(support.at(new Alias(ExpressionBuilder.identifier(n.NAME(0).getSymbol()), asname), n));
            }
        }
        return support.at(new ImportFrom(module, names, level), ctx);
    }

    // ------------------------------------------------------------------ compound statements

    private Stmt compound(Compound_stmtContext ctx) {
        if (ctx.function_def() != null) {
            return functionDef(ctx.function_def(), new ArrayList<>());
        }
        if (ctx.if_stmt() != null) {
            return ifStmt(ctx.if_stmt());
        }
        if (ctx.class_def() != null) {
            return classDef(ctx.class_def(), new ArrayList<>());
        }
        if (ctx.with_stmt() != null) {
            return withStmt(ctx.with_stmt());
        }
        if (ctx.for_stmt() != null) {
            return forStmt(ctx.for_stmt());
        }
        if (ctx.try_stmt() != null) {
            return tryStmt(ctx.try_stmt());
        }
        if (ctx.while_stmt() != null) {
            While_stmtContext w = ctx.while_stmt();
            return support.at(new While(expressions.namedExpression(w.named_expression()), block(w.block()),
                                        elseBlock(w.else_block())), w);
        }
        if (ctx.match_stmt() != null) {
            return patterns.match(ctx.match_stmt(), this::block);
        }
        DecoratedContext d = ctx.decorated();
        List<Expr> decorators = new ArrayList<>();
        for (Named_expressionContext e : d.named_expression()) {
            decorators.add(expressions.namedExpression(e));
        }
        return d.function_def() != null ? functionDef(d.function_def(), decorators) : classDef(d.class_def(), decorators);
    }

    private List<Stmt> elseBlock(Else_blockContext ctx) {
        return ctx != null ? block(ctx.block()) : new ArrayList<>();
    }

    private Stmt functionDef(Function_defContext ctx, List<Expr> decorators) {
        String name = ExpressionBuilder.identifier(ctx.NAME().getSymbol());
        List<TypeParam> typeParams = typeParams(ctx.type_params());
        Arguments args = expressions.parameters.parameters(ctx.parameters());
        Expr returns = ctx.expression() != null ? expressions.expression(ctx.expression()) : null;
        List<Stmt> body = block(ctx.block());
        Stmt def = ctx.ASYNC() != null
            ? new AsyncFunctionDef(name, args, body, decorators, returns, null, typeParams)
            : new FunctionDef(name, args, body, decorators, returns, null, typeParams);
        return support.at(def, ctx);
    }

    private Stmt classDef(Class_defContext ctx, List<Expr> decorators) {
        String name = ExpressionBuilder.identifier(ctx.NAME().getSymbol());
        List<TypeParam> typeParams = typeParams(ctx.type_params());
        CallArgumentsBuilder.Args bases = ctx.LPAR() != null
            ? expressions.callArguments.arguments(ctx.arguments(), ctx.LPAR().getSymbol(), ctx.RPAR().getSymbol())
            : new CallArgumentsBuilder.Args(new ArrayList<>(), new ArrayList<>());
        List<Stmt> body = block(ctx.block());
        return support.at(new ClassDef(name, bases.args(), bases.keywords(), body, decorators, typeParams), ctx);
    }

    private List<TypeParam> typeParams(Type_paramsContext ctx) {
        List<TypeParam> result = new ArrayList<>();
        if (ctx == null) {
            return result;
        }
        for (Type_paramContext p : ctx.type_param()) {
            if (p instanceof TypeVarContext tv) {
                Expr bound = tv.COLON() != null ? expressions.expression(tv.expression(0)) : null;
                Expr dflt = tv.EQUAL() != null ? expressions.expression(tv.expression(tv.COLON() != null ? 1 : 0)) : null;
                result.add(support.at(new TypeVar(ExpressionBuilder.identifier(tv.NAME().getSymbol()), bound, dflt), p));
            } else if (p instanceof TypeVarTupleContext tvt) {
                if (tvt.COLON() != null) {
                    throw support.error("cannot use bound with TypeVarTuple", tvt.expression());
                }
                Expr dflt = tvt.star_expression() != null ? expressions.starExpression(tvt.star_expression()) : null;
                result.add(support.at(new TypeVarTuple(ExpressionBuilder.identifier(tvt.NAME().getSymbol()), dflt), p));
            } else {
                ParamSpecContext ps = (ParamSpecContext) p;
                if (ps.COLON() != null) {
                    throw support.error("cannot use bound with ParamSpec", ps.expression(0));
                }
                Expr dflt = ps.EQUAL() != null ? expressions.expression(ps.expression(0)) : null;
                result.add(support.at(new ParamSpec(ExpressionBuilder.identifier(ps.NAME().getSymbol()), dflt), p));
            }
        }
        return result;
    }

    private Stmt ifStmt(If_stmtContext ctx) {
        // elif chains nest: each elif is an If in the orelse of the previous test, spanning to the end.
        List<Elif_clauseContext> elifs = ctx.elif_clause();
        List<Stmt> orelse = elseBlock(ctx.else_block());
        Token end = ctx.stop;
        for (int i = elifs.size() - 1; i >= 0; i--) {
            Elif_clauseContext e = elifs.get(i);
            If nested = new If(expressions.namedExpression(e.named_expression()), block(e.block()), orelse);
            orelse = new ArrayList<>();
            orelse.add(support.at(nested, e.start, end));
        }
        return support.at(new If(expressions.namedExpression(ctx.named_expression()), block(ctx.block()), orelse), ctx);
    }

    private Stmt forStmt(For_stmtContext ctx) {
        Expr target = expressions.starTargets(ctx.star_targets());
        Expr iter = expressions.starExpressions(ctx.star_expressions());
        List<Stmt> body = block(ctx.block());
        List<Stmt> orelse = elseBlock(ctx.else_block());
        Stmt loop = ctx.ASYNC() != null ? new AsyncFor(target, iter, body, orelse, null)
                                        : new For(target, iter, body, orelse, null);
        return support.at(loop, ctx);
    }

    private Stmt withStmt(With_stmtContext ctx) {
        List<With_itemContext> itemCtxs;
        BlockContext blockCtx;
        boolean async;
        if (ctx instanceof ParenthesizedWithContext p) {
            itemCtxs = p.with_item();
            blockCtx = p.block();
            async = p.ASYNC() != null;
        } else {
            PlainWithContext p = (PlainWithContext) ctx;
            itemCtxs = p.with_item();
            blockCtx = p.block();
            async = p.ASYNC() != null;
        }
        List<WithItem> items = new ArrayList<>();
        for (With_itemContext item : itemCtxs) {
            Expr context = expressions.expression(item.expression());
            Expr vars = item.star_target() != null ? targets.store(expressions.starTarget(item.star_target())) : null;
            items.add(new WithItem(context, vars));
        }
        List<Stmt> body = block(blockCtx);
        Stmt with = async ? new AsyncWith(items, body, null) : new With(items, body, null);
        return support.at(with, ctx);
    }

    private Stmt tryStmt(Try_stmtContext ctx) {
        List<Stmt> body = block(ctx.block());
        List<ExceptHandlerNode> handlers = new ArrayList<>();
        Boolean star = null;
        for (Except_blockContext e : ctx.except_block()) {
            boolean isStar = e.STAR() != null;
            if (star != null && star != isStar) {
                if (isStar) {
                    throw support.error("cannot have both 'except' and 'except*' on the same 'try'",
                                        e.EXCEPT().getSymbol(), e.STAR().getSymbol());
                }
                throw support.error("cannot have both 'except' and 'except*' on the same 'try'", e.EXCEPT());
            }
            star = isStar;
            handlers.add(exceptHandler(e));
        }
        List<Stmt> orelse = elseBlock(ctx.else_block());
        List<Stmt> finalbody = ctx.finally_block() != null ? block(ctx.finally_block().block()) : new ArrayList<>();
        Stmt result = Boolean.TRUE.equals(star) ? new TryStar(body, handlers, orelse, finalbody)
                                                : new Try(body, handlers, orelse, finalbody);
        return support.at(result, ctx);
    }

    private ExceptHandler exceptHandler(Except_blockContext ctx) {
        List<ExpressionContext> types = ctx.expression();
        Expr type = null;
        if (types.size() > 1) {
            if (ctx.AS() != null) {
                throw support.error("multiple exception types must be parenthesized when using 'as'",
                                    types.get(0).start, support.previous(ctx.COLON().getSymbol()));
            }
            throw support.error("multiple exception types must be parenthesized", types.get(0).start,
                                support.lastSignificant(types.get(types.size() - 1).stop));
        }
        if (types.size() == 1) {
            type = expressions.expression(types.get(0));
        } else if (ctx.STAR() != null) {
            throw support.error("expected one or more exception types", ctx.COLON());
        }
        String name = ctx.NAME() != null ? ExpressionBuilder.identifier(ctx.NAME().getSymbol()) : null;
        return support.at(new ExceptHandler(type, name, block(ctx.block())), ctx);
    }
}
