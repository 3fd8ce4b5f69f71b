package dev.weft.ir.instr;

import dev.weft.ir.BasicBlock;
import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** One step of {@code yield from}/{@code await}: sends {@code value} into {@code iterator}; if it yields, {@code result} is the yielded value and control goes to {@code yielded}; if it returns, {@code result} is its return value and control goes to {@code done}. */
public final class Send extends Instr {
    public final Temp result;
    public final Operand iterator;
    public final Operand value;
    public final BasicBlock yielded;
    public final BasicBlock done;

    public Send(Temp result, Operand iterator, Operand value, BasicBlock yielded, BasicBlock done) {
        this.result = result;
        this.iterator = iterator;
        this.value = value;
        this.yielded = yielded;
        this.done = done;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(iterator, value);
    }

    @Override
    public List<BasicBlock> successors() {
        return List.of(yielded, done);
    }

    @Override
    public boolean isTerminator() {
        return true;
    }

    @Override
    public String opName() {
        return "send";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitSend(this);
    }
}
