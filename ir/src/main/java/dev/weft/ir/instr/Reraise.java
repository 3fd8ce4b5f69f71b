package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;

import java.util.List;

/** Re-raises a caught exception unchanged (bare {@code raise}, the end of {@code finally}). */
public final class Reraise extends Instr {
    public final Operand exception;

    public Reraise(Operand exception) {
        this.exception = exception;
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(exception);
    }

    @Override
    public boolean isTerminator() {
        return true;
    }

    @Override
    public String opName() {
        return "reraise";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitReraise(this);
    }
}
