package dev.weft.runtime.types;

import dev.weft.runtime.interim.InterimFormat;

/** Entry point for float repr: delegates to the formatting library (interim implementation for now). */
public final class FloatRepr {
    private FloatRepr() { }

    /** {@code repr(x)}; {@code addDotZero} appends ".0" to integral values as float's repr does. */
    public static String repr(double x, boolean addDotZero) {
        return InterimFormat.floatRepr(x, addDotZero);
    }
}
