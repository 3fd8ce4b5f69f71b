package dev.weft.runtime.format;

import java.math.BigInteger;

/**
 * CPython's limit on decimal int/str conversions ({@code sys.set_int_max_str_digits},
 * default 4300, 0 for none), applied both ways; and decimal conversion under it.
 */
public final class IntDigitLimit {
    private IntDigitLimit() {}

    public static final int DEFAULT = 4300;
    /** The smallest non-zero limit {@code sys.set_int_max_str_digits} accepts. */
    public static final int THRESHOLD = 640;

    private static volatile int maxDigits = DEFAULT;

    /** {@code sys.get_int_max_str_digits()}. */
    public static int get() {
        return maxDigits;
    }

    /** {@code sys.set_int_max_str_digits(n)}. */
    public static void set(int n) {
        if (n != 0 && n < THRESHOLD) {
            throw FormatError.valueError("maxdigits must be >= " + THRESHOLD + " or 0 for unlimited");
        }
        maxDigits = n;
    }

    /** {@code str(v)} for an int, failing above the limit as CPython. */
    public static String toDecimalString(BigInteger v) {
        int limit = maxDigits;
        if (limit > 0) {
            // bitLength * log10(2) underestimates the digit count by less than one.
            long lowerBound = (long) Math.floor((v.bitLength() - 1) * 0.30102999566398120);
            if (lowerBound > limit) {
                throw toStrError(limit);
            }
        }
        String s = v.toString();
        if (limit > 0 && s.length() - (v.signum() < 0 ? 1 : 0) > limit) {
            throw toStrError(limit);
        }
        return s;
    }

    /** {@code str(v)} for an int that fits in a long (never above the limit). */
    public static String toDecimalString(long v) {
        return Long.toString(v);
    }

    static FormatError toStrError(int limit) {
        return FormatError.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit");
    }

    static FormatError fromStrError(int limit, int digits) {
        return FormatError.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: "
                + "value has " + digits + " digits; use sys.set_int_max_str_digits() to increase the limit");
    }
}
