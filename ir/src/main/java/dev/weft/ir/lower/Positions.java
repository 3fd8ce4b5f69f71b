package dev.weft.ir.lower;

import dev.weft.frontend.ast.Assign;
import dev.weft.frontend.ast.BinOp;
import dev.weft.frontend.ast.Call;
import dev.weft.frontend.ast.Name;
import dev.weft.frontend.ast.Node;
import dev.weft.frontend.ast.Return;
import dev.weft.frontend.ast.Stmt;
import dev.weft.frontend.ast.Subscript;
import dev.weft.ir.SourcePosition;
import dev.weft.ir.SourcePosition.Anchor;

/**
 * The source span of the instructions lowered from a node, with what CPython 3.13's traceback
 * derives from parsing the span's text: the anchors of a binary operation, subscript or call,
 * and whether the markers are omitted for a call that is the whole value of
 * {@code name = f(...)} or {@code return name(...)} (traceback.py's {@code _should_show_carets}).
 */
final class Positions {
    private Positions() { }

    /**
     * {@code statement}: the statement {@code node} belongs to (null outside one);
     * {@code statementStartsLine}: no other statement started on its line before it.
     */
    static SourcePosition of(Node node, Stmt statement, boolean statementStartsLine) {
        int line = node.lineno;
        int endLine = node.endLineno > 0 ? node.endLineno : line;
        int col = node.colOffset;
        int endCol = node.endColOffset;
        if (node instanceof BinOp op) {
            return new SourcePosition(line, endLine, col, endCol, Anchor.BINARY_OP, op.left.endLineno,
                    op.left.endColOffset, op.right.lineno, op.right.colOffset, false, false);
        }
        if (node instanceof Subscript s) {
            return new SourcePosition(line, endLine, col, endCol, Anchor.SUBSCRIPT, s.value.endLineno,
                    s.value.endColOffset, 0, 0, false, false);
        }
        if (node instanceof Call c) {
            boolean whole = statementStartsLine && statement != null && statement.lineno == line
                    && isWholeValue(c, statement);
            return new SourcePosition(line, endLine, col, endCol, Anchor.CALL, c.func.endLineno,
                    c.func.endColOffset, 0, 0, whole, c.func instanceof dev.weft.frontend.ast.Attribute);
        }
        return SourcePosition.span(line, endLine, col, endCol);
    }

    /** {@code return name(...)} or {@code name = f(...)} with {@code call} as the value. */
    private static boolean isWholeValue(Call call, Stmt statement) {
        if (statement instanceof Return r) {
            return r.value == call && call.func instanceof Name;
        }
        return statement instanceof Assign a && a.value == call && a.targets.size() == 1
                && a.targets.get(0) instanceof Name;
    }
}
