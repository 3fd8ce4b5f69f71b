package dev.weft.runtime.format;

import java.math.BigInteger;

/**
 * The shortest decimal that reads back as a given double (what CPython's dtoa mode 0 gives,
 * and so what {@code repr(float)} prints), by the Schubfach method of R. Giulietti
 * ("The Schubfach way to render doubles", 2020): the rounding interval of the double is
 * scaled by a power of ten so that it has width in [1, 10); the integers and multiples of ten
 * in it are the candidates, found with one 126-bit fixed-point multiplication per bound.
 *
 * <p>Unlike Java's own {@code Double.toString}, a one-digit result is kept even when a
 * two-digit decimal is closer (CPython prints {@code 5e-324}, not {@code 4.9e-324}).
 */
final class ShortestDecimal {
    private ShortestDecimal() {}

    /** Smallest and largest e for which 10^e is needed (e = -k over all doubles). */
    static final int E_MIN = -292;
    static final int E_MAX = 324;

    private static final long MASK_63 = (1L << 63) - 1;
    private static final long[] G_HIGH = new long[E_MAX - E_MIN + 1];
    private static final long[] G_LOW = new long[E_MAX - E_MIN + 1];

    static {
        // g(e) = floor(10^e * 2^(125 - floorLog2(10^e))) + 1, in [2^125, 2^126): an upper
        // approximation of 10^e normalised to 126 bits, split into two 63-bit halves.
        for (int e = E_MIN; e <= E_MAX; e++) {
            BigInteger g = scaledPowerOfTen(e).add(BigInteger.ONE);
            G_HIGH[e - E_MIN] = g.shiftRight(63).longValueExact();
            G_LOW[e - E_MIN] = g.longValue() & MASK_63;
        }
    }

    /** floor(10^e * 2^(125 - floor(log2 10^e))), exactly. */
    static BigInteger scaledPowerOfTen(int e) {
        BigInteger ten = BigInteger.TEN.pow(Math.abs(e));
        if (e >= 0) {
            int p = ten.bitLength() - 1;
            int shift = 125 - p;
            return shift >= 0 ? ten.shiftLeft(shift) : ten.shiftRight(-shift);
        }
        // 10^e = 1 / ten; ten is not a power of two, so floor(log2(1/ten)) = -bitLength(ten).
        int p = -ten.bitLength();
        return BigInteger.ONE.shiftLeft(125 - p).divide(ten);
    }

    /** floor(q * log10(2)), valid for |q| <= 5456 (checked exhaustively by the tests). */
    static int floorLog10Pow2(int q) {
        return (int) ((q * 661_971_961_083L) >> 41);
    }

    /** floor(log10(3/4 * 2^q)), valid for |q| <= 5456. */
    static int floorLog10ThreeQuartersPow2(int q) {
        return (int) ((q * 661_971_961_083L - 274_743_187_321L) >> 41);
    }

    /** floor(e * log2(10)), valid for |e| <= 1233. */
    static int floorLog2Pow10(int e) {
        return (int) ((e * 913_124_641_741L) >> 38);
    }

    /**
     * The shortest decimal in the rounding interval of {@code v} (finite, strictly positive),
     * the one closest to v among those, ties to an even last digit.
     */
    static DecimalDigits of(double v) {
        long bits = Double.doubleToRawLongBits(v);
        long fraction = bits & ((1L << 52) - 1);
        int biasedExp = (int) (bits >>> 52) & 0x7ff;
        long c;
        int q;
        if (biasedExp != 0) {
            c = fraction | (1L << 52);
            q = biasedExp - 1075;
            // Integers below 2^53 are their own shortest form.
            if (q <= 0 && q >= -52 && (c & ((1L << -q) - 1)) == 0) {
                return DecimalDigits.of(c >> -q, 0);
            }
        } else {
            c = fraction;
            q = -1074;
        }
        // The lower neighbour is nearer (half the gap) only at a power of two above the
        // smallest normal exponent.
        boolean regular = fraction != 0 || biasedExp <= 1;
        int out = (int) c & 1; // an odd significand excludes the interval's bounds (ties to even)
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (regular) {
            cbl = cb - 2;
            k = floorLog10Pow2(q);
        } else {
            cbl = cb - 1;
            k = floorLog10ThreeQuartersPow2(q);
        }
        int h = q + floorLog2Pow10(-k) + 2;
        long g1 = G_HIGH[-k - E_MIN];
        long g0 = G_LOW[-k - E_MIN];
        // vb, vbl, vbr: 4 * (v, lower bound, upper bound) / 10^k, rounded to odd.
        long vb = roundToOdd(g1, g0, cb << h);
        long vbl = roundToOdd(g1, g0, cbl << h);
        long vbr = roundToOdd(g1, g0, cbr << h);
        long s = vb >> 2;
        if (s >= 10) {
            // A multiple of ten in the interval has fewer digits than any other candidate;
            // the interval is narrower than 10, so there is at most one.
            long sp10 = s / 10 * 10;
            long tp10 = sp10 + 10;
            boolean lowerIn = vbl + out <= sp10 << 2;
            boolean upperIn = (tp10 << 2) + out <= vbr;
            if (lowerIn != upperIn) {
                return DecimalDigits.of(lowerIn ? sp10 : tp10, k);
            }
        }
        long t = s + 1;
        boolean sIn = vbl + out <= s << 2;
        boolean tIn = (t << 2) + out <= vbr;
        if (sIn != tIn) {
            return DecimalDigits.of(sIn ? s : t, k);
        }
        // Both in: the closer one, ties to even.
        long cmp = vb - ((s + t) << 1);
        return DecimalDigits.of(cmp < 0 || (cmp == 0 && (s & 1) == 0) ? s : t, k);
    }

    /**
     * floor(g * cp / 2^127) with its lowest bit set when the division is inexact, where
     * g = g1 * 2^63 + g0.
     */
    private static long roundToOdd(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long floor = y1 + (z >>> 63);
        return floor | (((z & MASK_63) + MASK_63) >>> 63);
    }
}
