package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;

import java.util.List;

/** {@code obj.name = value}. */
public final class SetAttr extends Instr {
    public final Operand object;
    public final Operand value;
    public final String name;

    public SetAttr(Operand object, Operand value, String name) {
        this.object = object;
        this.value = value;
        this.name = name;
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(object, value);
    }

    @Override
    public String opName() {
        return "setattr";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(name);
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitSetAttr(this);
    }
}
