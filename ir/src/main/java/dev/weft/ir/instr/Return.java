package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;

import java.util.List;

/** Returns from the function (or finishes a generator). */
public final class Return extends Instr {
    public final Operand value;

    public Return(Operand value) {
        this.value = value;
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(value);
    }

    @Override
    public boolean isTerminator() {
        return true;
    }

    @Override
    public String opName() {
        return "return";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitReturn(this);
    }
}
