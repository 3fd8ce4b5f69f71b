package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Ops;

import java.math.BigInteger;

/** {@code int(str, base)} with CPython's syntax (underscores, prefixes, whitespace) and errors. */
public final class IntParse {
    private IntParse() { }

    /** sys.get_int_max_str_digits(); 0 disables the limit. */
    public static volatile int maxStrDigits = 4300;

    public static PyInt parse(String text, int base, PyObject original) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String s = text.strip();
        int i = 0, n = s.length();
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int b = base;
        if (i + 1 < n && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                b = prefixBase;
                i += 2;
                if (i < n && s.charAt(i) == '_') {
                    i++;
                }
            }
        }
        boolean base0Decimal = b == 0;
        if (b == 0) {
            b = 10;
        }
        StringBuilder digits = new StringBuilder(n - i);
        boolean lastUnderscore = true;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) {
                    throw invalid(original, base);
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, b);
            if (d < 0) {
                throw invalid(original, base);
            }
            digits.append(Character.forDigit(d, b));
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) {
            throw invalid(original, base);
        }
        if (base0Decimal && digits.length() > 1 && digits.charAt(0) == '0') {
            for (int k = 0; k < digits.length(); k++) {
                if (digits.charAt(k) != '0') {
                    throw invalid(original, base);
                }
            }
        }
        if ((b & (b - 1)) != 0 && maxStrDigits > 0 && digits.length() > maxStrDigits) {
            throw Errors.valueError("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; "
                    + "use sys.set_int_max_str_digits() to increase the limit", maxStrDigits, digits.length());
        }
        String ds = digits.toString();
        if (ds.length() <= 12 || (b <= 16 && ds.length() <= 15)) {
            long v = Long.parseLong(ds, b);
            return PyInt.of(negative ? -v : v);
        }
        BigInteger v = new BigInteger(ds, b);
        return PyInt.of(negative ? v.negate() : v);
    }

    private static RuntimeException invalid(PyObject original, int base) {
        return Errors.valueError("invalid literal for int() with base %d: %s", base, Ops.reprString(original));
    }
}
