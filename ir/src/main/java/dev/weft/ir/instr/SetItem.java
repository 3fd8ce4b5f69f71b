package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;

import java.util.List;

/** {@code obj[key] = value}. */
public final class SetItem extends Instr {
    public final Operand object;
    public final Operand key;
    public final Operand value;

    public SetItem(Operand object, Operand key, Operand value) {
        this.object = object;
        this.key = key;
        this.value = value;
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(object, key, value);
    }

    @Override
    public String opName() {
        return "setitem";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitSetItem(this);
    }
}
