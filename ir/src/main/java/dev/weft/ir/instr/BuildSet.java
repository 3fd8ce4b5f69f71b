package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** A new set of the items. */
public final class BuildSet extends Instr {
    public final Temp result;
    public final List<Operand> items;

    public BuildSet(Temp result, List<Operand> items) {
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
        return "set";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitBuildSet(this);
    }
}
