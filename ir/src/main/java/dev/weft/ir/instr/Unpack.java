package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Labeled;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** Unpacks an iterable into {@code targets}; with {@code starIndex >= 0} the target at that index receives a list of the surplus (CPython's messages on a length mismatch). */
public final class Unpack extends Instr {
    public final List<Temp> targets;
    public final Operand source;
    public final int starIndex;

    public Unpack(List<Temp> targets, Operand source, int starIndex) {
        this.targets = targets == null ? null : List.copyOf(targets);
        this.source = source;
        this.starIndex = starIndex;
    }

    @Override
    public List<Temp> defs() {
        return targets;
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(source);
    }

    @Override
    public String opName() {
        return "unpack";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(new Labeled("starIndex", starIndex));
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitUnpack(this);
    }
}
