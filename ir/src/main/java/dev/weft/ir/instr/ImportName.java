package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Labeled;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** {@code __import__(module, fromlist, level)}; {@code fromlist} is null for a plain {@code import}. */
public final class ImportName extends Instr {
    public final Temp result;
    public final String module;
    public final List<String> fromlist;
    public final int level;

    public ImportName(Temp result, String module, List<String> fromlist, int level) {
        this.result = result;
        this.module = module;
        this.fromlist = fromlist == null ? null : List.copyOf(fromlist);
        this.level = level;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return List.of();
    }

    @Override
    public String opName() {
        return "import";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(module, fromlist, new Labeled("level", level));
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitImportName(this);
    }
}
