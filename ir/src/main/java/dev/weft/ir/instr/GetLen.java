package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/**
 * {@code len(object)} as an int (CPython's {@code GET_LEN}, used by sequence and mapping
 * patterns): {@code __len__} with the builtin's checks and TypeError {@code object of type
 * '<type>' has no len()}.
 */
public final class GetLen extends Instr {
    public final Temp result;
    public final Operand object;

    public GetLen(Temp result, Operand object) {
        this.result = result;
        this.object = object;
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
        return "len";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitGetLen(this);
    }
}
