package dev.weft.ir.instr;

import dev.weft.ir.BasicBlock;
import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** {@code next(iterator)} into {@code result} and go to {@code body}; on exhaustion go to {@code exit}. */
public final class ForIter extends Instr {
    public final Temp result;
    public final Operand iterator;
    public final BasicBlock body;
    public final BasicBlock exit;

    public ForIter(Temp result, Operand iterator, BasicBlock body, BasicBlock exit) {
        this.result = result;
        this.iterator = iterator;
        this.body = body;
        this.exit = exit;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(iterator);
    }

    @Override
    public List<BasicBlock> successors() {
        return List.of(body, exit);
    }

    @Override
    public boolean isTerminator() {
        return true;
    }

    @Override
    public String opName() {
        return "for_iter";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitForIter(this);
    }
}
