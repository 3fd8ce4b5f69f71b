package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Variable;

import java.util.List;

/** Unbinds a variable ({@code del x}); deleting an unbound one raises as CPython. */
public final class DeleteVar extends Instr {
    public final Variable variable;

    public DeleteVar(Variable variable) {
        this.variable = variable;
    }

    @Override
    public List<Operand> uses() {
        return List.of();
    }

    @Override
    public String opName() {
        return "delete";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(variable);
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitDeleteVar(this);
    }
}
