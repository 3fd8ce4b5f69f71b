package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Labeled;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** {@code iter(obj)}, or {@code aiter(obj)} when async. */
public final class GetIter extends Instr {
    public final Temp result;
    public final Operand object;
    public final boolean isAsync;

    public GetIter(Temp result, Operand object, boolean isAsync) {
        this.result = result;
        this.object = object;
        this.isAsync = isAsync;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(object);
    }

    @Override
    public String opName() {
        return "iter";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(new Labeled("isAsync", isAsync));
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitGetIter(this);
    }
}
