package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;

import java.util.List;

/** {@code del obj[key]}. */
public final class DelItem extends Instr {
    public final Operand object;
    public final Operand key;

    public DelItem(Operand object, Operand key) {
        this.object = object;
        this.key = key;
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(object, key);
    }

    @Override
    public String opName() {
        return "delitem";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitDelItem(this);
    }
}
