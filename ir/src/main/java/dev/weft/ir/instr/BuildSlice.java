package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** {@code slice(lower, upper, step)}; absent parts are None. */
public final class BuildSlice extends Instr {
    public final Temp result;
    public final Operand lower;
    public final Operand upper;
    public final Operand step;

    public BuildSlice(Temp result, Operand lower, Operand upper, Operand step) {
        this.result = result;
        this.lower = lower;
        this.upper = upper;
        this.step = step;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(lower, upper, step);
    }

    @Override
    public String opName() {
        return "slice";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitBuildSlice(this);
    }
}
