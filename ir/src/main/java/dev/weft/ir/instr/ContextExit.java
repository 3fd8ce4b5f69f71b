package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** Calls a {@code with}'s bound exit method: with None three times when {@code exception} is None, else with the exception's type, the exception and its traceback; the result says whether to suppress it (an awaitable when async). */
public final class ContextExit extends Instr {
    public final Temp result;
    public final Operand exit;
    public final Operand exception;

    public ContextExit(Temp result, Operand exit, Operand exception) {
        this.result = result;
        this.exit = exit;
        this.exception = exception;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(exit, exception);
    }

    @Override
    public String opName() {
        return "context_exit";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitContextExit(this);
    }
}
