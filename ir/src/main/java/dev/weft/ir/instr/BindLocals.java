package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/**
 * {@code result = callee}, except that when {@code callee} is one of the builtins that read the
 * caller's local variables ({@code locals}, {@code vars}, {@code dir}, {@code exec}, {@code eval}), it is
 * bound to a snapshot (a new dict) of the running function's bound local, cell and free
 * variables, taken now (CPython 3.13's {@code locals()} in an optimized scope, PEP 667). Emitted
 * only before calls of those names, when they are not local variables of the function.
 */
public final class BindLocals extends Instr {
    public final Temp result;
    public final Operand callee;

    public BindLocals(Temp result, Operand callee) {
        this.result = result;
        this.callee = callee;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return List.of(callee);
    }

    @Override
    public String opName() {
        return "bind_locals";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitBindLocals(this);
    }
}
