package dev.weft.runtime.types;

import dev.weft.runtime.format.BuiltinFormat;
import dev.weft.runtime.format.FloatToString;

/** Float and complex repr: wiring to the format library. */
public final class FloatRepr {
    private FloatRepr() { }

    /** {@code repr(x)} of a float. */
    public static String repr(double x) {
        return FloatToString.repr(x);
    }

    /** {@code repr(z)} of a complex. */
    public static String complexRepr(double real, double imag) {
        return BuiltinFormat.complexRepr(real, imag);
    }
}
