package dev.weft.runtime.types;

import dev.weft.runtime.ops.CmpOp;

import java.math.BigDecimal;

/** Exact comparison between ints and floats, as CPython's float_richcompare. */
public final class NumCompare {
    private NumCompare() { }

    public static boolean compareIntFloat(PyInt i, double f, CmpOp op) {
        if (Double.isNaN(f)) {
            return op == CmpOp.NE;
        }
        if (Double.isInfinite(f)) {
            return op.test(f > 0 ? -1 : 1);
        }
        if (i.fitsLong() && Math.abs(i.longValue()) <= (1L << 53)) {
            double d = (double) i.longValue();
            return op.test(d < f ? -1 : d > f ? 1 : 0);
        }
        return op.test(new BigDecimal(i.bigValue()).compareTo(new BigDecimal(f)));
    }
}
