package dev.weft.frontend.parser;

import dev.weft.frontend.ast.Expression;
import dev.weft.frontend.ast.Mod;
import dev.weft.frontend.ast.Module;
import dev.weft.frontend.error.PythonSyntaxError;
import dev.weft.frontend.tokenize.SourceReader;
import dev.weft.frontend.tokenize.SourceText;
import dev.weft.frontend.tokenize.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The parser's entry point: Python source → {@link Module}, as CPython 3.13's {@code ast.parse}
 * builds it, or a {@link PythonSyntaxError} (SyntaxError, IndentationError or TabError) with
 * CPython's message and position. No other exception escapes.
 *
 * <p>Parsing is two-staged: SLL prediction with bail-out first (fast, enough for almost all
 * code), and full LL prediction only when that fails, which also locates the syntax error.
 */
public final class PythonParsing {
    private PythonParsing() {}

    /** Parses a module from the bytes of a source file (encoding declaration and BOM honoured). */
    public static Module parse(byte[] source, String filename) {
        return guarded(filename, () -> parse(SourceReader.read(source, filename)));
    }

    /** Parses a module from already decoded source text. */
    public static Module parse(String source, String filename) {
        return guarded(filename, () -> parse(SourceText.of(source, filename)));
    }

    /** Parses an expression as {@code ast.parse(source, mode='eval')} (what {@code eval()} compiles). */
    public static Expression parseExpression(String source, String filename) {
        return guarded(filename, () -> parse(SourceText.of(source, filename), true)) instanceof Expression e ? e : null;
    }

    private static Module parse(SourceText text) {
        return (Module) parse(text, false);
    }

    private static Mod parse(SourceText text, boolean eval) {
        String filename = text.filename();
        List<Token> tokens = new ArrayList<>();
        PythonSyntaxError tokenizerError = null;
        Tokenizer tokenizer = new Tokenizer(text);
        try {
            while (true) {
                Token t = tokenizer.nextToken();
                tokens.add(t);
                if (t.getType() == Token.EOF) {
                    break;
                }
            }
        } catch (PythonSyntaxError e) {
            tokenizerError = e;
            tokens.add(new CommonToken(Token.EOF, "<EOF>"));
        }
        BuildSupport support = new BuildSupport(tokens, SourceLines.of(text), filename, text);
        SoftKeywords.retag(tokens);
        if (tokenizerError != null) {
            ParseOutcome outcome = parseTree(tokens, eval);
            if (outcome.tree != null || outcome.failedAt >= tokens.size() - 1) {
                throw tokenizerError;
            }
            PythonSyntaxError parserError = new SyntaxErrorReporter(support).report(outcome.failure, outcome.failedAt);
            // CPython's second pass, looking for a specific message, reads a token further.
            int furthest = parserError.msg.equals("invalid syntax") ? outcome.failedAt
                : Math.min(outcome.failedAt + 1, tokens.size() - 1);
            int furthestLine = TokenPositions.line(tokens.get(furthest));
            throw tokenizerErrorWins(parserError, furthestLine, tokenizerError) ? tokenizerError : parserError;
        }
        return build(tokens, support, eval);
    }

    /** Messages CPython builds from the tokenizer's state rather than raising them in the tokenizer. */
    private static final java.util.Set<String> TOKENIZER_STATE_MESSAGES = java.util.Set.of(
        "unindent does not match any outer indentation level",
        "inconsistent use of tabs and spaces in indentation",
        "too many levels of indentation",
        "unexpected character after line continuation character",
        "unexpected EOF while parsing");

    /**
     * CPython's choice when the parser fails before a tokenizer error further on: it tokenizes
     * the rest of the source, and an error the tokenizer raises itself replaces the parser's
     * (not those CPython derives from the tokenizer's state, nor an unexpected indent); an
     * unclosed bracket wins when it was opened on a line before the furthest token the parser read.
     */
    private static boolean tokenizerErrorWins(PythonSyntaxError parserError, int furthestLine,
                                              PythonSyntaxError tokenizerError) {
        if (tokenizerError.msg.endsWith("was never closed")) {
            return furthestLine > tokenizerError.lineno;
        }
        if (TOKENIZER_STATE_MESSAGES.contains(tokenizerError.msg)) {
            return false;
        }
        return !parserError.msg.equals("unexpected indent");
    }

    /**
     * Parses a module from tokens (ending with EOF) and the decoded source text (for error lines
     * and f-string debug text); for token sources other than the tokenizer, e.g. in tests.
     */
    static Module parseTokens(List<? extends Token> tokens, String sourceText, String filename) {
        return guarded(filename, () -> {
            BuildSupport support = new BuildSupport(tokens, new SourceLines(sourceText), filename, null);
            SoftKeywords.retag(tokens);
            return (Module) build(tokens, support, false);
        });
    }

    private static Mod build(List<? extends Token> tokens, BuildSupport support, boolean eval) {
        ParseOutcome outcome = parseTree(tokens, eval);
        if (outcome.tree == null) {
            throw new SyntaxErrorReporter(support).report(outcome.failure, outcome.failedAt);
        }
        StatementBuilder builder = new StatementBuilder(support);
        return eval ? builder.expression((PythonParser.Eval_inputContext) outcome.tree)
                    : builder.module((PythonParser.File_inputContext) outcome.tree);
    }

    private interface Work {
        Mod run();
    }

    /** Stack for a retry of a parse too deeply nested for the caller's thread. */
    private static final long DEEP_STACK_BYTES = 1L << 30;

    /**
     * Runs a parse, turning any failure that is not a PythonSyntaxError into one. Deeply nested
     * source can exhaust a thread's stack (the parser and the builder recurse); such a parse is
     * retried once on a thread with a large stack.
     */
    private static <T extends Mod> T guarded(String filename, Work work) {
        try {
            @SuppressWarnings("unchecked")
            T result = (T) work.run();
            return result;
        } catch (StackOverflowError e) {
            @SuppressWarnings("unchecked")
            T result = (T) onDeepStack(filename, work);
            return result;
        } catch (PythonSyntaxError e) {
            throw e;
        } catch (RuntimeException e) {
            throw internalError(filename, e);
        }
    }

    private static Mod onDeepStack(String filename, Work work) {
        Object[] result = new Object[1];
        Thread thread = new Thread(null, () -> {
            try {
                result[0] = work.run();
            } catch (StackOverflowError e) {
                result[0] = new PythonSyntaxError("SyntaxError", "too many nested parentheses", filename, 0, 0, 0, 0, null);
            } catch (PythonSyntaxError e) {
                result[0] = e;
            } catch (RuntimeException e) {
                result[0] = internalError(filename, e);
            }
        }, "weft-deep-parse", DEEP_STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PythonSyntaxError("SyntaxError", "parse interrupted", filename, 0, 0, 0, 0, null);
        }
        if (result[0] instanceof PythonSyntaxError e) {
            throw e;
        }
        return (Mod) result[0];
    }

    private static PythonSyntaxError internalError(String filename, RuntimeException e) {
        return new PythonSyntaxError("SyntaxError", "internal error in the parser: " + e, filename, 0, 0, 0, 0, null);
    }

    /** A parse tree, or where and how the parse failed. */
    private record ParseOutcome(ParserRuleContext tree, RecognitionException failure, int failedAt) {}

    private static ParseOutcome parseTree(List<? extends Token> tokens, boolean eval) {
        @SuppressWarnings("unchecked")
        ListTokenSource source = new ListTokenSource((List<Token>) tokens);
        CommonTokenStream stream = new CommonTokenStream(source);
        PythonParser parser = new PythonParser(stream);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return new ParseOutcome(eval ? parser.eval_input() : parser.file_input(), null, -1);
        } catch (ParseCancellationException sllFailure) {
            stream.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                return new ParseOutcome(eval ? parser.eval_input() : parser.file_input(), null, -1);
            } catch (ParseCancellationException llFailure) {
                RecognitionException cause = llFailure.getCause() instanceof RecognitionException r ? r : null;
                Token offending = cause != null && cause.getOffendingToken() != null
                    ? cause.getOffendingToken() : parser.getCurrentToken();
                return new ParseOutcome(null, cause, offending.getTokenIndex());
            }
        }
    }
}
