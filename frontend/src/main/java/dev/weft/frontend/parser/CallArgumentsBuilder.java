package dev.weft.frontend.parser;

import dev.weft.frontend.ast.Call;
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
        Args a = arguments(ctx.arguments(), ctx.LPAR().getSymbol(), ctx.RPAR().getSymbol());
        return support.at(new Call(func, a.args, a.keywords), start, ctx.RPAR().getSymbol());
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
            if (item instanceof PositionalArgumentContext p) {
                if (p.comp_for() != null) {
                    Expr elt = expressions.namedExpression(p.named_expression());
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
                args.add(expressions.namedExpression(p.named_expression()));
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
            } else if (item instanceof KeywordArgumentContext k) {
                sawKeyword = true;
                Keyword kw = new Keyword(ExpressionBuilder.identifier(k.NAME().getSymbol()), expressions.expression(k.expression()));
                keywords.add(support.at(kw, item));
            } else {
                DoubleStarArgumentContext d = (DoubleStarArgumentContext) item;
                sawDoubleStar = true;
                keywords.add(support.at(new Keyword(null, expressions.expression(d.expression())), item));
            }
        }
        return new Args(args, keywords);
    }
}
