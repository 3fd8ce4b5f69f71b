package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** {@code from m import name}: an attribute of the module or a submodule, with CPython's ImportError. */
public final class ImportFrom extends Instr {
    public final Temp result;
    public final Operand module;
    public final String name;

    public ImportFrom(Temp result, Operand module, String name) {
        this.result = result;
        this.module = module;
        this.name = name;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(module);
    }

    @Override
    public String opName() {
        return "import_from";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(name);
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitImportFrom(this);
    }
}
