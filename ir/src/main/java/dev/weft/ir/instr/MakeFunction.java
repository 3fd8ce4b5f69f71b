package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.IrFunction;
import dev.weft.ir.Labeled;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;
import dev.weft.ir.Variable;

import java.util.List;

/** Creates a function object for {@code code} with its defaults (a tuple or None), keyword-only defaults (a dict or None), annotations (a dict or None) and the enclosing cells it closes over. */
public final class MakeFunction extends Instr {
    public final Temp result;
    public final Operand defaults;
    public final Operand kwdefaults;
    public final Operand annotations;
    public final IrFunction code;
    public final List<Variable> closure;

    public MakeFunction(Temp result, Operand defaults, Operand kwdefaults, Operand annotations, IrFunction code, List<Variable> closure) {
        this.result = result;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.annotations = annotations;
        this.code = code;
        this.closure = closure == null ? null : List.copyOf(closure);
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(defaults, kwdefaults, annotations);
    }

    @Override
    public String opName() {
        return "function";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(new Labeled("code", code.qualname()), closure);
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitMakeFunction(this);
    }
}
