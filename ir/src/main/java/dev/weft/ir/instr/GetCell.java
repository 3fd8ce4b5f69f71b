package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;
import dev.weft.ir.Variable;

import java.util.List;

/** The cell object of a cell or free variable itself (a class body hands its {@code __class__} cell to {@code type.__new__} as {@code __classcell__}). */
public final class GetCell extends Instr {
    public final Temp result;
    public final Variable variable;

    public GetCell(Temp result, Variable variable) {
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
        return "get_cell";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(variable);
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitGetCell(this);
    }
}
