package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** The exception being handled; the first instruction of every handler block. */
public final class CaughtException extends Instr {
    public final Temp result;

    public CaughtException(Temp result) {
        this.result = result;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return List.of();
    }

    @Override
    public String opName() {
        return "caught";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitCaughtException(this);
    }
}
