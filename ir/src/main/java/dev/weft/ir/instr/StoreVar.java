package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Variable;

import java.util.List;

/** Binds a variable. */
public final class StoreVar extends Instr {
    public final Operand value;
    public final Variable variable;

    public StoreVar(Operand value, Variable variable) {
        this.value = value;
        this.variable = variable;
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(value);
    }

    @Override
    public String opName() {
        return "store";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(variable);
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitStoreVar(this);
    }
}
