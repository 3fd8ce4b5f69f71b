package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Labeled;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/** An f-string replacement field: conversion ({@code -1}, {@code 's'}, {@code 'r'}, {@code 'a'}) then {@code format(value, spec)}. */
public final class FormatValue extends Instr {
    public final Temp result;
    public final Operand value;
    public final Operand spec;
    public final int conversion;

    public FormatValue(Temp result, Operand value, Operand spec, int conversion) {
        this.result = result;
        this.value = value;
        this.spec = spec;
        this.conversion = conversion;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(value, spec);
    }

    @Override
    public String opName() {
        return "format";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(new Labeled("conversion", conversion));
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitFormatValue(this);
    }
}
