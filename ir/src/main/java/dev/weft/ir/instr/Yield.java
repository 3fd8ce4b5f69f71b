package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** Suspends a generator, producing {@code value}; resumes with the value sent in (or raises what is thrown in). Inside {@code yield from}/{@code await}, {@code delegate} is the sub-iterator that {@code throw()} and {@code close()} are forwarded to first; otherwise it is absent (null). */
public final class Yield extends Instr {
    public final Temp result;
    public final Operand value;
    public final Operand delegate;

    public Yield(Temp result, Operand value, Operand delegate) {
        this.result = result;
        this.value = value;
        this.delegate = delegate;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(value, delegate);
    }

    @Override
    public String opName() {
        return "yield";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitYield(this);
    }
}
