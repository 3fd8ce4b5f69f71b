package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/**
 * A mapping pattern's key lookups (CPython's {@code MATCH_KEYS}). {@code keys} is a tuple;
 * {@code result} is a tuple of the values of those keys in {@code subject}, or None when one is
 * missing. An empty {@code keys} gives {@code ()} without touching the subject. Otherwise
 * {@code get = subject.get} is looked up once, and for each key in order: a key equal to an
 * earlier one (checked by hashing into a set, so an unhashable key raises TypeError) raises
 * ValueError {@code mapping pattern checks duplicate key (<repr of key>)}; then
 * {@code get(key, sentinel)} with a fresh private sentinel object; the sentinel back means the
 * key is missing and the result is None (later keys are not looked up).
 */
public final class MatchKeys extends Instr {
    public final Temp result;
    public final Operand subject;
    public final Operand keys;

    public MatchKeys(Temp result, Operand subject, Operand keys) {
        this.result = result;
        this.subject = subject;
        this.keys = keys;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(subject, keys);
    }

    @Override
    public String opName() {
        return "match_keys";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitMatchKeys(this);
    }
}
