package dev.weft.runtimecompiler;

import dev.weft.frontend.error.PythonSyntaxError;
import dev.weft.frontend.parser.PythonParser;
import dev.weft.frontend.tokenize.PyToken;
import dev.weft.frontend.tokenize.SourceText;
import dev.weft.frontend.tokenize.TokenNames;
import dev.weft.frontend.tokenize.Tokenizer;
import dev.weft.runtime.compile.SourceTokenizer;

/**
 * The runtime's {@link SourceTokenizer}: the frontend's tokenizer, which already follows the
 * positions of CPython's {@code tokenize} module, with the adjustments CPython's
 * {@code _tokenize.TokenizerIter} makes: with extra tokens, operators are OP, keywords NAME,
 * and the tokens after the last line have an empty {@code line}; without, COMMENT and NL are
 * left out and types are exact.
 */
public final class FrontendSourceTokenizer implements SourceTokenizer {
    /** The file name of tokenizer errors, as CPython's TokenizerIter reports them. */
    static final String FILENAME = "<string>";

    @Override
    public Tokens tokenize(String source, boolean extraTokens) {
        Tokenizer tokenizer = Tokenizer.forString(source, FILENAME).keepTrivia(extraTokens);
        SourceText text = tokenizer.source();
        boolean[] crlf = crlfLines(source);
        return () -> {
            PyToken t;
            try {
                t = tokenizer.nextToken();
            } catch (PythonSyntaxError e) {
                throw BackendCodeCompiler.syntaxError(asTokenizeError(e, text));
            }
            int type = t.getType();
            if (type == PythonParser.EOF) {
                return null;
            }
            String string = t.getText();
            int endCol = t.endCol();
            boolean newline = type == PythonParser.NEWLINE || type == TokenNames.NL;
            if (newline && extraTokens && string.equals("\n") && isCrlf(crlf, t.startLine())) {
                string = "\r\n";
                endCol++;
            }
            return new Token(typeName(type, extraTokens), string, t.startLine(), t.startCol(), t.endLine(),
                    endCol, line(text, crlf, t, type, extraTokens));
        };
    }

    /**
     * The errors CPython's tokenizer reports itself where the frontend reports the parser's
     * (an unclosed bracket or a continuation line at the end of the source).
     */
    private static PythonSyntaxError asTokenizeError(PythonSyntaxError e, SourceText text) {
        if (e.type.equals("SyntaxError") && e.msg.endsWith("was never closed")) {
            return new PythonSyntaxError("SyntaxError", EOF_IN_STATEMENT, e.filename, text.lineCount(), 0,
                    text.lineCount(), 0, e.text);
        }
        if (e.type.equals("SyntaxError") && e.msg.equals("unexpected EOF while parsing")) {
            return new PythonSyntaxError("SyntaxError", EOF_IN_STATEMENT, e.filename, e.lineno, e.offset,
                    e.endLineno, e.endOffset, e.text);
        }
        return e;
    }

    private static final String EOF_IN_STATEMENT = "unexpected EOF in multi-line statement";

    /** Which lines (1-based) of the original source end in "\r\n" (the tokenizer sees "\n"), or null if none. */
    private static boolean[] crlfLines(String source) {
        if (source.indexOf('\r') < 0) {
            return null;
        }
        java.util.List<Boolean> ends = new java.util.ArrayList<>();
        ends.add(false);
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\r') {
                boolean pair = i + 1 < source.length() && source.charAt(i + 1) == '\n';
                ends.add(pair);
                if (pair) {
                    i++;
                }
            } else if (c == '\n') {
                ends.add(false);
            }
        }
        boolean[] out = new boolean[ends.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ends.get(i);
        }
        return out;
    }

    private static boolean isCrlf(boolean[] crlf, int line) {
        return crlf != null && line < crlf.length && crlf[line];
    }

    private static String typeName(int type, boolean extraTokens) {
        if (TokenNames.isKeyword(type)) {
            return "NAME";
        }
        String name = TokenNames.name(type);
        if (extraTokens && isOperator(type)) {
            return "OP";
        }
        return name;
    }

    /** Whether the type is an operator or delimiter (the exact types tokenize reports as OP). */
    private static boolean isOperator(int type) {
        switch (type) {
            case PythonParser.NAME: case PythonParser.NUMBER: case PythonParser.STRING:
            case PythonParser.NEWLINE: case PythonParser.INDENT: case PythonParser.DEDENT:
            case PythonParser.ENDMARKER: case PythonParser.FSTRING_START: case PythonParser.FSTRING_MIDDLE:
            case PythonParser.FSTRING_END: case TokenNames.COMMENT: case TokenNames.NL:
                return false;
            default:
                return true;
        }
    }

    /**
     * The physical line(s) of a token: from its first line for a string (its text may span
     * lines), else the line it ends on; empty for the DEDENTs and ENDMARKER after the last line.
     */
    private static String line(SourceText text, boolean[] crlf, PyToken t, int type, boolean extraTokens) {
        int last = t.endLine();
        if (extraTokens && last > text.lineCount()) {
            return "";
        }
        boolean stringLiteral = type == PythonParser.STRING || type == PythonParser.FSTRING_MIDDLE;
        int first = stringLiteral ? t.startLine() : last;
        StringBuilder sb = new StringBuilder();
        for (int l = first; l <= last; l++) {
            String physical = text.lineWithNewline(l);
            sb.append(isCrlf(crlf, l) && physical.endsWith("\n")
                    ? physical.substring(0, physical.length() - 1) + "\r\n" : physical);
        }
        return sb.toString();
    }
}
