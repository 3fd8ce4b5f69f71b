package dev.weft.ir.instr;

import dev.weft.ir.BasicBlock;
import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;

import java.util.List;

/** Unconditional jump. */
public final class Jump extends Instr {
    public final BasicBlock target;

    public Jump(BasicBlock target) {
        this.target = target;
    }

    @Override
    public List<Operand> uses() {
        return List.of();
    }

    @Override
    public List<BasicBlock> successors() {
        return List.of(target);
    }

    @Override
    public boolean isTerminator() {
        return true;
    }

    @Override
    public String opName() {
        return "jump";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitJump(this);
    }
}
