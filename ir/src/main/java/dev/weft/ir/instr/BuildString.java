package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** Concatenates str parts (an f-string). */
public final class BuildString extends Instr {
    public final Temp result;
    public final List<Operand> parts;

    public BuildString(Temp result, List<Operand> parts) {
        this.result = result;
        this.parts = parts == null ? null : List.copyOf(parts);
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.concat(parts);
    }

    @Override
    public String opName() {
        return "string";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitBuildString(this);
    }
}
