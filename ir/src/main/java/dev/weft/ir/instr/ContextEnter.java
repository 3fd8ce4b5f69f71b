package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Labeled;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** Starts a {@code with}: looks up {@code __enter__}/{@code __exit__} (or the async pair) on the manager's type, raising CPython's TypeError when it does not support the protocol; {@code exit} receives the bound exit method, {@code value} what enter returned (an awaitable when async). */
public final class ContextEnter extends Instr {
    public final Temp exit;
    public final Temp value;
    public final Operand manager;
    public final boolean isAsync;

    public ContextEnter(Temp exit, Temp value, Operand manager, boolean isAsync) {
        this.exit = exit;
        this.value = value;
        this.manager = manager;
        this.isAsync = isAsync;
    }

    @Override
    public List<Temp> defs() {
        return List.of(exit, value);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(manager);
    }

    @Override
    public String opName() {
        return "context_enter";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(new Labeled("isAsync", isAsync));
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitContextEnter(this);
    }
}
