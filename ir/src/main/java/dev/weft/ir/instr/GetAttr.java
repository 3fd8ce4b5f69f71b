package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** {@code obj.name}. */
public final class GetAttr extends Instr {
    public final Temp result;
    public final Operand object;
    public final String name;

    public GetAttr(Temp result, Operand object, String name) {
        this.result = result;
        this.object = object;
        this.name = name;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(object);
    }

    @Override
    public String opName() {
        return "getattr";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(name);
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitGetAttr(this);
    }
}
