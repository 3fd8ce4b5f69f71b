package dev.weft.runtime.format;

/**
 * A non-negative decimal in dtoa form: {@code 0.d1d2...dn × 10^decpt}, where {@code digits}
 * holds d1..dn without trailing zeros (a zero value is digits "0", decpt 1; a value rounded
 * away entirely by a fixed-point conversion may have empty digits).
 */
record DecimalDigits(String digits, int decpt) {
    static final DecimalDigits ZERO = new DecimalDigits("0", 1);

    /** Builds from an integer significand and a power of ten: value = significand × 10^exp10. */
    static DecimalDigits of(long significand, int exp10) {
        if (significand == 0) {
            return ZERO;
        }
        while (significand % 10 == 0) {
            significand /= 10;
            exp10++;
        }
        String s = Long.toString(significand);
        return new DecimalDigits(s, exp10 + s.length());
    }

    boolean isZero() {
        return digits.isEmpty() || (digits.length() == 1 && digits.charAt(0) == '0');
    }
}
