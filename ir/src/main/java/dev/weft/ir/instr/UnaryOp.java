package dev.weft.ir.instr;

import dev.weft.frontend.ast.UnaryOpKind;
import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** A unary operator ({@code not} included). */
public final class UnaryOp extends Instr {
    public final Temp result;
    public final Operand operand;
    public final UnaryOpKind op;

    public UnaryOp(Temp result, Operand operand, UnaryOpKind op) {
        this.result = result;
        this.operand = operand;
        this.op = op;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(operand);
    }

    @Override
    public String opName() {
        return "unop";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(op);
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitUnaryOp(this);
    }
}
