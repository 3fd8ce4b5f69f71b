package dev.weft.runtime.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Correctly rounded decimal digits of a double's exact binary value, half to even, as
 * CPython's dtoa modes 2 (significant digits) and 3 (digits after the point) produce them.
 */
final class ExactDecimal {
    private ExactDecimal() {}

    /** {@code ndigits >= 1} significant digits of |v| (v finite), trailing zeros removed. */
    static DecimalDigits significant(double v, int ndigits) {
        if (v == 0) {
            return DecimalDigits.ZERO;
        }
        BigDecimal exact = new BigDecimal(Math.abs(v));
        if (ndigits >= 17 && exact.precision() <= ndigits) {
            return fromBigDecimal(exact);
        }
        return fromBigDecimal(exact.round(new MathContext(ndigits, RoundingMode.HALF_EVEN)));
    }

    /**
     * |v| (finite) rounded to {@code ndigits} digits after the decimal point (negative: to a
     * multiple of 10^-ndigits). A result of zero has empty digits and decpt -ndigits, as dtoa.
     */
    static DecimalDigits fixed(double v, int ndigits) {
        if (v == 0) {
            return DecimalDigits.ZERO;
        }
        BigDecimal exact = new BigDecimal(Math.abs(v));
        BigDecimal rounded = exact.scale() <= ndigits ? exact : exact.setScale(ndigits, RoundingMode.HALF_EVEN);
        if (rounded.signum() == 0) {
            return new DecimalDigits("", -ndigits);
        }
        return fromBigDecimal(rounded);
    }

    private static DecimalDigits fromBigDecimal(BigDecimal d) {
        BigInteger unscaled = d.unscaledValue();
        String s = unscaled.toString();
        int decpt = s.length() - d.scale();
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '0') {
            end--;
        }
        return new DecimalDigits(s.substring(0, end), decpt);
    }
}
