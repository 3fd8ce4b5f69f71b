package dev.weft.frontend.parser;

import dev.weft.frontend.ast.Node;
import dev.weft.frontend.error.PythonSyntaxError;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * What the AST builders share: the token list, the source text and the helpers that give nodes
 * CPython's positions and raise CPython's syntax errors.
 *
 * <p>CPython's node positions run from the first token of the grammar rule to its last token that
 * is not NEWLINE, INDENT or DEDENT; {@link #at(Node, ParserRuleContext)} does the same.
 */
final class BuildSupport {
    final List<? extends Token> tokens;
    final SourceLines source;
    final String filename;

    BuildSupport(List<? extends Token> tokens, SourceLines source, String filename) {
        this.tokens = tokens;
        this.source = source;
        this.filename = filename;
    }

    /** Gives {@code node} the span of {@code ctx}. */
    <T extends Node> T at(T node, ParserRuleContext ctx) {
        return at(node, ctx.start, ctx.stop);
    }

    /** Gives {@code node} the span from {@code first} to {@code last} (skipping trailing layout tokens). */
    <T extends Node> T at(T node, Token first, Token last) {
        Token end = lastSignificant(last);
        return node.at(TokenPositions.line(first), TokenPositions.col(first),
                       TokenPositions.endLine(end), TokenPositions.endCol(end));
    }

    /** Gives {@code node} the span from the start of {@code first} to the end of {@code last}. */
    <T extends Node> T at(T node, Node first, Node last) {
        return node.at(first.lineno, first.colOffset, last.endLineno, last.endColOffset);
    }

    /** Gives {@code node} the span from token {@code first} to the end of node {@code last}. */
    <T extends Node> T at(T node, Token first, Node last) {
        return node.at(TokenPositions.line(first), TokenPositions.col(first), last.endLineno, last.endColOffset);
    }

    /** Gives {@code node} the span from node {@code first} to token {@code last}. */
    <T extends Node> T at(T node, Node first, Token last) {
        Token end = lastSignificant(last);
        return node.at(first.lineno, first.colOffset, TokenPositions.endLine(end), TokenPositions.endCol(end));
    }

    Token lastSignificant(Token t) {
        int i = t.getTokenIndex();
        while (i > 0 && isLayout(t.getType())) {
            t = tokens.get(--i);
        }
        return t;
    }

    /** The token just before {@code t} in the stream. */
    Token previous(Token t) {
        int i = t.getTokenIndex();
        return i > 0 ? tokens.get(i - 1) : t;
    }

    /** The token just after {@code t} in the stream. */
    Token next(Token t) {
        int i = t.getTokenIndex();
        return i + 1 < tokens.size() ? tokens.get(i + 1) : t;
    }

    private static boolean isLayout(int type) {
        return type == PythonParser.NEWLINE || type == PythonParser.INDENT || type == PythonParser.DEDENT
            || type == PythonParser.ENDMARKER || type == Token.EOF;
    }

    // ------------------------------------------------------------------ errors

    PythonSyntaxError error(String msg, Node node) {
        return error("SyntaxError", msg, node.lineno, node.colOffset, node.endLineno, node.endColOffset);
    }

    PythonSyntaxError error(String msg, Token token) {
        return error(msg, token, token);
    }

    PythonSyntaxError error(String msg, TerminalNode token) {
        return error(msg, token.getSymbol());
    }

    PythonSyntaxError error(String msg, Token first, Token last) {
        return error("SyntaxError", msg, TokenPositions.line(first), TokenPositions.col(first),
                     TokenPositions.endLine(last), TokenPositions.endCol(last));
    }

    PythonSyntaxError error(String msg, ParserRuleContext ctx) {
        return error(msg, ctx.start, lastSignificant(ctx.stop));
    }

    /** An error from a node's start to another node's end. */
    PythonSyntaxError error(String msg, Node first, Node last) {
        return error("SyntaxError", msg, first.lineno, first.colOffset, last.endLineno, last.endColOffset);
    }

    /** An error with CPython positions given in byte columns (converted to character offsets). */
    PythonSyntaxError error(String type, String msg, int line, int col, int endLine, int endCol) {
        String text = source.line(line);
        int offset = source.offset(line, col);
        int endOffset = source.offset(endLine, endCol);
        return new PythonSyntaxError(type, msg, filename, line, offset, endLine, endOffset, text);
    }
}
