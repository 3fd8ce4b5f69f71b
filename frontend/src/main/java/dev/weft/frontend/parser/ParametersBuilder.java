package dev.weft.frontend.parser;

import dev.weft.frontend.ast.Arg;
import dev.weft.frontend.ast.Arguments;
import dev.weft.frontend.ast.Expr;
import dev.weft.frontend.parser.PythonParser.*;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds {@code arguments} from the flat parameter lists of {@code def} and {@code lambda}, checking
 * the order CPython's grammar enforces (with its messages: {@code / may appear only once}, ...).
 */
final class ParametersBuilder {
    private final BuildSupport support;
    private final ExpressionBuilder expressions;

    private enum Kind { PLAIN, SLASH, STAR, DOUBLE_STAR }

    /** One parameter of either kind of list, before checking. */
    private record Param(Kind kind, Token start, TerminalNode name, ParserRuleContext annotation,
                         boolean starredAnnotation, TerminalNode equal, ExpressionContext defaultValue) {}

    ParametersBuilder(BuildSupport support, ExpressionBuilder expressions) {
        this.support = support;
        this.expressions = expressions;
    }

    Arguments parameters(ParametersContext ctx) {
        List<Param> params = new ArrayList<>();
        if (ctx != null) {
            for (ParameterContext p : ctx.parameter()) {
                if (p instanceof PlainParameterContext plain) {
                    ExpressionContext annotation = plain.COLON() != null ? plain.expression(0) : null;
                    ExpressionContext dflt = plain.EQUAL() != null ? plain.expression(plain.COLON() != null ? 1 : 0) : null;
                    params.add(new Param(Kind.PLAIN, p.start, plain.NAME(), annotation, false, plain.EQUAL(), dflt));
                } else if (p instanceof SlashParameterContext) {
                    params.add(new Param(Kind.SLASH, p.start, null, null, false, null, null));
                } else if (p instanceof StarParameterContext star) {
                    params.add(new Param(Kind.STAR, p.start, star.NAME(), star.star_expression(), true,
                                         star.EQUAL(), star.expression()));
                } else {
                    DoubleStarParameterContext ds = (DoubleStarParameterContext) p;
                    ExpressionContext annotation = ds.COLON() != null ? ds.expression(0) : null;
                    ExpressionContext dflt = ds.EQUAL() != null ? ds.expression(ds.COLON() != null ? 1 : 0) : null;
                    params.add(new Param(Kind.DOUBLE_STAR, p.start, ds.NAME(), annotation, false, ds.EQUAL(), dflt));
                }
            }
        }
        return build(params, false, ctx == null ? null : ctx.stop);
    }

    Arguments lambdaParameters(Lambda_parametersContext ctx) {
        List<Param> params = new ArrayList<>();
        if (ctx != null) {
            for (Lambda_parameterContext p : ctx.lambda_parameter()) {
                if (p instanceof PlainLambdaParameterContext plain) {
                    params.add(new Param(Kind.PLAIN, p.start, plain.NAME(), null, false, plain.EQUAL(), plain.expression()));
                } else if (p instanceof SlashLambdaParameterContext) {
                    params.add(new Param(Kind.SLASH, p.start, null, null, false, null, null));
                } else if (p instanceof StarLambdaParameterContext star) {
                    params.add(new Param(Kind.STAR, p.start, star.NAME(), null, false, star.EQUAL(), star.expression()));
                } else {
                    DoubleStarLambdaParameterContext ds = (DoubleStarLambdaParameterContext) p;
                    params.add(new Param(Kind.DOUBLE_STAR, p.start, ds.NAME(), null, false, ds.EQUAL(), ds.expression()));
                }
            }
        }
        return build(params, true, ctx == null ? null : ctx.stop);
    }

    private Arguments build(List<Param> params, boolean lambda, Token last) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        boolean sawSlash = false;
        boolean sawStar = false;
        boolean sawDoubleStar = false;
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            if (sawDoubleStar) {
                throw support.error("arguments cannot follow var-keyword argument", p.start);
            }
            switch (p.kind) {
                case SLASH:
                    if (sawStar) {
                        throw support.error("/ must be ahead of *", p.start);
                    }
                    if (sawSlash) {
                        throw support.error("/ may appear only once", p.start);
                    }
                    if (args.isEmpty()) {
                        throw support.error("at least one argument must precede /", p.start);
                    }
                    sawSlash = true;
                    posonly.addAll(args);
                    args.clear();
                    break;
                case PLAIN: {
                    Arg arg = arg(p);
                    Expr dflt = p.defaultValue != null ? expressions.expression(p.defaultValue) : null;
                    if (sawStar) {
                        kwonly.add(arg);
                        kwDefaults.add(dflt);
                    } else {
                        if (dflt == null && !defaults.isEmpty()) {
                            throw support.error("parameter without a default follows parameter with a default", p.start);
                        }
                        args.add(arg);
                        if (dflt != null) {
                            defaults.add(dflt);
                        }
                    }
                    break;
                }
                case STAR:
                    if (sawStar) {
                        throw support.error("* argument may appear only once", p.start);
                    }
                    if (p.equal != null) {
                        throw support.error("var-positional argument cannot have default value", p.equal);
                    }
                    sawStar = true;
                    if (p.name != null) {
                        vararg = arg(p);
                    } else {
                        Param next = i + 1 < params.size() ? params.get(i + 1) : null;
                        if (next == null || next.kind == Kind.DOUBLE_STAR) {
                            Token at = lambda ? support.next(last) : p.start;
                            throw support.error("named arguments must follow bare *", at);
                        }
                    }
                    break;
                default:
                    if (p.equal != null) {
                        throw support.error("var-keyword argument cannot have default value", p.equal);
                    }
                    sawDoubleStar = true;
                    kwarg = arg(p);
                    break;
            }
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arg arg(Param p) {
        Expr annotation = null;
        if (p.annotation != null) {
            annotation = p.starredAnnotation
                ? expressions.starExpression((Star_expressionContext) p.annotation)
                : expressions.expression((ExpressionContext) p.annotation);
        }
        Arg arg = new Arg(ExpressionBuilder.identifier(p.name.getSymbol()), annotation, null);
        Token nameToken = p.name.getSymbol();
        return support.at(arg, nameToken, p.annotation != null ? p.annotation.stop : nameToken);
    }
}
