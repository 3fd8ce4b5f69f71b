package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** Copies an operand (a constant or a temporary) into a temporary. */
public final class Copy extends Instr {
    public final Temp result;
    public final Operand source;

    public Copy(Temp result, Operand source) {
        this.result = result;
        this.source = source;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(source);
    }

    @Override
    public String opName() {
        return "copy";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitCopy(this);
    }
}
