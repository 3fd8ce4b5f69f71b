package dev.weft.frontend.tokenize;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * A token with CPython's positions. ANTLR's {@link #getLine()} is the start line and
 * {@link #getCharPositionInLine()} the start column in code points (0-based).
 *
 * <p>CPython's AST positions ({@code col_offset}, {@code end_col_offset}) are UTF-8 byte offsets
 * into the line: {@link #startByteCol()} and {@link #endByteCol()}. Error messages count code
 * points: {@link #startCol()} and {@link #endCol()}. All columns are 0-based; lines 1-based.
 *
 * <p>Position conventions follow CPython's {@code tokenize} module: NEWLINE spans its newline
 * character (text "\n", or "" when the file lacks a final newline); INDENT spans the
 * indentation; DEDENT is an empty token where the next token starts; the DEDENTs and the
 * ENDMARKER at the end of the file are on the line after the last one, at column 0.
 */
public final class PyToken extends CommonToken {
    private static final long serialVersionUID = 1L;

    private final int endLine;
    private final int startCol;
    private final int endCol;
    private final int startByteCol;
    private final int endByteCol;
    private String fstringDebugText;
    private String name;

    PyToken(Pair<TokenSource, CharStream> source, int type, String text, int startIndex, int stopIndex,
            int startLine, int startCol, int startByteCol, int endLine, int endCol, int endByteCol) {
        super(source, type, DEFAULT_CHANNEL, startIndex, stopIndex);
        setText(text);
        setLine(startLine);
        setCharPositionInLine(startCol);
        this.endLine = endLine;
        this.startCol = startCol;
        this.endCol = endCol;
        this.startByteCol = startByteCol;
        this.endByteCol = endByteCol;
    }

    public int startLine() {
        return getLine();
    }

    /** Start column in code points. */
    public int startCol() {
        return startCol;
    }

    /** Start column in UTF-8 bytes (CPython's {@code col_offset}). */
    public int startByteCol() {
        return startByteCol;
    }

    public int endLine() {
        return endLine;
    }

    /** End column (exclusive) in code points. */
    public int endCol() {
        return endCol;
    }

    /** End column (exclusive) in UTF-8 bytes (CPython's {@code end_col_offset}). */
    public int endByteCol() {
        return endByteCol;
    }

    /**
     * For a NAME: the identifier as CPython's parser stores it (NFKC-normalised when it has
     * non-ASCII characters); for other tokens, the text.
     */
    public String name() {
        return name != null ? name : getText();
    }

    void setName(String name) {
        this.name = name;
    }

    /**
     * For the {@code !}, {@code :} or {@code }} token that ends the expression of an f-string
     * replacement field using {@code =} (e.g. {@code f"{x = }"}): the source text of the
     * expression up to that token, comments removed, as CPython's parser uses it for the
     * debug text. Null otherwise.
     */
    public String fstringDebugText() {
        return fstringDebugText;
    }

    void setFstringDebugText(String text) {
        this.fstringDebugText = text;
    }

    @Override
    public String toString() {
        return TokenNames.name(getType()) + " " + Literal.repr(getText()) + " " + getLine() + ":" + startCol
                + "-" + endLine + ":" + endCol;
    }

    /** Minimal repr for debugging output. */
    static final class Literal {
        private Literal() {}

        static String repr(String s) {
            StringBuilder sb = new StringBuilder(s.length() + 2).append('\'');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\n': sb.append("\\n"); break;
                    case '\t': sb.append("\\t"); break;
                    case '\\': sb.append("\\\\"); break;
                    case '\'': sb.append("\\'"); break;
                    default: sb.append(c);
                }
            }
            return sb.append('\'').toString();
        }
    }
}
