package dev.weft.frontend.parser;

import dev.weft.frontend.ast.Call;
import dev.weft.frontend.ast.Constant;
import dev.weft.frontend.ast.ConstantValue;
import dev.weft.frontend.ast.Expr;
import dev.weft.frontend.ast.ExprContext;
import dev.weft.frontend.ast.GeneratorExp;
import dev.weft.frontend.ast.Keyword;
import dev.weft.frontend.ast.Starred;
import dev.weft.frontend.parser.PythonParser.*;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Builds calls and class bases: positional, {@code *}, keyword and {@code **} arguments, with
 * CPython's ordering errors and its rule for a generator expression as the sole argument.
 */
final class CallArgumentsBuilder {
    private final BuildSupport support;
    private final ExpressionBuilder expressions;

    /** Positional and keyword arguments of a call or a class definition. */
    record Args(List<Expr> args, List<Keyword> keywords) {}

    CallArgumentsBuilder(BuildSupport support, ExpressionBuilder expressions) {
        this.support = support;
        this.expressions = expressions;
    }

    Call call(Expr func, CallTrailerContext ctx, Token start) {
        Token lpar = ctx.start;
        Token rpar = ctx.stop;
        Args a = arguments(ctx.getChildCount() == 3 ? (ArgumentsContext) ctx.getChild(1) : null, lpar, rpar);
        return support.at(new Call(func, a.args, a.keywords), start, rpar);
    }

    /** The arguments between {@code lpar} and {@code rpar} (ctx may be null for none). */
    Args arguments(ArgumentsContext ctx, Token lpar, Token rpar) {
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (ctx == null) {
            return new Args(args, keywords);
        }
        List<ArgumentContext> items = ctx.argument();
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        for (int i = 0; i < items.size(); i++) {
            ArgumentContext item = items.get(i);
            if (item instanceof PlainArgumentContext p) {
                if (p.EQUAL() != null) {
                    sawKeyword = true;
                    keywords.add(keyword(p));
                    continue;
                }
                if (p.comp_for() != null) {
                    Expr elt = expressions.expression(p.expression(0));
                    var generators = expressions.comprehensions(p.comp_for());
                    if (items.size() > 1 || !ctx.COMMA().isEmpty()) {
                        throw support.error("Generator expression must be parenthesized", p.start,
                                            support.lastSignificant(p.stop));
                    }
                    args.add(support.at(new GeneratorExp(elt, generators), lpar, rpar));
                    continue;
                }
                if (sawDoubleStar) {
                    throw support.error("positional argument follows keyword argument unpacking", rpar);
                }
                if (sawKeyword) {
                    throw support.error("positional argument follows keyword argument", rpar);
                }
                args.add(p.COLONEQUAL() != null ? expressions.walrus(p.expression(0), p.expression(1), p)
                                                : expressions.expression(p.expression(0)));
            } else if (item instanceof StarArgumentContext s) {
                if (sawDoubleStar) {
                    Token comma = support.previous(item.start);
                    int last = i;
                    while (last + 1 < items.size() && items.get(last + 1) instanceof StarArgumentContext) {
                        last++;
                    }
                    throw support.error("iterable argument unpacking follows keyword argument unpacking", comma,
                                        support.lastSignificant(items.get(last).stop));
                }
                args.add(support.at(new Starred(expressions.expression(s.expression()), ExprContext.LOAD), item));
            } else {
                DoubleStarArgumentContext d = (DoubleStarArgumentContext) item;
                sawDoubleStar = true;
                keywords.add(support.at(new Keyword(null, expressions.expression(d.expression())), item));
            }
        }
        return new Args(args, keywords);
    }

    /** {@code name=value}; anything but a plain name before {@code =} is CPython's error. */
    private Keyword keyword(PlainArgumentContext p) {
        ExpressionContext nameCtx = p.expression(0);
        Expr value = expressions.expression(p.expression(1));
        if (nameCtx.start != nameCtx.stop || nameCtx.start.getType() != PythonParser.NAME) {
            Expr target = expressions.expression(nameCtx);
            String msg = target instanceof Constant c && (c.value instanceof Boolean || c.value == ConstantValue.NONE)
                ? "cannot assign to " + Targets.describe(target)
                : "expression cannot contain assignment, perhaps you meant \"==\"?";
            throw support.error(msg, nameCtx.start, support.lastSignificant(p.stop));
        }
        Keyword kw = new Keyword(ExpressionBuilder.identifier(nameCtx.start), value);
        return support.at(kw, p);
    }
}
