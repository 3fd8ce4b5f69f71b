package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;
import dev.weft.ir.Variable;

import java.util.List;

/** Reads a variable; an unbound local or cell raises UnboundLocalError/NameError as CPython. */
public final class LoadVar extends Instr {
    public final Temp result;
    public final Variable variable;

    public LoadVar(Temp result, Variable variable) {
        this.result = result;
        this.variable = variable;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return List.of();
    }

    @Override
    public String opName() {
        return "load";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(variable);
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitLoadVar(this);
    }
}
