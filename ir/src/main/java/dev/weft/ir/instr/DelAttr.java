package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;

import java.util.List;

/** {@code del obj.name}. */
public final class DelAttr extends Instr {
    public final Operand object;
    public final String name;

    public DelAttr(Operand object, String name) {
        this.object = object;
        this.name = name;
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(object);
    }

    @Override
    public String opName() {
        return "delattr";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(name);
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitDelAttr(this);
    }
}
