package dev.weft.ir.instr;

import dev.weft.frontend.ast.Operator;
import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Labeled;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** A binary operator; {@code inplace} selects the augmented form ({@code __iadd__} first). */
public final class BinaryOp extends Instr {
    public final Temp result;
    public final Operand left;
    public final Operand right;
    public final Operator op;
    public final boolean inplace;

    public BinaryOp(Temp result, Operand left, Operand right, Operator op, boolean inplace) {
        this.result = result;
        this.left = left;
        this.right = right;
        this.op = op;
        this.inplace = inplace;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(left, right);
    }

    @Override
    public String opName() {
        return "binop";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(op, new Labeled("inplace", inplace));
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitBinaryOp(this);
    }
}
