package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** Reads a builtin that user code cannot shadow (e.g. {@code AssertionError} for {@code assert}, {@code __build_class__}). */
public final class LoadBuiltin extends Instr {
    public final Temp result;
    public final String name;

    public LoadBuiltin(Temp result, String name) {
        this.result = result;
        this.name = name;
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
        return "load_builtin";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(name);
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitLoadBuiltin(this);
    }
}
