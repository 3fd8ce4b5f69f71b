package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;

import java.util.List;

/** Restores the previously handled exception. */
public final class ExitHandler extends Instr {
    public final Operand previous;

    public ExitHandler(Operand previous) {
        this.previous = previous;
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(previous);
    }

    @Override
    public String opName() {
        return "exit_handler";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitExitHandler(this);
    }
}
