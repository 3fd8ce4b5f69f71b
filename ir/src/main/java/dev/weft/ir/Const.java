package dev.weft.ir;

import dev.weft.frontend.ast.ConstantValue;

import java.math.BigInteger;

/**
 * A constant operand. Values have the types of {@link ConstantValue} (BigInteger, Double,
 * Imaginary, String, Bytes, Boolean, NONE, ELLIPSIS), or are a {@link ConstTuple} of constants
 * (folded tuples, e.g. keyword-name tuples and default values).
 */
public final class Const implements Operand {
    public static final Const NONE = new Const(ConstantValue.NONE);
    public static final Const TRUE = new Const(Boolean.TRUE);
    public static final Const FALSE = new Const(Boolean.FALSE);

    public final Object value;

    public Const(Object value) {
        this.value = value;
    }

    public static Const of(long value) {
        return new Const(BigInteger.valueOf(value));
    }

    public static Const of(String value) {
        return new Const(value);
    }

    @Override
    public String toString() {
        return ConstPrinter.repr(value);
    }
}
