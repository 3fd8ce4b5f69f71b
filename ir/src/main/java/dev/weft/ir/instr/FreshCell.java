package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Variable;

import java.util.List;

/**
 * Gives a {@link Variable.Storage#CELL} variable a new, empty cell (CPython's {@code MAKE_CELL}
 * at the start of an inlined comprehension). Closures created before keep the old cell and see
 * none of the later stores; loads before the next store raise as for an unbound variable.
 * Emitted where one code object runs the same scope more than once per activation: each run of
 * an inlined comprehension gets its own cells, as a separate function call would.
 */
public final class FreshCell extends Instr {
    public final Variable variable;

    public FreshCell(Variable variable) {
        if (variable.storage != Variable.Storage.CELL) {
            throw new IllegalArgumentException("fresh_cell needs a cell variable: " + variable);
        }
        this.variable = variable;
    }

    @Override
    public List<Operand> uses() {
        return List.of();
    }

    @Override
    public String opName() {
        return "fresh_cell";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(variable);
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitFreshCell(this);
    }
}
