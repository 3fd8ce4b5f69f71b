package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;

import java.util.List;

/** {@code raise exc from cause}; {@code exc} is an exception instance or class; {@code cause} is absent (null) when there is no {@code from}. */
public final class Raise extends Instr {
    public final Operand exception;
    public final Operand cause;

    public Raise(Operand exception, Operand cause) {
        this.exception = exception;
        this.cause = cause;
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(exception, cause);
    }

    @Override
    public boolean isTerminator() {
        return true;
    }

    @Override
    public String opName() {
        return "raise";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitRaise(this);
    }
}
