package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** A call with unpacking: {@code callee(*positional, **keywords)}; {@code positional} is a tuple, {@code keywords} a dict or None. */
public final class CallEx extends Instr {
    public final Temp result;
    public final Operand callee;
    public final Operand positional;
    public final Operand keywords;

    public CallEx(Temp result, Operand callee, Operand positional, Operand keywords) {
        this.result = result;
        this.callee = callee;
        this.positional = positional;
        this.keywords = keywords;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(callee, positional, keywords);
    }

    @Override
    public String opName() {
        return "call_ex";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitCallEx(this);
    }
}
