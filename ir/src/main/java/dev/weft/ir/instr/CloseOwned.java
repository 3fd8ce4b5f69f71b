package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;

import java.util.List;

/**
 * Closes {@code iterator} if it is a generator claimed by the construct being left (a loop
 * left by {@code break}, {@code return} or an exception; see {@link Call#claimsGenerator}),
 * as CPython closes a generator whose last reference dies. With a {@code consumer}, it closes
 * only if the consumer is a builtin that never keeps its iterable ({@code any}, {@code next},
 * ...): the call {@code consumer(iterator)} just returned or raised. Errors from the
 * generator's cleanup are reported as unraisable, never propagated.
 */
public final class CloseOwned extends Instr {
    public final Operand iterator;
    /** The callee that consumed {@code iterator}, or null for a loop. */
    public final Operand consumer;

    public CloseOwned(Operand iterator, Operand consumer) {
        this.iterator = iterator;
        this.consumer = consumer;
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(iterator, consumer);
    }

    @Override
    public String opName() {
        return "close_owned";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitCloseOwned(this);
    }
}
