package dev.weft.frontend.ast;

import java.util.List;

/**
 * Base of every node of the syntax tree, which mirrors CPython 3.13's {@code ast} module: the same
 * node names, fields (in the same order) and, for nodes that have them, the same positions.
 *
 * <p>Positions follow CPython: {@code lineno}/{@code endLineno} are 1-based lines and
 * {@code colOffset}/{@code endColOffset} are 0-based offsets in UTF-8 bytes of the line.
 */
public abstract class Node {
    public int lineno;
    public int colOffset;
    public int endLineno;
    public int endColOffset;

    /** CPython's attribute names, in the order {@code ast.dump(include_attributes=True)} prints them. */
    public static final List<String> ATTRIBUTES = List.of("lineno", "col_offset", "end_lineno", "end_col_offset");

    /** The name of the CPython class, e.g. {@code BinOp}. */
    public abstract String nodeName();

    /** CPython's {@code _fields}, in order. */
    public abstract List<String> fieldNames();

    /**
     * The value of field {@code index}: a {@link Node}, an enum constant of a simple sum type
     * (e.g. {@link Operator}), a {@link List}, a {@code String} identifier, an {@code Integer},
     * a constant (see {@link ConstantValue}) or {@code null} for an absent optional field.
     */
    public abstract Object field(int index);

    /** Whether this node carries positions (CPython's {@code _attributes} is not empty). */
    public abstract boolean hasLocation();

    public abstract <R> R accept(Visitor<R> visitor);

    /** Sets the four positions and returns this node. */
    public final <T extends Node> T at(int lineno, int colOffset, int endLineno, int endColOffset) {
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
        @SuppressWarnings("unchecked")
        T self = (T) this;
        return self;
    }

    /** Copies the positions of {@code other} and returns this node. */
    public final <T extends Node> T at(Node other) {
        return at(other.lineno, other.colOffset, other.endLineno, other.endColOffset);
    }
}
