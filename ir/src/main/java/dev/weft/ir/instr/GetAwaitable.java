package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Labeled;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** The iterator {@code yield from}/{@code await} drives: {@code iter(obj)} for yield from (a coroutine is accepted as is), {@code obj.__await__()} for await, with CPython's TypeErrors. */
public final class GetAwaitable extends Instr {
    public final Temp result;
    public final Operand object;
    public final boolean await;

    public GetAwaitable(Temp result, Operand object, boolean await) {
        this.result = result;
        this.object = object;
        this.await = await;
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
        return "get_awaitable";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(new Labeled("await", await));
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitGetAwaitable(this);
    }
}
