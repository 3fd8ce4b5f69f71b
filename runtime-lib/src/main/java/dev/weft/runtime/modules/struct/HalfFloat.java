package dev.weft.runtime.modules.struct;

import dev.weft.runtime.exc.Errors;

/** IEEE 754 binary16 from and to double, rounding half to even as CPython's PyFloat_Pack2. */
final class HalfFloat {
    private HalfFloat() { }

    static int pack(double x) {
        int sign;
        int e;
        int bits;
        if (x == 0.0) {
            sign = (Double.doubleToRawLongBits(x) < 0) ? 1 : 0;
            e = 0;
            bits = 0;
        } else if (Double.isInfinite(x)) {
            sign = x < 0 ? 1 : 0;
            e = 0x1f;
            bits = 0;
        } else if (Double.isNaN(x)) {
            sign = (Double.doubleToRawLongBits(x) < 0) ? 1 : 0;
            e = 0x1f;
            bits = 512;
        } else {
            sign = x < 0 ? 1 : 0;
            double a = Math.abs(x);
            // a = f * 2**e with 1 <= f < 2
            e = Math.getExponent(a);
            double f = a / Math.scalb(1.0, e);
            if (e == Double.MIN_EXPONENT - 1) { // subnormal double: far below half's range
                f = 0.0;
                e = 0;
            } else if (e >= 16) {
                throw Errors.overflowError("float too large to pack with e format");
            } else if (e < -25) {
                f = 0.0;
                e = 0;
            } else if (e < -14) {
                f = Math.scalb(f, 14 + e);
                e = 0;
            } else {
                e += 15;
                f -= 1.0;
            }
            f *= 1024.0;
            bits = (int) f;
            double rest = f - bits;
            if (rest > 0.5 || (rest == 0.5 && (bits & 1) == 1)) {
                bits++;
                if (bits == 1024) {
                    bits = 0;
                    e++;
                    if (e == 31) {
                        throw Errors.overflowError("float too large to pack with e format");
                    }
                }
            }
        }
        return bits | (e << 10) | (sign << 15);
    }

    static double unpack(int h) {
        int sign = (h >>> 15) & 1;
        int e = (h >>> 10) & 0x1f;
        int f = h & 0x3ff;
        double x;
        if (e == 0x1f) {
            x = f == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else if (e == 0) {
            x = Math.scalb(f / 1024.0, -14);
        } else {
            x = Math.scalb(1.0 + f / 1024.0, e - 15);
        }
        return sign == 1 ? -x : x;
    }
}
