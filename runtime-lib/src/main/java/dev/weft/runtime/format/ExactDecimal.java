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
        if (ndigits >= 0 && ndigits <= 18) {
            DecimalDigits fast = fixedSmall(Math.abs(v), ndigits);
            if (fast != null) {
                return fast;
            }
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

    private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
        10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L,
        100_000_000_000_000_000L, 1_000_000_000_000_000_000L};

    /**
     * {@link #fixed} without BigDecimal when |v| * 10^ndigits fits in a long: v = m / 2^s is
     * multiplied exactly in 128 bits and divided by 2^s with exact half-even rounding.
     * Returns null when out of that range.
     */
    private static DecimalDigits fixedSmall(double v, int ndigits) {
        long bits = Double.doubleToRawLongBits(v);
        int biasedExp = (int) (bits >>> 52) & 0x7ff;
        long m = bits & ((1L << 52) - 1);
        int e;
        if (biasedExp == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = biasedExp - 1075;
        }
        if (e >= 0) {
            return null; // integral and at least 2^52: the general path
        }
        int s = -e;
        long p = POW10[ndigits];
        long lo = m * p;
        long hi = Math.multiplyHigh(m, p); // m < 2^53, p <= 10^18: the product is below 2^113
        long q;
        boolean above;
        boolean half;
        if (s >= 128) {
            q = 0;
            half = false;
            above = false;
        } else if (s >= 64) {
            int t = s - 64;
            q = t == 0 ? hi : hi >>> t;
            // remainder = (hi mod 2^t) : lo ; half = 2^(s-1)
            long remHi = t == 0 ? 0 : hi & ((1L << t) - 1);
            long halfHi = t == 0 ? 0 : 1L << (t - 1);
            if (t == 0) {
                half = lo == Long.MIN_VALUE;
                above = Long.compareUnsigned(lo, Long.MIN_VALUE) > 0;
            } else {
                half = remHi == halfHi && lo == 0;
                above = remHi > halfHi || (remHi == halfHi && lo != 0);
            }
        } else {
            if (hi >>> s != 0) {
                return null; // the quotient would not fit in 63 bits
            }
            q = (lo >>> s) | (hi << (64 - s));
            if (q < 0) {
                return null;
            }
            long rem = lo & ((1L << s) - 1);
            long halfValue = 1L << (s - 1);
            half = rem == halfValue;
            above = Long.compareUnsigned(rem, halfValue) > 0;
        }
        if (above || (half && (q & 1) == 1)) {
            q++;
        }
        return DecimalDigits.of(q, -ndigits);
    }
}
