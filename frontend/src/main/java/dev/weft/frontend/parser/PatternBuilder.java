package dev.weft.frontend.parser;

import dev.weft.frontend.ast.Attribute;
import dev.weft.frontend.ast.BinOp;
import dev.weft.frontend.ast.Constant;
import dev.weft.frontend.ast.ConstantValue;
import dev.weft.frontend.ast.Expr;
import dev.weft.frontend.ast.ExprContext;
import dev.weft.frontend.ast.Match;
import dev.weft.frontend.ast.MatchAs;
import dev.weft.frontend.ast.MatchCase;
import dev.weft.frontend.ast.MatchClass;
import dev.weft.frontend.ast.MatchMapping;
import dev.weft.frontend.ast.MatchOr;
import dev.weft.frontend.ast.MatchSequence;
import dev.weft.frontend.ast.MatchSingleton;
import dev.weft.frontend.ast.MatchStar;
import dev.weft.frontend.ast.MatchValue;
import dev.weft.frontend.ast.Name;
import dev.weft.frontend.ast.Operator;
import dev.weft.frontend.ast.Pattern;
import dev.weft.frontend.ast.Stmt;
import dev.weft.frontend.ast.Tuple;
import dev.weft.frontend.ast.UnaryOp;
import dev.weft.frontend.ast.UnaryOpKind;
import dev.weft.frontend.parser.PythonParser.*;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds {@code match} statements and their patterns. */
final class PatternBuilder {
    private final BuildSupport support;
    private final ExpressionBuilder expressions;

    PatternBuilder(BuildSupport support, ExpressionBuilder expressions) {
        this.support = support;
        this.expressions = expressions;
    }

    Stmt match(Match_stmtContext ctx, Function<BlockContext, List<Stmt>> blocks) {
        List<Star_named_expressionContext> items = ctx.star_named_expression();
        Expr subject;
        if (items.size() == 1 && ctx.COMMA().isEmpty()) {
            subject = expressions.starNamedExpression(items.get(0));
        } else {
            subject = support.at(new Tuple(expressions.starNamedExpressions(items), ExprContext.LOAD),
                                 items.get(0).start, support.previous(ctx.COLON().getSymbol()));
        }
        List<MatchCase> cases = new ArrayList<>();
        for (Case_blockContext c : ctx.case_block()) {
            Pattern pattern = patterns(c.patterns());
            Expr guard = c.named_expression() != null ? expressions.namedExpression(c.named_expression()) : null;
            cases.add(new MatchCase(pattern, guard, blocks.apply(c.block())));
        }
        return support.at(new Match(subject, cases), ctx);
    }

    private Pattern patterns(PatternsContext ctx) {
        List<Maybe_star_patternContext> items = ctx.maybe_star_pattern();
        if (items.size() == 1 && ctx.COMMA().isEmpty()) {
            if (items.get(0).STAR() != null) {
                throw support.error("invalid syntax", items.get(0).STAR());
            }
            return pattern(items.get(0).pattern());
        }
        return support.at(new MatchSequence(maybeStarPatterns(items)), ctx);
    }

    private List<Pattern> maybeStarPatterns(List<Maybe_star_patternContext> items) {
        List<Pattern> result = new ArrayList<>(items.size());
        for (Maybe_star_patternContext item : items) {
            if (item.STAR() != null) {
                result.add(support.at(new MatchStar(captureName(item.NAME().getSymbol())), item));
            } else {
                result.add(pattern(item.pattern()));
            }
        }
        return result;
    }

    /** A capture name, or null for the wildcard {@code _}. */
    private static String captureName(Token name) {
        String id = ExpressionBuilder.identifier(name);
        return id.equals("_") ? null : id;
    }

    private Pattern pattern(PatternContext ctx) {
        Pattern or = orPattern(ctx.or_pattern());
        if (ctx.AS() == null) {
            return or;
        }
        Token name = ctx.NAME().getSymbol();
        if (name.getText().equals("_")) {
            throw support.error("cannot use '_' as a target", name);
        }
        return support.at(new MatchAs(or, ExpressionBuilder.identifier(name)), ctx);
    }

    private Pattern orPattern(Or_patternContext ctx) {
        List<Closed_patternContext> items = ctx.closed_pattern();
        if (items.size() == 1) {
            return closedPattern(items.get(0));
        }
        List<Pattern> alternatives = new ArrayList<>(items.size());
        for (Closed_patternContext item : items) {
            alternatives.add(closedPattern(item));
        }
        return support.at(new MatchOr(alternatives), ctx);
    }

    private Pattern closedPattern(Closed_patternContext ctx) {
        if (ctx instanceof NumberPatternContext n) {
            return support.at(new MatchValue(complexNumber(n.complex_number())), ctx);
        }
        if (ctx instanceof StringPatternContext s) {
            return support.at(new MatchValue(expressions.atomStrings(s.strings())), ctx);
        }
        if (ctx instanceof SingletonPatternContext s) {
            Object value = s.NONE() != null ? ConstantValue.NONE : (Object) (s.TRUE() != null);
            return support.at(new MatchSingleton(value), ctx);
        }
        if (ctx instanceof NamePatternContext n) {
            return namePattern(n);
        }
        if (ctx instanceof GroupPatternContext g) {
            List<Maybe_star_patternContext> items = g.maybe_star_pattern();
            if (items.size() == 1 && g.COMMA().isEmpty() && items.get(0).STAR() == null) {
                return pattern(items.get(0).pattern());
            }
            return support.at(new MatchSequence(maybeStarPatterns(items)), ctx);
        }
        if (ctx instanceof SequencePatternContext s) {
            return support.at(new MatchSequence(maybeStarPatterns(s.maybe_star_pattern())), ctx);
        }
        return mappingPattern((MappingPatternContext) ctx);
    }

    private Pattern namePattern(NamePatternContext ctx) {
        List<TerminalNode> names = ctx.NAME();
        if (ctx.LPAR() == null && names.size() == 1) {
            return support.at(new MatchAs(null, captureName(names.get(0).getSymbol())), ctx);
        }
        Expr nameOrAttr = nameOrAttribute(names);
        if (ctx.LPAR() == null) {
            return support.at(new MatchValue(nameOrAttr), ctx);
        }
        List<Pattern> positional = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        if (ctx.class_pattern_args() != null) {
            List<Pattern> misplaced = new ArrayList<>();
            for (Class_pattern_argContext arg : ctx.class_pattern_args().class_pattern_arg()) {
                Pattern p = pattern(arg.pattern());
                if (arg.NAME() != null) {
                    kwdAttrs.add(ExpressionBuilder.identifier(arg.NAME().getSymbol()));
                    kwdPatterns.add(p);
                } else if (!kwdAttrs.isEmpty()) {
                    misplaced.add(p);
                } else {
                    positional.add(p);
                }
            }
            if (!misplaced.isEmpty()) {
                throw support.error("positional patterns follow keyword patterns", misplaced.get(0),
                                    misplaced.get(misplaced.size() - 1));
            }
        }
        return support.at(new MatchClass(nameOrAttr, positional, kwdAttrs, kwdPatterns), ctx);
    }

    private Expr nameOrAttribute(List<TerminalNode> names) {
        Token first = names.get(0).getSymbol();
        Expr result = expressions.name(first, ExprContext.LOAD);
        for (int i = 1; i < names.size(); i++) {
            Token part = names.get(i).getSymbol();
            result = support.at(new Attribute(result, ExpressionBuilder.identifier(part), ExprContext.LOAD), first, part);
        }
        return result;
    }

    private Pattern mappingPattern(MappingPatternContext ctx) {
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        List<Mapping_itemContext> items = ctx.mapping_item();
        for (int i = 0; i < items.size(); i++) {
            Mapping_itemContext item = items.get(i);
            if (item instanceof RestItemContext r) {
                if (i != items.size() - 1) {
                    throw support.error("invalid syntax", support.next(item.stop));
                }
                rest = ExpressionBuilder.identifier(r.NAME().getSymbol());
            } else {
                KeyItemContext k = (KeyItemContext) item;
                keys.add(mappingKey(k.mapping_key()));
                values.add(pattern(k.pattern()));
            }
        }
        return support.at(new MatchMapping(keys, values, rest), ctx);
    }

    private Expr mappingKey(Mapping_keyContext ctx) {
        if (ctx.complex_number() != null) {
            return complexNumber(ctx.complex_number());
        }
        if (ctx.strings() != null) {
            return expressions.atomStrings(ctx.strings());
        }
        if (ctx.NONE() != null) {
            return support.at(new Constant(ConstantValue.NONE, null), ctx);
        }
        if (ctx.TRUE() != null || ctx.FALSE() != null) {
            return support.at(new Constant(ctx.TRUE() != null, null), ctx);
        }
        return nameOrAttribute(ctx.NAME());
    }

    private Expr complexNumber(Complex_numberContext ctx) {
        Signed_numberContext signed = ctx.signed_number();
        Token number = signed.NUMBER().getSymbol();
        Expr real = support.at(new Constant(expressions.number(number), null), number, number);
        if (signed.MINUS() != null) {
            real = support.at(new UnaryOp(UnaryOpKind.U_SUB, real), signed);
        }
        if (ctx.NUMBER() == null) {
            return real;
        }
        if (((Constant) (real instanceof UnaryOp u ? u.operand : real)).value instanceof ConstantValue.Imaginary) {
            throw support.error("real number required in complex literal", real);
        }
        Token imagToken = ctx.NUMBER().getSymbol();
        Expr imag = support.at(new Constant(expressions.number(imagToken), null), imagToken, imagToken);
        if (!(((Constant) imag).value instanceof ConstantValue.Imaginary)) {
            throw support.error("imaginary number required in complex literal", imag);
        }
        Operator op = ctx.PLUS() != null ? Operator.ADD : Operator.SUB;
        return support.at(new BinOp(real, op, imag), ctx);
    }
}
