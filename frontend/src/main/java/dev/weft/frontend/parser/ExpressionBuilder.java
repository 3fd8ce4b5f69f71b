package dev.weft.frontend.parser;

import dev.weft.frontend.ast.Attribute;
import dev.weft.frontend.ast.Await;
import dev.weft.frontend.ast.BinOp;
import dev.weft.frontend.ast.BoolOp;
import dev.weft.frontend.ast.BoolOpKind;
import dev.weft.frontend.ast.CmpOpKind;
import dev.weft.frontend.ast.Compare;
import dev.weft.frontend.ast.Comprehension;
import dev.weft.frontend.ast.Constant;
import dev.weft.frontend.ast.ConstantValue;
import dev.weft.frontend.ast.Dict;
import dev.weft.frontend.ast.DictComp;
import dev.weft.frontend.ast.Expr;
import dev.weft.frontend.ast.ExprContext;
import dev.weft.frontend.ast.GeneratorExp;
import dev.weft.frontend.ast.IfExp;
import dev.weft.frontend.ast.Lambda;
import dev.weft.frontend.ast.ListComp;
import dev.weft.frontend.ast.Name;
import dev.weft.frontend.ast.NamedExpr;
import dev.weft.frontend.ast.Operator;
import dev.weft.frontend.ast.SetComp;
import dev.weft.frontend.ast.Slice;
import dev.weft.frontend.ast.Starred;
import dev.weft.frontend.ast.Subscript;
import dev.weft.frontend.ast.Tuple;
import dev.weft.frontend.ast.UnaryOp;
import dev.weft.frontend.ast.UnaryOpKind;
import dev.weft.frontend.ast.Yield;
import dev.weft.frontend.ast.YieldFrom;
import dev.weft.frontend.parser.PythonParser.*;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds expression nodes from the expression rules of the parse tree. */
final class ExpressionBuilder {
    private final BuildSupport support;
    final Targets targets;
    final CallArgumentsBuilder callArguments;
    final ParametersBuilder parameters;
    private final StringsBuilder strings;

    ExpressionBuilder(BuildSupport support) {
        this.support = support;
        this.targets = new Targets(support);
        this.callArguments = new CallArgumentsBuilder(support, this);
        this.parameters = new ParametersBuilder(support, this);
        this.strings = new StringsBuilder(support, this);
    }

    // ------------------------------------------------------------------ lists of expressions

    Expr starExpressions(Star_expressionsContext ctx) {
        List<Star_expressionContext> items = ctx.star_expression();
        if (items.size() == 1 && ctx.COMMA().isEmpty()) {
            return starExpression(items.get(0));
        }
        List<Expr> elts = new ArrayList<>(items.size());
        for (Star_expressionContext item : items) {
            elts.add(starExpression(item));
        }
        return support.at(new Tuple(elts, ExprContext.LOAD), ctx);
    }

    Expr starExpression(Star_expressionContext ctx) {
        if (ctx.STAR() != null) {
            return support.at(new Starred(bitwiseOr(ctx.bitwise_or()), ExprContext.LOAD), ctx);
        }
        return expression(ctx.expression());
    }

    Expr starNamedExpression(Star_named_expressionContext ctx) {
        if (ctx.STAR() != null) {
            return support.at(new Starred(bitwiseOr(ctx.bitwise_or()), ExprContext.LOAD), ctx);
        }
        return namedExpression(ctx.named_expression());
    }

    Expr namedExpression(Named_expressionContext ctx) {
        if (ctx.getChildCount() == 1) {
            return expression((ExpressionContext) ctx.getChild(0));
        }
        return walrus(ctx.expression(0), ctx.expression(1), ctx);
    }

    /** {@code target := value}; the target must be a plain name. */
    Expr walrus(ExpressionContext targetCtx, ExpressionContext value, ParserRuleContext ctx) {
        Expr target = expression(targetCtx);
        if (!(target instanceof Name) || targetCtx.start != targetCtx.stop) {
            throw support.error("cannot use assignment expressions with " + Targets.describe(target), target);
        }
        ((Name) target).ctx = ExprContext.STORE;
        return support.at(new NamedExpr(target, expression(value)), ctx);
    }

    Expr annotatedRhs(Annotated_rhsContext ctx) {
        return ctx.yield_expr() != null ? yieldExpr(ctx.yield_expr()) : starExpressions(ctx.star_expressions());
    }

    Expr yieldExpr(Yield_exprContext ctx) {
        if (ctx.FROM() != null) {
            return support.at(new YieldFrom(expression(ctx.expression())), ctx);
        }
        Expr value = ctx.star_expressions() != null ? starExpressions(ctx.star_expressions()) : null;
        return support.at(new Yield(value), ctx);
    }

    // ------------------------------------------------------------------ boolean level

    Expr expression(ExpressionContext ctx) {
        if (ctx.getChildCount() == 1 && ctx.getChild(0) instanceof DisjunctionContext d) {
            return disjunction(d);
        }
        if (ctx.lambdef() != null) {
            LambdefContext l = ctx.lambdef();
            var args = parameters.lambdaParameters(l.lambda_parameters());
            return support.at(new Lambda(args, expression(l.expression())), l);
        }
        Expr body = disjunction(ctx.disjunction(0));
        if (ctx.IF() == null) {
            return body;
        }
        Expr test = disjunction(ctx.disjunction(1));
        return support.at(new IfExp(test, body, expression(ctx.expression())), ctx);
    }

    Expr disjunction(DisjunctionContext ctx) {
        if (ctx.getChildCount() == 1) {
            return conjunction((ConjunctionContext) ctx.getChild(0));
        }
        List<ConjunctionContext> items = ctx.conjunction();
        List<Expr> values = new ArrayList<>(items.size());
        for (ConjunctionContext item : items) {
            values.add(conjunction(item));
        }
        return support.at(new BoolOp(BoolOpKind.OR, values), ctx);
    }

    private Expr conjunction(ConjunctionContext ctx) {
        if (ctx.getChildCount() == 1) {
            return inversion((InversionContext) ctx.getChild(0));
        }
        List<InversionContext> items = ctx.inversion();
        List<Expr> values = new ArrayList<>(items.size());
        for (InversionContext item : items) {
            values.add(inversion(item));
        }
        return support.at(new BoolOp(BoolOpKind.AND, values), ctx);
    }

    private Expr inversion(InversionContext ctx) {
        if (ctx.getChildCount() == 1) {
            return comparison((ComparisonContext) ctx.getChild(0));
        }
        return support.at(new UnaryOp(UnaryOpKind.NOT, inversion(ctx.inversion())), ctx);
    }

    private Expr comparison(ComparisonContext ctx) {
        int n = ctx.getChildCount();
        if (n == 1) {
            return bitwiseOr((Bitwise_orContext) ctx.getChild(0));
        }
        Expr left = bitwiseOr((Bitwise_orContext) ctx.getChild(0));
        List<CmpOpKind> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        for (int i = 1; i < n; i += 2) {
            ops.add(compareOp((Comp_opContext) ctx.getChild(i)));
            comparators.add(bitwiseOr((Bitwise_orContext) ctx.getChild(i + 1)));
        }
        return support.at(new Compare(left, ops, comparators), ctx);
    }

    private static CmpOpKind compareOp(Comp_opContext ctx) {
        switch (ctx.start.getType()) {
            case PythonParser.EQEQUAL: return CmpOpKind.EQ;
            case PythonParser.NOTEQUAL: return CmpOpKind.NOT_EQ;
            case PythonParser.LESS: return CmpOpKind.LT;
            case PythonParser.LESSEQUAL: return CmpOpKind.LT_E;
            case PythonParser.GREATER: return CmpOpKind.GT;
            case PythonParser.GREATEREQUAL: return CmpOpKind.GT_E;
            case PythonParser.IN: return CmpOpKind.IN;
            case PythonParser.NOT: return CmpOpKind.NOT_IN;
            default: return ctx.NOT() != null ? CmpOpKind.IS_NOT : CmpOpKind.IS;
        }
    }

    // ------------------------------------------------------------------ arithmetic level

    /** An operand of the binary operators with the tokens it spans. */
    private record Operand(Expr expr, Token start, Token stop) {}

    Expr bitwiseOr(Bitwise_orContext ctx) {
        if (ctx.getChildCount() == 1) {
            return factor((FactorContext) ctx.getChild(0));
        }
        List<FactorContext> factors = ctx.factor();
        List<Operand> operands = new ArrayList<>(factors.size());
        for (FactorContext f : factors) {
            operands.add(new Operand(factor(f), f.start, f.stop));
        }
        int[] next = {0};
        return climb(operands, ctx.op, next, 0).expr;
    }

    /** Precedence climbing over the flat operand/operator list (all these operators are left-associative). */
    private Operand climb(List<Operand> operands, List<Token> ops, int[] next, int minPrecedence) {
        Operand left = operands.get(next[0]);
        while (next[0] < ops.size()) {
            Token op = ops.get(next[0]);
            int precedence = precedence(op.getType());
            if (precedence < minPrecedence) {
                break;
            }
            next[0]++;
            Operand right = climb(operands, ops, next, precedence + 1);
            BinOp binOp = support.at(new BinOp(left.expr, binaryOperator(op.getType()), right.expr), left.start, right.stop);
            left = new Operand(binOp, left.start, right.stop);
        }
        return left;
    }

    private static int precedence(int tokenType) {
        switch (tokenType) {
            case PythonParser.VBAR: return 0;
            case PythonParser.CIRCUMFLEX: return 1;
            case PythonParser.AMPER: return 2;
            case PythonParser.LEFTSHIFT: case PythonParser.RIGHTSHIFT: return 3;
            case PythonParser.PLUS: case PythonParser.MINUS: return 4;
            default: return 5;
        }
    }

    private Expr factor(FactorContext ctx) {
        if (ctx.getChildCount() == 1) {
            return power((PowerContext) ctx.getChild(0));
        }
        int sign = ctx.start.getType();
        UnaryOpKind op = sign == PythonParser.PLUS ? UnaryOpKind.U_ADD
            : sign == PythonParser.MINUS ? UnaryOpKind.U_SUB : UnaryOpKind.INVERT;
        return support.at(new UnaryOp(op, factor((FactorContext) ctx.getChild(1))), ctx);
    }

    private Expr power(PowerContext ctx) {
        Expr base = primary((PrimaryContext) ctx.getChild(0));
        if (ctx.getChildCount() == 1) {
            return base;
        }
        return support.at(new BinOp(base, Operator.POW, factor((FactorContext) ctx.getChild(2))), ctx);
    }

    private static Operator binaryOperator(int tokenType) {
        switch (tokenType) {
            case PythonParser.STAR: return Operator.MULT;
            case PythonParser.SLASH: return Operator.DIV;
            case PythonParser.DOUBLESLASH: return Operator.FLOOR_DIV;
            case PythonParser.PERCENT: return Operator.MOD;
            case PythonParser.AT: return Operator.MAT_MULT;
            case PythonParser.PLUS: return Operator.ADD;
            case PythonParser.MINUS: return Operator.SUB;
            case PythonParser.LEFTSHIFT: return Operator.L_SHIFT;
            case PythonParser.RIGHTSHIFT: return Operator.R_SHIFT;
            case PythonParser.AMPER: return Operator.BIT_AND;
            case PythonParser.CIRCUMFLEX: return Operator.BIT_XOR;
            case PythonParser.VBAR: return Operator.BIT_OR;
            default: throw new IllegalStateException("not a binary operator: " + tokenType);
        }
    }

    // ------------------------------------------------------------------ primaries

    Expr primary(PrimaryContext ctx) {
        int n = ctx.getChildCount();
        if (n == 1) {
            return atom((AtomContext) ctx.getChild(0));
        }
        boolean await = ctx.getChild(0) instanceof TerminalNode;
        int first = await ? 1 : 0;
        AtomContext atomCtx = (AtomContext) ctx.getChild(first);
        Token start = atomCtx.start;
        Expr result = atom(atomCtx);
        for (int i = first + 1; i < n; i++) {
            TrailerContext trailer = (TrailerContext) ctx.getChild(i);
            if (trailer instanceof AttributeTrailerContext) {
                Token name = ((TerminalNode) trailer.getChild(1)).getSymbol();
                result = support.at(new Attribute(result, identifier(name), ExprContext.LOAD), start, name);
            } else if (trailer instanceof CallTrailerContext c) {
                result = callArguments.call(result, c, start);
            } else {
                SubscriptTrailerContext s = (SubscriptTrailerContext) trailer;
                result = support.at(new Subscript(result, slices((SlicesContext) s.getChild(1)), ExprContext.LOAD),
                                    start, trailer.stop);
            }
        }
        if (await) {
            result = support.at(new Await(result), ctx);
        }
        return result;
    }

    private Expr slices(SlicesContext ctx) {
        List<Slice_itemContext> items = ctx.slice_item();
        if (items.size() == 1 && ctx.COMMA().isEmpty() && !(items.get(0) instanceof StarredSliceContext)) {
            return sliceItem(items.get(0));
        }
        List<Expr> elts = new ArrayList<>(items.size());
        for (Slice_itemContext item : items) {
            elts.add(sliceItem(item));
        }
        return support.at(new Tuple(elts, ExprContext.LOAD), ctx);
    }

    private Expr sliceItem(Slice_itemContext ctx) {
        if (ctx instanceof StarredSliceContext s) {
            return support.at(new Starred(bitwiseOr(s.bitwise_or()), ExprContext.LOAD), ctx);
        }
        Expr lower = null;
        Slice_boundsContext bounds;
        if (ctx instanceof ExpressionSliceContext e) {
            if (e.COLONEQUAL() != null) {
                return walrus(e.expression(0), e.expression(1), ctx);
            }
            lower = expression(e.expression(0));
            bounds = e.slice_bounds();
            if (bounds == null) {
                return lower;
            }
        } else {
            bounds = ((RangeSliceContext) ctx).slice_bounds();
        }
        Expr upper = null;
        Expr step = null;
        for (ExpressionContext e : bounds.expression()) {
            // Which bound an expression is follows from the colon it comes after.
            if (bounds.COLON().size() > 1 && e.start.getTokenIndex() > bounds.COLON(1).getSymbol().getTokenIndex()) {
                step = expression(e);
            } else {
                upper = expression(e);
            }
        }
        return support.at(new Slice(lower, upper, step), ctx);
    }

    Expr atom(AtomContext ctx) {
        if (ctx instanceof NameAtomContext n) {
            return name(n.NAME().getSymbol(), ExprContext.LOAD);
        }
        if (ctx instanceof NumberAtomContext n) {
            return support.at(new Constant(number(n.NUMBER().getSymbol()), null), ctx);
        }
        if (ctx instanceof StringsAtomContext s) {
            return strings.strings(s.strings());
        }
        if (ctx instanceof TrueAtomContext) {
            return support.at(new Constant(Boolean.TRUE, null), ctx);
        }
        if (ctx instanceof FalseAtomContext) {
            return support.at(new Constant(Boolean.FALSE, null), ctx);
        }
        if (ctx instanceof NoneAtomContext) {
            return support.at(new Constant(ConstantValue.NONE, null), ctx);
        }
        if (ctx instanceof EllipsisAtomContext) {
            return support.at(new Constant(ConstantValue.ELLIPSIS, null), ctx);
        }
        if (ctx instanceof ParenAtomContext p) {
            return parenthesized(p);
        }
        if (ctx instanceof ListAtomContext l) {
            return list(l);
        }
        return braces((BraceAtomContext) ctx);
    }

    private Expr parenthesized(ParenAtomContext ctx) {
        if (ctx.yield_expr() != null) {
            return yieldExpr(ctx.yield_expr());
        }
        List<Star_named_expressionContext> items = ctx.star_named_expression();
        if (items.isEmpty()) {
            return support.at(new Tuple(new ArrayList<>(), ExprContext.LOAD), ctx);
        }
        if (ctx.comp_for() != null) {
            Expr elt = starNamedExpression(items.get(0));
            checkNotStarred(elt, "iterable unpacking cannot be used in comprehension");
            return support.at(new GeneratorExp(elt, comprehensions(ctx.comp_for())), ctx);
        }
        if (items.size() == 1 && ctx.COMMA().isEmpty()) {
            Expr inner = starNamedExpression(items.get(0));
            if (inner instanceof Starred) {
                throw support.error("cannot use starred expression here", inner);
            }
            return inner;
        }
        return support.at(new Tuple(starNamedExpressions(items), ExprContext.LOAD), ctx);
    }

    private Expr list(ListAtomContext ctx) {
        List<Star_named_expressionContext> items = ctx.star_named_expression();
        if (ctx.comp_for() != null) {
            Expr elt = starNamedExpression(items.get(0));
            checkNotStarred(elt, "iterable unpacking cannot be used in comprehension");
            return support.at(new ListComp(elt, comprehensions(ctx.comp_for())), ctx);
        }
        return support.at(new dev.weft.frontend.ast.List(starNamedExpressions(items), ExprContext.LOAD), ctx);
    }

    private Expr braces(BraceAtomContext ctx) {
        Dict_or_setContext body = ctx.dict_or_set();
        if (body == null) {
            return support.at(new Dict(new ArrayList<>(), new ArrayList<>()), ctx);
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        Dict_restContext dictRest = null;
        Set_restContext setRest = null;
        Expr firstElement = null;
        if (body instanceof DictStartingWithUnpackContext d) {
            keys.add(null);
            values.add(bitwiseOr(d.bitwise_or()));
            dictRest = d.dict_rest();
            if (dictRest.comp_for() != null) {
                throw support.error("dict unpacking cannot be used in dict comprehension", d.DOUBLESTAR());
            }
        } else if (body instanceof SetStartingWithStarContext s) {
            firstElement = support.at(new Starred(bitwiseOr(s.bitwise_or()), ExprContext.LOAD), s.STAR().getSymbol(),
                                      s.bitwise_or().stop);
            setRest = s.set_rest();
        } else {
            DictOrSetContext d = (DictOrSetContext) body;
            if (d.COLON() != null) {
                keys.add(expression(d.expression(0)));
                values.add(expression(d.expression(1)));
                dictRest = d.dict_rest();
            } else if (d.COLONEQUAL() != null) {
                firstElement = walrus(d.expression(0), d.expression(1), d);
                setRest = d.set_rest();
            } else {
                firstElement = expression(d.expression(0));
                setRest = d.set_rest();
            }
        }
        if (dictRest != null) {
            if (dictRest.comp_for() != null) {
                return support.at(new DictComp(keys.get(0), values.get(0), comprehensions(dictRest.comp_for())), ctx);
            }
            for (Dict_itemContext item : dictRest.dict_item()) {
                if (item.DOUBLESTAR() != null) {
                    keys.add(null);
                    values.add(bitwiseOr(item.bitwise_or()));
                } else {
                    keys.add(expression(item.expression(0)));
                    values.add(expression(item.expression(1)));
                }
            }
            return support.at(new Dict(keys, values), ctx);
        }
        if (setRest.comp_for() != null) {
            checkNotStarred(firstElement, "iterable unpacking cannot be used in comprehension");
            return support.at(new SetComp(firstElement, comprehensions(setRest.comp_for())), ctx);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(firstElement);
        elts.addAll(starNamedExpressions(setRest.star_named_expression()));
        return support.at(new dev.weft.frontend.ast.Set(elts), ctx);
    }

    private void checkNotStarred(Expr elt, String message) {
        if (elt instanceof Starred) {
            throw support.error(message, elt);
        }
    }

    List<Expr> starNamedExpressions(List<Star_named_expressionContext> items) {
        List<Expr> elts = new ArrayList<>(items.size());
        for (Star_named_expressionContext item : items) {
            elts.add(starNamedExpression(item));
        }
        return elts;
    }

    // ------------------------------------------------------------------ comprehensions and targets

    List<Comprehension> comprehensions(Comp_forContext ctx) {
        List<Comprehension> result = new ArrayList<>();
        for (Comp_clauseContext clause : ctx.comp_clause()) {
            Expr target = starTargets(clause.star_targets());
            List<DisjunctionContext> parts = clause.disjunction();
            Expr iter = disjunction(parts.get(0));
            List<Expr> ifs = new ArrayList<>();
            for (int i = 1; i < parts.size(); i++) {
                ifs.add(disjunction(parts.get(i)));
            }
            result.add(new Comprehension(target, iter, ifs, clause.ASYNC() != null ? 1 : 0));
        }
        return result;
    }

    /** The target list of {@code for} and comprehensions, in Store context. */
    Expr starTargets(Star_targetsContext ctx) {
        List<Star_targetContext> items = ctx.star_target();
        if (items.size() == 1 && ctx.COMMA().isEmpty()) {
            return targets.store(starTarget(items.get(0)));
        }
        List<Expr> elts = new ArrayList<>(items.size());
        for (Star_targetContext item : items) {
            elts.add(starTarget(item));
        }
        return targets.store(support.at(new Tuple(elts, ExprContext.LOAD), ctx));
    }

    /** One target, still in Load context (the caller converts). */
    Expr starTarget(Star_targetContext ctx) {
        Expr value = primary(ctx.primary());
        if (ctx.STAR() != null) {
            return support.at(new Starred(value, ExprContext.LOAD), ctx);
        }
        return value;
    }

    // ------------------------------------------------------------------ leaves

    Expr atomStrings(StringsContext ctx) {
        return strings.strings(ctx);
    }

    Name name(Token token, ExprContext ctx) {
        Name n = new Name(identifier(token), ctx);
        return support.at(n, token, token);
    }

    /** An identifier as CPython stores it: NFKC-normalised when it is not ASCII. */
    static String identifier(Token token) {
        String text = token.getText();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) >= 0x80) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }

    Object number(Token token) {
        try {
            return LiteralValues.number(token.getText());
        } catch (NumberFormatException e) {
            throw support.error("invalid number literal", token);
        }
    }
}
