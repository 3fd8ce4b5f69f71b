package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** {@code obj[key]}. */
public final class GetItem extends Instr {
    public final Temp result;
    public final Operand object;
    public final Operand key;

    public GetItem(Temp result, Operand object, Operand key) {
        this.result = result;
        this.object = object;
        this.key = key;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(object, key);
    }

    @Override
    public String opName() {
        return "getitem";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitGetItem(this);
    }
}
