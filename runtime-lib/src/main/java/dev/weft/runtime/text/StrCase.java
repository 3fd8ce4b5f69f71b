package dev.weft.runtime.text;

/**
 * Case mappings and character-class predicates of Python's {@code str}, as CPython 3.13 defines
 * them over Unicode 15.1 (full, possibly multi-character mappings; Final_Sigma in lower()).
 */
public final class StrCase {
    private static final int CAPITAL_SIGMA = 0x3A3;

    private StrCase() {
    }

    private static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@code s.lower()}. */
    public static String lower(String s) {
        if (isAscii(s)) {
            return asciiLower(s);
        }
        int[] cps = s.codePoints().toArray();
        StringBuilder out = new StringBuilder(s.length());
        int[] mapped = new int[UnicodeDatabase.MAX_MAPPING_LENGTH];
        for (int i = 0; i < cps.length; i++) {
            appendLower(out, cps, i, mapped);
        }
        return out.toString();
    }

    private static String asciiLower(String s) {
        char[] a = s.toCharArray();
        for (int i = 0; i < a.length; i++) {
            if (a[i] >= 'A' && a[i] <= 'Z') {
                a[i] += 32;
            }
        }
        return new String(a);
    }

    private static String asciiUpper(String s) {
        char[] a = s.toCharArray();
        for (int i = 0; i < a.length; i++) {
            if (a[i] >= 'a' && a[i] <= 'z') {
                a[i] -= 32;
            }
        }
        return new String(a);
    }

    /** Lower-cases cps[i] into out, applying Final_Sigma to U+03A3. */
    private static void appendLower(StringBuilder out, int[] cps, int i, int[] mapped) {
        int c = cps[i];
        if (c == CAPITAL_SIGMA) {
            out.appendCodePoint(isFinalSigma(cps, i) ? 0x3C2 : 0x3C3);
            return;
        }
        append(out, mapped, UnicodeDatabase.toLowerFull(c, mapped));
    }

    /** Final_Sigma: preceded by cased (skipping case-ignorables) and not followed by one. */
    private static boolean isFinalSigma(int[] cps, int i) {
        int j = i - 1;
        while (j >= 0 && UnicodeDatabase.isCaseIgnorable(cps[j])) {
            j--;
        }
        if (j < 0 || !UnicodeDatabase.isCased(cps[j])) {
            return false;
        }
        j = i + 1;
        while (j < cps.length && UnicodeDatabase.isCaseIgnorable(cps[j])) {
            j++;
        }
        return j == cps.length || !UnicodeDatabase.isCased(cps[j]);
    }

    private static void append(StringBuilder out, int[] mapped, int n) {
        for (int k = 0; k < n; k++) {
            out.appendCodePoint(mapped[k]);
        }
    }

    /** {@code s.upper()}. */
    public static String upper(String s) {
        if (isAscii(s)) {
            return asciiUpper(s);
        }
        StringBuilder out = new StringBuilder(s.length());
        int[] mapped = new int[UnicodeDatabase.MAX_MAPPING_LENGTH];
        s.codePoints().forEach(c -> append(out, mapped, UnicodeDatabase.toUpperFull(c, mapped)));
        return out.toString();
    }

    /** {@code s.casefold()}. */
    public static String casefold(String s) {
        if (isAscii(s)) {
            return asciiLower(s);
        }
        StringBuilder out = new StringBuilder(s.length());
        int[] mapped = new int[UnicodeDatabase.MAX_MAPPING_LENGTH];
        s.codePoints().forEach(c -> append(out, mapped, UnicodeDatabase.toFoldFull(c, mapped)));
        return out.toString();
    }

    /** {@code s.swapcase()}. */
    public static String swapcase(String s) {
        int[] cps = s.codePoints().toArray();
        StringBuilder out = new StringBuilder(s.length());
        int[] mapped = new int[UnicodeDatabase.MAX_MAPPING_LENGTH];
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (UnicodeDatabase.isUpper(c)) {
                appendLower(out, cps, i, mapped);
            } else if (UnicodeDatabase.isLower(c)) {
                append(out, mapped, UnicodeDatabase.toUpperFull(c, mapped));
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** {@code s.title()}: title-case after an uncased character, lower-case after a cased one. */
    public static String title(String s) {
        int[] cps = s.codePoints().toArray();
        StringBuilder out = new StringBuilder(s.length());
        int[] mapped = new int[UnicodeDatabase.MAX_MAPPING_LENGTH];
        boolean previousIsCased = false;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (previousIsCased) {
                appendLower(out, cps, i, mapped);
            } else {
                append(out, mapped, UnicodeDatabase.toTitleFull(c, mapped));
            }
            previousIsCased = UnicodeDatabase.isCased(c);
        }
        return out.toString();
    }

    /** {@code s.capitalize()}: the first character title-cased, the rest lower-cased. */
    public static String capitalize(String s) {
        int[] cps = s.codePoints().toArray();
        StringBuilder out = new StringBuilder(s.length());
        int[] mapped = new int[UnicodeDatabase.MAX_MAPPING_LENGTH];
        for (int i = 0; i < cps.length; i++) {
            if (i == 0) {
                append(out, mapped, UnicodeDatabase.toTitleFull(cps[0], mapped));
            } else {
                appendLower(out, cps, i, mapped);
            }
        }
        return out.toString();
    }

    private interface CodePointTest {
        boolean test(int cp);
    }

    private static boolean allNonEmpty(String s, CodePointTest test) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0, n = s.length(); i < n; ) {
            int c = s.codePointAt(i);
            if (!test.test(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    public static boolean isalpha(String s) {
        return allNonEmpty(s, UnicodeDatabase::isAlpha);
    }

    public static boolean isalnum(String s) {
        return allNonEmpty(s, UnicodeDatabase::isAlnum);
    }

    public static boolean isdecimal(String s) {
        return allNonEmpty(s, UnicodeDatabase::isDecimal);
    }

    public static boolean isdigit(String s) {
        return allNonEmpty(s, UnicodeDatabase::isDigit);
    }

    public static boolean isnumeric(String s) {
        return allNonEmpty(s, UnicodeDatabase::isNumeric);
    }

    public static boolean isspace(String s) {
        return allNonEmpty(s, UnicodeDatabase::isSpace);
    }

    /** {@code s.isprintable()}: true for the empty string. */
    public static boolean isprintable(String s) {
        return s.isEmpty() || allNonEmpty(s, UnicodeDatabase::isPrintable);
    }

    /** {@code s.isascii()}: true for the empty string. */
    public static boolean isascii(String s) {
        return isAscii(s);
    }

    /** {@code s.isidentifier()}: XID_Start or '_' first, XID_Continue after. */
    public static boolean isidentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (!UnicodeDatabase.isXidStart(first) && first != '_') {
            return false;
        }
        for (int i = Character.charCount(first), n = s.length(); i < n; ) {
            int c = s.codePointAt(i);
            if (!UnicodeDatabase.isXidContinue(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** {@code s.islower()}: no upper/title-case character and at least one lower-case one. */
    public static boolean islower(String s) {
        boolean cased = false;
        for (int i = 0, n = s.length(); i < n; ) {
            int c = s.codePointAt(i);
            if (UnicodeDatabase.isUpper(c) || UnicodeDatabase.isTitle(c)) {
                return false;
            }
            cased |= UnicodeDatabase.isLower(c);
            i += Character.charCount(c);
        }
        return cased;
    }

    /** {@code s.isupper()}. */
    public static boolean isupper(String s) {
        boolean cased = false;
        for (int i = 0, n = s.length(); i < n; ) {
            int c = s.codePointAt(i);
            if (UnicodeDatabase.isLower(c) || UnicodeDatabase.isTitle(c)) {
                return false;
            }
            cased |= UnicodeDatabase.isUpper(c);
            i += Character.charCount(c);
        }
        return cased;
    }

    /** {@code s.istitle()}: upper/title-case only after uncased, lower-case only after cased. */
    public static boolean istitle(String s) {
        boolean cased = false;
        boolean previousIsCased = false;
        for (int i = 0, n = s.length(); i < n; ) {
            int c = s.codePointAt(i);
            if (UnicodeDatabase.isUpper(c) || UnicodeDatabase.isTitle(c)) {
                if (previousIsCased) {
                    return false;
                }
                previousIsCased = true;
                cased = true;
            } else if (UnicodeDatabase.isLower(c)) {
                if (!previousIsCased) {
                    return false;
                }
                previousIsCased = true;
                cased = true;
            } else {
                previousIsCased = false;
            }
            i += Character.charCount(c);
        }
        return cased;
    }
}
