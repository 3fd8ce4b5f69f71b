package dev.weft.frontend.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * Parses a stretch of the token list with one grammar rule, for error reporting: CPython's
 * specific messages depend on whether the tokens around the failure form an expression.
 */
final class SubParser {
    private final List<? extends Token> tokens;

    SubParser(List<? extends Token> tokens) {
        this.tokens = tokens;
    }

    /**
     * Parses with {@code rule} from token {@code from} (up to {@code to}, exclusive) and returns
     * the index of the last token the rule matched, or -1 if it matches nothing.
     */
    int lastMatched(int from, int to, Function<PythonParser, ParserRuleContext> rule) {
        if (from < 0 || from >= to) {
            return -1;
        }
        List<Token> copies = new ArrayList<>(to - from + 1);
        for (int i = from; i < to; i++) {
            copies.add(new CommonToken(tokens.get(i)));
        }
        copies.add(new CommonToken(Token.EOF, "<EOF>"));
        PythonParser parser = new PythonParser(new CommonTokenStream(new ListTokenSource(copies)));
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        try {
            ParserRuleContext ctx = rule.apply(parser);
            return ctx.stop == null || ctx.stop.getTokenIndex() < 0 ? -1 : from + ctx.stop.getTokenIndex();
        } catch (IllegalStateException e) {
            // ParseCancellationException (the bail strategy) is one.
            return -1;
        }
    }

    /** Whether tokens {@code from..to} (inclusive) are exactly one match of {@code rule}. */
    boolean matchesExactly(int from, int to, Function<PythonParser, ParserRuleContext> rule) {
        return lastMatched(from, to + 1, rule) == to;
    }
}
