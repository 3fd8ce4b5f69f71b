package dev.weft.ir;

/**
 * Where in the source an instruction comes from, as CPython 3.13's {@code co_positions} gives it
 * (1-based lines, 0-based columns in UTF-8 bytes of the line), plus what a traceback needs to
 * draw its markers without parsing: for a binary operation, subscript or call, the end of the
 * left operand / value / callee and, for a binary operation, the start of the right operand
 * (the traceback finds the operator or bracket between them in the source line), and whether
 * the markers are left out because the expression is the whole {@code x = f(...)} or
 * {@code return f(...)} statement (3.13's {@code _should_show_carets}). {@code methodCall}: a
 * call of an attribute ({@code obj.name(...)}), whose one instruction also looks the attribute
 * up (CPython blames the attribute's span for an AttributeError of that lookup).
 */
public record SourcePosition(int line, int endLine, int col, int endCol, Anchor anchor, int splitLine,
                             int splitCol, int rightLine, int rightCol, boolean noCarets, boolean methodCall) {

    /** The kind of sub-expression split a traceback marks with {@code ~} and {@code ^}. */
    public enum Anchor { NONE, BINARY_OP, SUBSCRIPT, CALL }

    /** A span without anchors. */
    public static SourcePosition span(int line, int endLine, int col, int endCol) {
        return new SourcePosition(line, endLine, col, endCol, Anchor.NONE, 0, 0, 0, 0, false, false);
    }

    /** A line without columns. */
    public static SourcePosition lineOnly(int line) {
        return new SourcePosition(line, line, -1, -1, Anchor.NONE, 0, 0, 0, 0, false, false);
    }

    public boolean hasColumns() {
        return col >= 0 && endCol >= 0;
    }
}
