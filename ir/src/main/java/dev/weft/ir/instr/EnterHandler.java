package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** Makes {@code exception} the one being handled ({@code sys.exception()}, the context of new exceptions); returns the previous one. */
public final class EnterHandler extends Instr {
    public final Temp result;
    public final Operand exception;

    public EnterHandler(Temp result, Operand exception) {
        this.result = result;
        this.exception = exception;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(exception);
    }

    @Override
    public String opName() {
        return "enter_handler";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitEnterHandler(this);
    }
}
