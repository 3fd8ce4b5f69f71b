package dev.weft.ir.instr;

import dev.weft.frontend.ast.CmpOpKind;
import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** One comparison ({@code ==}, {@code <}, {@code is}, {@code in}, ...); chains are lowered to branches. */
public final class Compare extends Instr {
    public final Temp result;
    public final Operand left;
    public final Operand right;
    public final CmpOpKind op;

    public Compare(Temp result, Operand left, Operand right, CmpOpKind op) {
        this.result = result;
        this.left = left;
        this.right = right;
        this.op = op;
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
        return "compare";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(op);
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitCompare(this);
    }
}
