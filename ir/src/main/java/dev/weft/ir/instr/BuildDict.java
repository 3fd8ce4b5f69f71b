package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** A new dict; {@code items} alternates keys and values. */
public final class BuildDict extends Instr {
    public final Temp result;
    public final List<Operand> items;

    public BuildDict(Temp result, List<Operand> items) {
        this.result = result;
        this.items = items == null ? null : List.copyOf(items);
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.concat(items);
    }

    @Override
    public String opName() {
        return "dict";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitBuildDict(this);
    }
}
