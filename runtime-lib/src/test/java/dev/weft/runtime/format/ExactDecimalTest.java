package dev.weft.runtime.format;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExactDecimalTest {
    /** The reference: BigDecimal's exact value rounded half to even, in dtoa form. */
    private static String reference(double v, int ndigits) {
        BigDecimal r = new BigDecimal(Math.abs(v)).setScale(ndigits, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = r.stripTrailingZeros();
        String digits = stripped.unscaledValue().toString();
        return digits + "e" + (digits.length() - stripped.scale());
    }

    private static String actual(double v, int ndigits) {
        DecimalDigits d = ExactDecimal.fixed(v, ndigits);
        return d.isZero() ? "0" : d.digits() + "e" + d.decpt();
    }

    @Test
    void fixedPointFastPathRoundsTheExactValueHalfToEven() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 40_000; i++) {
            int ndigits = rnd.nextInt(19);
            double v;
            switch (i % 4) {
                case 0: v = rnd.nextDouble() * Math.pow(10, rnd.nextInt(-20, 20)); break;
                case 1: v = (rnd.nextLong(1L << 40) + 0.5) / Math.pow(2, rnd.nextInt(0, 60)); break;
                case 2: v = Double.longBitsToDouble(rnd.nextLong(0x7fefffffffffffffL)); break;
                default: v = rnd.nextInt(1, 100_000) / 1000.0 + 0.0005; break;
            }
            assertEquals(reference(v, ndigits), actual(v, ndigits), v + " to " + ndigits);
        }
    }

    @Test
    void halfwayValuesRoundToEven() {
        assertEquals("2e1", actual(2.5, 0));
        assertEquals("4e1", actual(3.5, 0));
        assertEquals("0", actual(0.5, 0));
        assertEquals("12e0", actual(0.125, 2));
        assertEquals("38e0", actual(0.375, 2));
    }
}
