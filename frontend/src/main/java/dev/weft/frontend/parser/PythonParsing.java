package dev.weft.frontend.parser;

import dev.weft.frontend.ast.Module;
import dev.weft.frontend.error.PythonSyntaxError;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The parser's entry point: tokens → parse tree → {@link Module}, as CPython's {@code ast.parse}
 * builds it, or a {@link PythonSyntaxError} with CPython's message and position.
 *
 * <p>Parsing is two-staged: SLL prediction with bail-out first (fast, enough for almost all
 * code), and full LL prediction only when that fails, which also locates the syntax error.
 */
public final class PythonParsing {
    private PythonParsing() {}

    /** How many parses needed the full-LL second stage (for measurements). */
    static final java.util.concurrent.atomic.AtomicInteger LL_FALLBACKS = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Parses a module from its tokens (ending with EOF) and its decoded source text (for error
     * lines and f-string debug text).
     */
    public static Module parseTokens(List<? extends Token> tokens, String sourceText, String filename) {
        SourceLines source = new SourceLines(sourceText);
        BuildSupport support = new BuildSupport(tokens, source, filename);
        try {
            SoftKeywords.retag(tokens);
            PythonParser.File_inputContext tree = parseTree(tokens, support);
            return new StatementBuilder(support).module(tree);
        } catch (PythonSyntaxError e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new PythonSyntaxError("SyntaxError", "too many nested parentheses", filename, 0, 0, 0, 0, null);
        } catch (RuntimeException e) {
            throw new PythonSyntaxError("SyntaxError", "internal parser error: " + e, filename, 0, 0, 0, 0, null);
        }
    }

    private static PythonParser.File_inputContext parseTree(List<? extends Token> tokens, BuildSupport support) {
        @SuppressWarnings("unchecked")
        ListTokenSource source = new ListTokenSource((List<Token>) tokens);
        CommonTokenStream stream = new CommonTokenStream(source);
        PythonParser parser = new PythonParser(stream);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return parser.file_input();
        } catch (ParseCancellationException sllFailure) {
            LL_FALLBACKS.incrementAndGet();
            stream.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                return parser.file_input();
            } catch (ParseCancellationException llFailure) {
                RecognitionException cause = llFailure.getCause() instanceof RecognitionException r ? r : null;
                throw new SyntaxErrorReporter(support).report(cause, parser);
            }
        }
    }
}
