package dev.weft.ir;

/** A value an instruction reads: a {@link Temp} or a {@link Const}. */
public interface Operand {
}
