package dev.weft.runtime.format;

import dev.weft.runtime.text.StrRepr;

/**
 * {@code complex(str)} as CPython 3.13 accepts it: optional surrounding whitespace and one pair
 * of parentheses, then {@code real}, {@code imag j}, {@code real±imag j} or a bare {@code ±j},
 * with float syntax for each part (underscores between digits, inf/nan spellings, Unicode
 * digits) and no spaces inside.
 */
public final class ComplexParsing {
    private ComplexParsing() {}

    /** {@code {real, imag}}; a FormatError with CPython's message if the text is malformed. */
    public static double[] parse(String s) {
        String t = NumberParsing.toAsciiDigitsAndSpaces(s);
        if (t.indexOf('_') >= 0) {
            t = NumberParsing.removeUnderscoresBetweenDigits(t);
            if (t == null) {
                throw FormatError.valueError("could not convert string to complex: " + StrRepr.repr(s));
            }
        }
        int start = skipSpaces(t, 0);
        int end = t.length();
        while (end > start && t.charAt(end - 1) == ' ') {
            end--;
        }
        if (start < end && t.charAt(start) == '(') {
            if (t.charAt(end - 1) != ')' || end - start < 2) {
                throw malformed();
            }
            start = skipSpaces(t, start + 1);
            end--;
            while (end > start && t.charAt(end - 1) == ' ') {
                end--;
            }
        }
        String b = t.substring(start, end);
        int n = b.length();
        double[] x = new double[1];
        int afterX = scanFloat(b, 0, x);
        if (afterX > 0) {
            if (afterX == n) {
                return new double[] {x[0], 0.0};
            }
            char c = b.charAt(afterX);
            if (isJ(c) && afterX + 1 == n) {
                return new double[] {0.0, x[0]};
            }
            if (c == '+' || c == '-') {
                double[] y = new double[1];
                int afterY = scanFloat(b, afterX, y);
                int j = afterY;
                if (afterY < 0) {
                    y[0] = c == '-' ? -1.0 : 1.0;
                    j = afterX + 1;
                }
                if (j + 1 == n && isJ(b.charAt(j))) {
                    return new double[] {x[0], y[0]};
                }
            }
            throw malformed();
        }
        int i = 0;
        double sign = 1.0;
        if (i < n && (b.charAt(i) == '+' || b.charAt(i) == '-')) {
            sign = b.charAt(i) == '-' ? -1.0 : 1.0;
            i++;
        }
        if (i + 1 == n && isJ(b.charAt(i))) {
            return new double[] {0.0, sign};
        }
        throw malformed();
    }

    private static FormatError malformed() {
        return FormatError.valueError("complex() arg is a malformed string");
    }

    private static boolean isJ(char c) {
        return c == 'j' || c == 'J';
    }

    private static int skipSpaces(String t, int i) {
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * The longest float at {@code from} (sign, digits
     * with underscores already removed,
     * fraction, exponent, or inf/infinity/nan): its end, with the value in {@code out[0]}; -1 if none.
     */
    static int scanFloat(String b, int from, double[] out) {
        int n = b.length();
        int i = from;
        boolean negative = false;
        if (i < n && (b.charAt(i) == '+' || b.charAt(i) == '-')) {
            negative = b.charAt(i) == '-';
            i++;
        }
        for (String word : new String[] {"infinity", "inf", "nan"}) {
            if (b.regionMatches(true, i, word, 0, word.length())) {
                double v = word.equals("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
                out[0] = negative ? -v : v;
                return i + word.length();
            }
        }
        StringBuilder digits = new StringBuilder(negative ? "-" : "");
        int intEnd = digitRun(b, i, digits);
        int j = intEnd;
        boolean any = intEnd > i;
        if (j < n && b.charAt(j) == '.') {
            digits.append('.');
            int fracEnd = digitRun(b, j + 1, digits);
            any |= fracEnd > j + 1;
            j = fracEnd;
        }
        if (!any) {
            return -1;
        }
        if (j < n && (b.charAt(j) == 'e' || b.charAt(j) == 'E')) {
            int k = j + 1;
            StringBuilder exp = new StringBuilder("e");
            if (k < n && (b.charAt(k) == '+' || b.charAt(k) == '-')) {
                exp.append(b.charAt(k));
                k++;
            }
            int expEnd = digitRun(b, k, exp);
            if (expEnd > k) {
                digits.append(exp);
                j = expEnd;
            }
        }
        out[0] = Double.parseDouble(digits.toString());
        return j;
    }

    /** ASCII digits, appended to {@code sink}; returns the end. */
    private static int digitRun(String b, int i, StringBuilder sink) {
        int n = b.length();
        int j = i;
        while (j < n && isDigit(b.charAt(j))) {
            sink.append(b.charAt(j));
            j++;
        }
        return j;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
