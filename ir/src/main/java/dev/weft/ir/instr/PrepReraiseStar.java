package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/**
 * What a {@code try}/{@code except*} raises when its clauses are done (CPython's
 * {@code _PyExc_PrepReraiseStar}). {@code original} is the exception the {@code try} body raised;
 * {@code raised} is a list of the exceptions each clause's body raised (in clause order), followed
 * by the part of {@code original} no clause matched (or None). The result is None when nothing is
 * left to raise, else the exception to re-raise:
 * <ul>
 *   <li>the list is empty, or holds only Nones: None;</li>
 *   <li>{@code original} is not a {@code BaseExceptionGroup} (a naked exception, which
 *       {@code except*} wrapped): the list's first item;</li>
 *   <li>otherwise the non-None items are partitioned into re-raised ones (those with the same
 *       traceback, {@code __context__}, {@code __cause__} and {@code __notes__} objects as
 *       {@code original}: a bare {@code raise} or the unmatched rest) and newly raised ones. The
 *       re-raised part is the projection of {@code original} on the leaf exceptions (by identity)
 *       of the re-raised items, keeping {@code original}'s nesting (as {@code original.split}
 *       would), or None. With no new exceptions the result is that projection; otherwise the
 *       projection (if not None) is appended to the new ones, and the result is the single
 *       exception if there is one, else {@code ExceptionGroup("", items)} (a
 *       {@code BaseExceptionGroup} if any item is not an {@code Exception}).</li>
 * </ul>
 */
public final class PrepReraiseStar extends Instr {
    public final Temp result;
    public final Operand original;
    public final Operand raised;

    public PrepReraiseStar(Temp result, Operand original, Operand raised) {
        this.result = result;
        this.original = original;
        this.raised = raised;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(original, raised);
    }

    @Override
    public String opName() {
        return "prep_reraise_star";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitPrepReraiseStar(this);
    }
}
