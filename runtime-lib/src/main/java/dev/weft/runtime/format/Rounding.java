package dev.weft.runtime.format;

import java.math.BigInteger;

/** {@code round()} for floats and ints, exactly as CPython 3.13. */
public final class Rounding {
    private Rounding() {}

    /** ndigits above this leave any double unchanged: floor((53 - (-1021)) * 0.30103). */
    private static final int NDIGITS_MAX = 323;
    /** ndigits below this round any double to zero: -floor((1024 + 1) * 0.30103). */
    private static final int NDIGITS_MIN = -308;

    /**
     * {@code round(x, ndigits)}: the decimal correctly rounded (half to even on the exact binary
     * value) to ndigits places, read back as the nearest double. OverflowError
     * "rounded value too large to represent" when that is infinite.
     */
    public static double round(double x, long ndigits) {
        if (x != x || Double.isInfinite(x)) {
            return x;
        }
        if (ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        DecimalDigits d = ExactDecimal.fixed(x, (int) ndigits);
        double magnitude;
        if (d.digits().isEmpty() || d.isZero()) {
            magnitude = 0.0;
        } else {
            magnitude = Double.parseDouble("0." + d.digits() + "e" + d.decpt());
        }
        if (Double.isInfinite(magnitude)) {
            throw FormatError.overflowError("rounded value too large to represent");
        }
        return x < 0 || Double.doubleToRawLongBits(x) < 0 ? -magnitude : magnitude;
    }

    /**
     * {@code round(x)} with no ndigits, as a double holding an integral value (half to even);
     * the object model converts it to an int. ValueError/OverflowError for nan/inf as CPython's
     * int conversion.
     */
    public static double roundToIntegral(double x) {
        if (x != x) {
            throw FormatError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw FormatError.overflowError("cannot convert float infinity to integer");
        }
        return Math.rint(x);
    }

    /** {@code round(x)} as an exact integer. */
    public static BigInteger roundToInteger(double x) {
        return new java.math.BigDecimal(roundToIntegral(x)).toBigIntegerExact();
    }

    /**
     * {@code round(i, ndigits)} for an int: unchanged for ndigits >= 0, else rounded to a
     * multiple of 10^-ndigits with ties to the even multiple.
     */
    public static BigInteger round(BigInteger i, long ndigits) {
        if (ndigits >= 0) {
            return i;
        }
        if (-ndigits > Integer.MAX_VALUE) {
            // 10^-ndigits dwarfs any representable int: the result is 0.
            return BigInteger.ZERO;
        }
        BigInteger pow = BigInteger.TEN.pow((int) -ndigits);
        BigInteger[] qr = i.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        // Make the remainder non-negative (floor division), then round the quotient to nearest.
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int cmp = r.shiftLeft(1).compareTo(pow);
        if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return q.multiply(pow);
    }
}
