package dev.weft.ir;

import java.util.List;

/**
 * One IR instruction. Instructions are small immutable-shaped classes (one per operation, in
 * {@code dev.weft.ir.instr}); a pass that changes one replaces it in its block.
 */
public abstract class Instr {
    private int line;
    private SourcePosition position;

    /** The Python source line this instruction belongs to (for tracebacks); 0 if none. */
    public final int line() {
        return line;
    }

    /** Sets the source line and returns this instruction. */
    public final Instr atLine(int line) {
        this.line = line;
        return this;
    }

    /** The source span this instruction comes from (for traceback markers), or null if not known. */
    public final SourcePosition position() {
        return position;
    }

    /** Sets the source span (its line becomes the instruction's line) and returns this instruction. */
    public final Instr atPosition(SourcePosition position) {
        this.position = position;
        if (position != null) {
            this.line = position.line();
        }
        return this;
    }

    /** Copies the line and source span of {@code other} and returns this instruction. */
    public final Instr atSameAs(Instr other) {
        this.line = other.line;
        this.position = other.position;
        return this;
    }

    /** The temporaries this instruction defines (most define at most one). */
    public List<Temp> defs() {
        return List.of();
    }

    /** The operands this instruction reads, in printing order. */
    public abstract List<Operand> uses();

    /** The blocks control may flow to after this instruction; only terminators have any. */
    public List<BasicBlock> successors() {
        return List.of();
    }

    /** Whether this instruction ends its block. */
    public boolean isTerminator() {
        return false;
    }

    /** The mnemonic the printer shows, e.g. {@code binop}. */
    public abstract String opName();

    /** Non-operand details the printer shows after the operands: names, operators, counts. */
    public List<Object> attributes() {
        return List.of();
    }

    public abstract <R> R accept(InstrVisitor<R> visitor);
}
