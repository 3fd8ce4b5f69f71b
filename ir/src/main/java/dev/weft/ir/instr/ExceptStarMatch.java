package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/**
 * One {@code except* T} clause's test (CPython's {@code CHECK_EG_MATCH}): splits
 * {@code exception} (what earlier clauses left; may be None) by {@code type} (a class or a tuple
 * of classes) into {@code match} and {@code rest}:
 * <ul>
 *   <li>{@code exception} is None: both are None;</li>
 *   <li>{@code isinstance(exception, type)}: if {@code exception} is a {@code BaseExceptionGroup},
 *       {@code match} is {@code exception} itself, otherwise (a naked exception) a new
 *       {@code BaseExceptionGroup("", (exception,))} (so an {@code ExceptionGroup} when the
 *       exception is an {@code Exception}) whose traceback is a new one for the current frame;
 *       {@code rest} is None;</li>
 *   <li>{@code exception} is a {@code BaseExceptionGroup}: {@code match, rest = exception.split(type)};</li>
 *   <li>otherwise: {@code match} is None, {@code rest} is {@code exception}.</li>
 * </ul>
 * Before matching, {@code type} is checked as CPython does: TypeError {@code catching classes
 * that do not inherit from BaseException is not allowed} for a non-exception class (or tuple
 * item), and TypeError {@code catching ExceptionGroup with except* is not allowed. Use except
 * instead.} when it is (or contains) a subclass of {@code BaseExceptionGroup}. This instruction
 * does not change the handled exception; the lowering makes {@code match} the handled one
 * ({@code enter_handler}) when it is not None.
 */
public final class ExceptStarMatch extends Instr {
    public final Temp match;
    public final Temp rest;
    public final Operand exception;
    public final Operand type;

    public ExceptStarMatch(Temp match, Temp rest, Operand exception, Operand type) {
        this.match = match;
        this.rest = rest;
        this.exception = exception;
        this.type = type;
    }

    @Override
    public List<Temp> defs() {
        return List.of(match, rest);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(exception, type);
    }

    @Override
    public String opName() {
        return "except_star_match";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitExceptStarMatch(this);
    }
}
