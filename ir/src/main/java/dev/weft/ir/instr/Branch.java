package dev.weft.ir.instr;

import dev.weft.ir.BasicBlock;
import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;

import java.util.List;

/** Goes to {@code ifTrue} when {@code condition} is truthy, else {@code ifFalse}. */
public final class Branch extends Instr {
    public final Operand condition;
    public final BasicBlock ifTrue;
    public final BasicBlock ifFalse;

    public Branch(Operand condition, BasicBlock ifTrue, BasicBlock ifFalse) {
        this.condition = condition;
        this.ifTrue = ifTrue;
        this.ifFalse = ifFalse;
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(condition);
    }

    @Override
    public List<BasicBlock> successors() {
        return List.of(ifTrue, ifFalse);
    }

    @Override
    public boolean isTerminator() {
        return true;
    }

    @Override
    public String opName() {
        return "branch";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitBranch(this);
    }
}
