package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** Calls {@code callee} with positional arguments followed by keyword arguments; the last {@code kwnames.size()} arguments are the keyword values. */
public final class Call extends Instr {
    public final Temp result;
    public final Operand callee;
    public final List<Operand> args;
    public final List<String> kwnames;
    /**
     * Whether a generator the call creates and returns is claimed for the loop (or consumer)
     * its result goes to straight away, which then closes it when left early
     * ({@code LoopOwnership} in the runtime).
     */
    public boolean claimsGenerator;
    /**
     * Of a claiming call: the arguments that were claimed themselves ({@code gen2(gen1())}).
     * A generator the call creates owns them; a builtin wrapper's result ({@code enumerate},
     * {@code zip}, {@code map}, {@code filter}) leaves them to the loop it goes to; any other
     * result disowns them.
     */
    public List<Operand> claimedArguments = List.of();

    public Call(Temp result, Operand callee, List<Operand> args, List<String> kwnames) {
        this.result = result;
        this.callee = callee;
        this.args = args == null ? null : List.copyOf(args);
        this.kwnames = kwnames == null ? null : List.copyOf(kwnames);
    }

    /** Marks this call as claiming the generator it returns (see {@link #claimsGenerator}); returns it. */
    public Call claimingGenerator(List<Operand> claimedArguments) {
        this.claimsGenerator = true;
        this.claimedArguments = List.copyOf(claimedArguments);
        return this;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.concat(List.of(callee), args);
    }

    @Override
    public String opName() {
        return "call";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(kwnames, claimsGenerator ? new dev.weft.ir.Labeled("claim", claimedArguments.isEmpty() ? (Object) true : claimedArguments) : null);
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitCall(this);
    }
}
