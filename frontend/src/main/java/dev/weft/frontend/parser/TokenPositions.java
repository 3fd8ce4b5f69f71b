package dev.weft.frontend.parser;

import org.antlr.v4.runtime.Token;

/**
 * CPython positions of a token: 1-based start and end lines, 0-based UTF-8 byte columns.
 *
 * <p>Tokens that know their end (the tokenizer's) implement {@link Span}; for any other token the
 * end is derived from its text, which is exact for single-line tokens.
 */
final class TokenPositions {
    private TokenPositions() {}

    /** A token that carries CPython's start and end positions. */
    interface Span {
        int startLine();

        int startCol();

        int endLine();

        int endCol();
    }

    static int line(Token t) {
        return t instanceof Span s ? s.startLine() : t.getLine();
    }

    static int col(Token t) {
        return t instanceof Span s ? s.startCol() : t.getCharPositionInLine();
    }

    static int endLine(Token t) {
        return t instanceof Span s ? s.endLine() : t.getLine();
    }

    static int endCol(Token t) {
        if (t instanceof Span s) {
            return s.endCol();
        }
        String text = t.getText();
        int bytes = 0;
        for (int i = 0; text != null && i < text.length(); ) {
            int cp = text.codePointAt(i);
            bytes += SourceLines.utf8Length(cp);
            i += Character.charCount(cp);
        }
        return t.getCharPositionInLine() + bytes;
    }
}
