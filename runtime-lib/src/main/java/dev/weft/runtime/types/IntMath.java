package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** int arithmetic: long fast paths with exact overflow checks, BigInteger beyond. */
public final class IntMath {
    private IntMath() { }

    /** 2**61 - 1, the modulus of numeric hashing. */
    public static final long HASH_MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(HASH_MODULUS);

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value, y = b.value, r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(a.bigValue().add(b.bigValue()));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value, y = b.value, r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(a.bigValue().subtract(b.bigValue()));
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value, y = b.value, r = x * y;
            if (Math.multiplyHigh(x, y) == (r >> 63)) {
                return PyInt.of(r);
            }
        }
        // 0, 1 and -1 times a big int (sign flips as in `sign * term`): O(1), since negate shares
        // the magnitude, where multiply would copy every word.
        if (a.big == null && a.value >= -1 && a.value <= 1) {
            return mulByUnit(a.value, b);
        }
        if (b.big == null && b.value >= -1 && b.value <= 1) {
            return mulByUnit(b.value, a);
        }
        return PyInt.of(a.bigValue().multiply(b.bigValue()));
    }

    /** {@code unit * x} for unit in {-1, 0, 1}: an exact int (never a subclass or bool). */
    private static PyInt mulByUnit(long unit, PyInt x) {
        if (unit == 0) {
            return PyInt.ZERO;
        }
        return unit > 0 ? x.asExactInt() : neg(x);
    }

    public static PyInt floorDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return PyInt.of(Math.floorDiv(a.value, b.value));
        }
        BigInteger[] qr = a.bigValue().divideAndRemainder(b.bigValue());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return PyInt.of(q);
    }

    public static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("integer modulo by zero");
        }
        if (a.big == null && b.big == null) {
            if (b.value == -1) {
                return PyInt.ZERO;
            }
            return PyInt.of(Math.floorMod(a.value, b.value));
        }
        if (b.big != null && b.big.signum() > 0 && b.big.getLowestSetBit() == b.big.bitLength() - 1) {
            return modPowerOfTwo(a, b.big.getLowestSetBit());
        }
        BigInteger r = a.bigValue().remainder(b.bigValue());
        if (r.signum() != 0 && r.signum() != b.signum()) {
            r = r.add(b.bigValue());
        }
        return PyInt.of(r);
    }

    /** Masks 2**k - 1 for {@link #modPowerOfTwo}, filled on first use (racy-benign: BigInteger is immutable). */
    private static final BigInteger[] LOW_BIT_MASKS = new BigInteger[512];

    /**
     * {@code a % 2**k} for k >= 63 (the divisor does not fit a long): the low k bits of a in
     * two's complement, which is Python's floored remainder for either sign of {@code a}
     * (BigInteger's {@code and} works on the infinite two's complement); no division.
     */
    private static PyInt modPowerOfTwo(PyInt a, int k) {
        if (a.big == null ? a.value >= 0 : a.big.signum() >= 0 && a.big.bitLength() <= k) {
            return a.asExactInt(); // already below the divisor
        }
        BigInteger mask = k < LOW_BIT_MASKS.length ? LOW_BIT_MASKS[k] : null;
        if (mask == null) {
            mask = BigInteger.ONE.shiftLeft(k).subtract(BigInteger.ONE);
            if (k < LOW_BIT_MASKS.length) {
                LOW_BIT_MASKS[k] = mask;
            }
        }
        return PyInt.of(a.bigValue().and(mask));
    }

    public static PyTuple divmod(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            long q = Math.floorDiv(a.value, b.value);
            return PyTuple.of(PyInt.of(q), PyInt.of(a.value - q * b.value));
        }
        // one division for both: floor the truncated quotient when the remainder's sign differs
        BigInteger[] qr = a.bigValue().divideAndRemainder(b.bigValue());
        BigInteger q = qr[0], r = qr[1];
        if (r.signum() != 0 && r.signum() != b.signum()) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(b.bigValue());
        }
        return PyTuple.of(PyInt.of(q), PyInt.of(r));
    }

    public static PyInt neg(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) {
            return PyInt.of(-a.value);
        }
        return PyInt.of(a.bigValue().negate());
    }

    public static PyInt abs(PyInt a) {
        return a.signum() < 0 ? neg(a) : a.asExactInt();
    }

    public static PyInt invert(PyInt a) {
        if (a.big == null) {
            return PyInt.of(~a.value);
        }
        return PyInt.of(a.big.not());
    }

    public static PyInt and(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return PyInt.of(a.value & b.value);
        }
        return PyInt.of(a.bigValue().and(b.bigValue()));
    }

    public static PyInt or(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return PyInt.of(a.value | b.value);
        }
        return PyInt.of(a.bigValue().or(b.bigValue()));
    }

    public static PyInt xor(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return PyInt.of(a.value ^ b.value);
        }
        return PyInt.of(a.bigValue().xor(b.bigValue()));
    }

    public static PyInt lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (a.signum() == 0) {
            return PyInt.ZERO;
        }
        if (b.big != null || b.value > Integer.MAX_VALUE / 2) {
            throw Errors.overflowError("too many digits in integer");
        }
        int n = (int) b.value;
        if (a.big == null && n < 63) {
            long x = a.value;
            long r = x << n;
            if ((r >> n) == x) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(a.bigValue().shiftLeft(n));
    }

    public static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (b.big != null || b.value >= Integer.MAX_VALUE) {
            return a.signum() < 0 ? PyInt.MINUS_ONE : PyInt.ZERO;
        }
        int n = (int) b.value;
        if (a.big == null) {
            return PyInt.of(a.value >> Math.min(n, 63));
        }
        return PyInt.of(a.big.shiftRight(n));
    }

    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return Long.compare(a.value, b.value);
        }
        return a.bigValue().compareTo(b.bigValue());
    }

    /** {@code a ** b}: a float for negative exponents. */
    public static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            double base = toDouble(a);
            if (base == 0.0) {
                throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return FloatMath.pow(base, toDouble(b));
        }
        if (a.big == null) {
            long x = a.value;
            if (x == 1 || x == 0) {
                return b.signum() == 0 ? PyInt.ONE : PyInt.of(x);
            }
            if (x == -1) {
                return b.bigValue().testBit(0) ? PyInt.MINUS_ONE : PyInt.ONE;
            }
        }
        if (b.big != null || b.value > Integer.MAX_VALUE) {
            throw Errors.overflowError("exponent too large");
        }
        long e = b.value;
        if (a.big == null) {
            long result = 1, base = a.value;
            long n = e;
            boolean overflow = false;
            while (n > 0) {
                if ((n & 1) != 0) {
                    long r = result * base;
                    if (Math.multiplyHigh(result, base) != (r >> 63)) {
                        overflow = true;
                        break;
                    }
                    result = r;
                }
                n >>= 1;
                if (n > 0) {
                    long sq = base * base;
                    if (Math.multiplyHigh(base, base) != (sq >> 63)) {
                        overflow = true;
                        break;
                    }
                    base = sq;
                }
            }
            if (!overflow) {
                return PyInt.of(result);
            }
        }
        return PyInt.of(a.bigValue().pow((int) e));
    }

    /** {@code pow(a, b, m)}, including modular inverses for negative exponents. */
    public static PyInt powMod(PyInt a, PyInt b, PyInt m) {
        if (m.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger mod = m.bigValue();
        BigInteger absMod = mod.abs();
        if (absMod.equals(BigInteger.ONE)) {
            return PyInt.ZERO;
        }
        BigInteger base = a.bigValue();
        BigInteger exp = b.bigValue();
        if (exp.signum() < 0) {
            try {
                base = base.mod(absMod).modInverse(absMod);
            } catch (ArithmeticException e) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
            exp = exp.negate();
        }
        BigInteger r = base.mod(absMod).modPow(exp, absMod);
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return PyInt.of(r);
    }

    public static double toDouble(PyInt a) {
        if (a.big == null) {
            return (double) a.value;
        }
        double d = a.big.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** Correctly rounded {@code a / b}. */
    public static double trueDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("division by zero");
        }
        if (a.big == null && b.big == null && Math.abs(a.value) <= (1L << 53) && Math.abs(b.value) <= (1L << 53)) {
            return (double) a.value / (double) b.value;
        }
        boolean negative = (a.signum() < 0) ^ (b.signum() < 0);
        BigInteger x = a.bigValue().abs(), y = b.bigValue().abs();
        if (x.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        // Scale so the integer quotient has at least 55 significant bits, then round once.
        int shift = 55 - (x.bitLength() - y.bitLength());
        BigInteger num = shift > 0 ? x.shiftLeft(shift) : x;
        BigInteger den = shift < 0 ? y.shiftLeft(-shift) : y;
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) {
            q = q.shiftLeft(1).or(BigInteger.ONE); // sticky bit
            shift += 1;
        }
        double d = new BigDecimal(q).doubleValue(); // q < 2**57: exact ties are sticky-resolved
        double r = Math.scalb(d, -shift);
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("integer division result too large for a float");
        }
        // scalb may double-round into the subnormal range; recompute exactly there.
        if (Math.abs(r) < Double.MIN_NORMAL) {
            r = new BigDecimal(x).divide(new BigDecimal(y), new MathContext(800, RoundingMode.HALF_EVEN)).doubleValue();
        }
        return negative ? -r : r;
    }

    /** CPython's numeric hash of an int. */
    public static long hash(PyInt a) {
        long h;
        if (a.big == null) {
            long v = a.value;
            if (v == Long.MIN_VALUE) {
                h = -BigInteger.valueOf(v).negate().mod(BIG_MODULUS).longValue();
            } else {
                long m = Math.abs(v) % HASH_MODULUS;
                h = v < 0 ? -m : m;
            }
        } else {
            long m = a.big.abs().mod(BIG_MODULUS).longValue();
            h = a.big.signum() < 0 ? -m : m;
        }
        return h == -1 ? -2 : h;
    }

    public static int bitLength(PyInt a) {
        if (a.big == null) {
            long v = a.value;
            return v == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(v));
        }
        return a.big.abs().bitLength();
    }

    /** {@code str(int)}, with CPython's limit on decimal digits (sys.set_int_max_str_digits). */
    /** The decimal strings of 0..1023: str() of small ints (indexes, counts) without allocating. */
    private static final String[] SMALL_DECIMALS = new String[1024];
    static {
        for (int k = 0; k < SMALL_DECIMALS.length; k++) {
            SMALL_DECIMALS[k] = Integer.toString(k);
        }
    }

    public static String toString(PyInt a) {
        if (a.big == null) {
            long v = a.value;
            return v >= 0 && v < SMALL_DECIMALS.length ? SMALL_DECIMALS[(int) v] : Long.toString(v);
        }
        try {
            return dev.weft.runtime.format.IntDigitLimit.toDecimalString(a.big);
        } catch (dev.weft.runtime.format.FormatError e) {
            throw dev.weft.runtime.exc.LibraryErrors.convert(e);
        }
    }
}
