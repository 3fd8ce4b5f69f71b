package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;

import java.util.List;

/** {@code from m import *} into the current namespace, honouring {@code __all__}. */
public final class ImportStar extends Instr {
    public final Operand module;

    public ImportStar(Operand module) {
        this.module = module;
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(module);
    }

    @Override
    public String opName() {
        return "import_star";
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitImportStar(this);
    }
}
