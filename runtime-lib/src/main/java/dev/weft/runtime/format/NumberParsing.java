package dev.weft.runtime.format;

import dev.weft.runtime.text.StrRepr;

import java.math.BigInteger;

/**
 * {@code float(str)} and {@code int(str, base)} as CPython 3.13 accepts them: surrounding
 * whitespace, Unicode decimal digits, single underscores between digits, inf/nan spellings,
 * base prefixes, and the decimal digit limit of {@link IntDigitLimit}.
 */
public final class NumberParsing {
    private NumberParsing() {}

    /** A quiet nan with the sign bit set, as CPython keeps for "-nan". */
    static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    /** {@code float(s)}. */
    public static double parseFloat(String s) {
        String t = toAsciiDigitsAndSpaces(s);
        int start = 0;
        int end = t.length();
        while (start < end && isAsciiSpace(t.charAt(start))) {
            start++;
        }
        while (end > start && isAsciiSpace(t.charAt(end - 1))) {
            end--;
        }
        String body = t.substring(start, end);
        if (body.indexOf('_') >= 0) {
            body = removeUnderscoresBetweenDigits(body);
            if (body == null) {
                throw floatError(s);
            }
        }
        double special = parseInfOrNan(body);
        if (!Double.isNaN(special) || isNanSpelling(body)) {
            return special;
        }
        if (!isDecimalFloat(body)) {
            throw floatError(s);
        }
        return Double.parseDouble(body);
    }

    /** {@code float(s)} failing with CPython's message. */
    private static FormatError floatError(String s) {
        return FormatError.valueError("could not convert string to float: " + StrRepr.repr(s));
    }

    /** [sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits], all ASCII. */
    static boolean isDecimalFloat(String b) {
        int i = 0;
        int n = b.length();
        if (i < n && (b.charAt(i) == '+' || b.charAt(i) == '-')) {
            i++;
        }
        int intDigits = 0;
        while (i < n && isDigit(b.charAt(i))) {
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        if (i < n && b.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(b.charAt(i))) {
                i++;
                fracDigits++;
            }
        }
        if (intDigits + fracDigits == 0) {
            return false;
        }
        if (i < n && (b.charAt(i) == 'e' || b.charAt(i) == 'E')) {
            i++;
            if (i < n && (b.charAt(i) == '+' || b.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(b.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    /** ±inf, ±infinity, ±nan in any case; NaN when not one of those (check with isNanSpelling). */
    private static double parseInfOrNan(String b) {
        String u = b;
        boolean negative = false;
        if (!u.isEmpty() && (u.charAt(0) == '+' || u.charAt(0) == '-')) {
            negative = u.charAt(0) == '-';
            u = u.substring(1);
        }
        if (u.equalsIgnoreCase("inf") || u.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (u.equalsIgnoreCase("nan")) {
            // CPython keeps the sign bit of a negative nan; it is invisible to repr.
            return negative ? NEGATIVE_NAN : Double.NaN;
        }
        return Double.NaN;
    }

    private static boolean isNanSpelling(String b) {
        String u = b;
        if (!u.isEmpty() && (u.charAt(0) == '+' || u.charAt(0) == '-')) {
            u = u.substring(1);
        }
        return u.equalsIgnoreCase("nan");
    }

    /**
     * Removes underscores that each sit between two digits (hex digits when {@code hex});
     * null if any underscore is elsewhere.
     */
    static String removeUnderscoresBetweenDigits(String b) {
        StringBuilder sb = new StringBuilder(b.length());
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '_') {
                if (i == 0 || i == b.length() - 1 || !isDigit(b.charAt(i - 1)) || !isDigit(b.charAt(i + 1))) {
                    return null;
                }
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** {@code int(s, base)}: base 0 or 2..36. */
    public static BigInteger parseInt(String s, int base) {
        if ((base != 0 && base < 2) || base > 36) {
            throw FormatError.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String t = toAsciiDigitsAndSpaces(s);
        int i = 0;
        int n = t.length();
        while (i < n && isAsciiSpace(t.charAt(i))) {
            i++;
        }
        while (n > i && isAsciiSpace(t.charAt(n - 1))) {
            n--;
        }
        boolean negative = false;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            negative = t.charAt(i) == '-';
            i++;
        }
        int effectiveBase = base;
        boolean prefixed = false;
        if (i + 1 < n && t.charAt(i) == '0') {
            char p = Character.toLowerCase(t.charAt(i + 1));
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                effectiveBase = prefixBase;
                prefixed = true;
                i += 2;
            }
        }
        if (effectiveBase == 0) {
            effectiveBase = 10;
        }
        // Digits with single underscores between them (one may follow a base prefix).
        StringBuilder digits = new StringBuilder(n - i);
        boolean lastWasDigit = prefixed; // "0x_1" is allowed
        boolean valid = i < n;
        for (int k = i; k < n && valid; k++) {
            char c = t.charAt(k);
            if (c == '_') {
                valid = lastWasDigit;
                lastWasDigit = false;
                continue;
            }
            int d = Character.digit(c, effectiveBase);
            if (d < 0 || c > 'z') {
                valid = false;
                break;
            }
            digits.append(c);
            lastWasDigit = true;
        }
        if (!lastWasDigit || digits.length() == 0) {
            valid = false;
        }
        // Base 0 without prefix: a decimal with a leading zero must be all zeros.
        if (valid && base == 0 && !prefixed && digits.charAt(0) == '0') {
            for (int k = 0; k < digits.length(); k++) {
                if (digits.charAt(k) != '0') {
                    valid = false;
                    break;
                }
            }
        }
        if (!valid) {
            throw FormatError.valueError("invalid literal for int() with base " + base + ": " + StrRepr.reprTruncated(s, 200));
        }
        int limit = IntDigitLimit.get();
        if (limit > 0 && Integer.bitCount(effectiveBase) != 1 && digits.length() > limit) {
            throw IntDigitLimit.fromStrError(limit, digits.length());
        }
        BigInteger v = new BigInteger(digits.toString(), effectiveBase);
        return negative ? v.negate() : v;
    }

    /**
     * CPython's {@code _PyUnicode_TransformDecimalAndSpaceToASCII}: Unicode decimal digits to
     * ASCII digits, Unicode whitespace to ' ', any other non-ASCII character to '?'.
     */
    static String toAsciiDigitsAndSpaces(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                sb.append((char) c);
            } else if (isPythonWhitespace(c)) {
                sb.append(' ');
            } else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(c, 10)));
            } else {
                sb.append('?');
            }
        }
        return sb.toString();
    }

    /** Python's {@code str.isspace} for one code point. */
    static boolean isPythonWhitespace(int c) {
        if (c < 0x80) {
            return isAsciiSpace((char) c) || (c >= 0x1c && c <= 0x1f);
        }
        if (c == 0x85 || c == 0xa0) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.SPACE_SEPARATOR || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR;
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
