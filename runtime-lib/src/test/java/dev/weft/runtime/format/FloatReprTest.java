package dev.weft.runtime.format;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FloatReprTest {
    @Test
    void reprMatchesCPythonTable() {
        FormatTable.checkAll("float_repr.tsv", row -> FloatToString.repr(FormatTable.bitsToDouble(row[0])), 1);
    }

    @Test
    void reprOfLandmarkValues() {
        assertEquals("0.1", FloatToString.repr(0.1));
        assertEquals("1e+16", FloatToString.repr(1e16));
        assertEquals("1e-05", FloatToString.repr(1e-5));
        assertEquals("100.0", FloatToString.repr(100.0));
        assertEquals("-0.0", FloatToString.repr(-0.0));
        assertEquals("5e-324", FloatToString.repr(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", FloatToString.repr(Double.MAX_VALUE));
        assertEquals("inf", FloatToString.repr(Double.POSITIVE_INFINITY));
        assertEquals("nan", FloatToString.repr(Double.NaN));
        assertEquals("1234567890123456.0", FloatToString.repr(1234567890123456.0));
        assertEquals("0.0001", FloatToString.repr(0.0001));
    }

    /** The repr reads back as the same double and no shorter decimal does (random doubles). */
    @Test
    void reprRoundTripsAndIsShortestOnRandomDoubles() {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            double x = Double.longBitsToDouble(rnd.nextLong());
            if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
                continue;
            }
            String r = FloatToString.repr(x);
            assertEquals(x, Double.parseDouble(r), r);
            DecimalDigits d = ShortestDecimal.of(Math.abs(x));
            if (d.digits().length() > 1) {
                // No decimal with one digit fewer lies in the rounding interval.
                int n = d.digits().length() - 1;
                DecimalDigits shorter = ExactDecimal.significant(x, n);
                double back = Double.parseDouble("0." + shorter.digits() + "e" + shorter.decpt());
                assertTrue(back != Math.abs(x) || shorter.digits().length() >= d.digits().length(), r);
            }
        }
    }

    @Test
    void logarithmApproximationsAreExactOverTheirRange() {
        for (int q = -1100; q <= 1100; q++) {
            BigDecimal pow2 = q >= 0 ? new BigDecimal(BigInteger.ONE.shiftLeft(q))
                    : BigDecimal.ONE.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-q)));
            assertEquals(floorLog10(pow2), ShortestDecimal.floorLog10Pow2(q), "q=" + q);
            BigDecimal threeQuarters = pow2.multiply(new BigDecimal("0.75"));
            assertEquals(floorLog10(threeQuarters), ShortestDecimal.floorLog10ThreeQuartersPow2(q), "q=" + q);
        }
        for (int e = -400; e <= 400; e++) {
            BigInteger ten = BigInteger.TEN.pow(Math.abs(e));
            int expected = e >= 0 ? ten.bitLength() - 1 : -ten.bitLength();
            assertEquals(expected, ShortestDecimal.floorLog2Pow10(e), "e=" + e);
        }
    }

    private static int floorLog10(BigDecimal v) {
        // v = unscaled * 10^-scale; floor(log10 v) = digits(unscaled) - 1 - scale.
        BigDecimal s = v.stripTrailingZeros();
        return s.precision() - 1 - s.scale();
    }
}
