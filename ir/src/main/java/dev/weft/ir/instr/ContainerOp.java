package dev.weft.ir.instr;

import dev.weft.ir.ContainerOpKind;
import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;

import java.util.List;

/** An in-place container update used by displays and comprehensions ({@code [*a]}, {@code {**d}}, {@code f(**d)} with duplicate-key checks). */
public final class ContainerOp extends Instr {
    public final Operand container;
    public final Operand value;
    public final ContainerOpKind kind;
    /** For {@code f(**d)}: the function called, which CPython's error messages name; else null. */
    public final Operand callee;

    public ContainerOp(Operand container, Operand value, ContainerOpKind kind) {
        this(container, value, kind, null);
    }

    public ContainerOp(Operand container, Operand value, ContainerOpKind kind, Operand callee) {
        this.container = container;
        this.value = value;
        this.kind = kind;
        this.callee = callee;
    }

    @Override
    public List<Operand> uses() {
        return callee == null ? Operands.of(container, value) : Operands.of(container, value, callee);
    }

    @Override
    public String opName() {
        return "container";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(kind);
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitContainerOp(this);
    }
}
