package dev.weft.frontend.dump;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * CPython's {@code repr(float)}: the shortest decimal that reads back as the same double (the
 * nearest such decimal when several have that length), laid out by CPython's {@code 'r'} rules:
 * positional notation for decimal exponents from -4 to 16 ({@code 0.0001}, {@code 1e+16}
 * otherwise), {@code .0} on integral values, exponents with a sign and at least two digits.
 */
public final class FloatRepr {
    /** 17 significant digits always suffice to round-trip a double. */
    private static final int MAX_DIGITS = 17;

    private FloatRepr() {}

    /** {@code repr(x)} for a Python float. */
    public static String repr(double x) {
        return format(x, true);
    }

    /** The float part of {@code repr(complex)}: as {@link #repr} but without the {@code .0}. */
    public static String reprWithoutDotZero(double x) {
        return format(x, false);
    }

    private static String format(double x, boolean addDotZero) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = (x < 0 || (x == 0 && 1 / x < 0)) ? "-" : "";
        if (x == 0) {
            return sign + (addDotZero ? "0.0" : "0");
        }
        BigDecimal shortest = shortestRoundTrip(Math.abs(x));
        String digits = shortest.unscaledValue().toString();
        // x = 0.DIGITS * 10**decimalPoint
        int decimalPoint = digits.length() - shortest.scale();
        return sign + layout(digits, decimalPoint, addDotZero);
    }

    /** The shortest decimal that reads back as {@code x} (finite, positive), without trailing zeros. */
    static BigDecimal shortestRoundTrip(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int precision = 1; precision < MAX_DIGITS; precision++) {
            BigDecimal down = exact.round(new MathContext(precision, RoundingMode.DOWN));
            BigDecimal up = exact.round(new MathContext(precision, RoundingMode.UP));
            // Any decimal of this length that reads back as x lies between these two neighbours of x.
            boolean downReadsBack = readsBackAs(down, x);
            boolean upReadsBack = readsBackAs(up, x);
            if (downReadsBack && upReadsBack) {
                return exact.round(new MathContext(precision, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            }
            if (downReadsBack) {
                return down.stripTrailingZeros();
            }
            if (upReadsBack) {
                return up.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(MAX_DIGITS, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    private static boolean readsBackAs(BigDecimal decimal, double x) {
        return Double.parseDouble(decimal.toString()) == x;
    }

    /** CPython's format_float_short for mode 'r' given the digits and the decimal point position. */
    private static String layout(String digits, int decimalPoint, boolean addDotZero) {
        StringBuilder out = new StringBuilder(digits.length() + 8);
        if (decimalPoint <= -4 || decimalPoint > 16) {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            int exponent = decimalPoint - 1;
            out.append('e').append(exponent < 0 ? '-' : '+');
            int magnitude = Math.abs(exponent);
            if (magnitude < 10) {
                out.append('0');
            }
            out.append(magnitude);
        } else if (decimalPoint <= 0) {
            out.append("0.");
            for (int i = decimalPoint; i < 0; i++) {
                out.append('0');
            }
            out.append(digits);
        } else if (decimalPoint >= digits.length()) {
            out.append(digits);
            for (int i = digits.length(); i < decimalPoint; i++) {
                out.append('0');
            }
            if (addDotZero) {
                out.append(".0");
            }
        } else {
            out.append(digits, 0, decimalPoint).append('.').append(digits, decimalPoint, digits.length());
        }
        return out.toString();
    }
}
