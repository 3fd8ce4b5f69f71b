package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** Suspends a generator, producing {@code value}; resumes with the value sent in (or raises what is thrown in). */
public final class Yield extends Instr {
    public final Temp result;
    public final Operand value;

    public Yield(Temp result, Operand value) {
        this.result = result;
        this.value = value;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(value);
    }

    @Override
    public String opName() {
        return "yield";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitYield(this);
    }
}
