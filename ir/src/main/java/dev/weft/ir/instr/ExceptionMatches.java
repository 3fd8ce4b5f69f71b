package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** {@code isinstance(exc, type)} with {@code except} clause semantics (type may be a tuple; a non-class raises TypeError). */
public final class ExceptionMatches extends Instr {
    public final Temp result;
    public final Operand exception;
    public final Operand type;

    public ExceptionMatches(Temp result, Operand exception, Operand type) {
        this.result = result;
        this.exception = exception;
        this.type = type;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(exception, type);
    }

    @Override
    public String opName() {
        return "exc_match";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitExceptionMatches(this);
    }
}
