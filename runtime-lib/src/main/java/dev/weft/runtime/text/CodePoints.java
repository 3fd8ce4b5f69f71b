package dev.weft.runtime.text;

/**
 * Python {@code str} indexing over Java Strings: lengths, indices and slices count code points,
 * not UTF-16 units. A String without surrogates (see {@link #hasSurrogates}) has identical char
 * and code-point indices, so a caller that caches that fact can index it in O(1) with
 * {@link String#charAt}; the methods here are O(1) for such strings only in that sense and scan
 * otherwise.
 *
 * <p>Lone surrogates: a Python str may hold unpaired surrogate code points (from
 * {@code surrogateescape}, {@code surrogatepass} or {@code '\ud800'} literals). They are kept in
 * the Java String as unpaired {@code char}s and count as one code point each. The one thing this
 * representation cannot express is a high surrogate immediately followed by a low surrogate as
 * two separate code points: Java reads such a pair as one supplementary character, so Python's
 * {@code '\ud83d' + '\ude00'} (length 2) becomes {@code '\U0001f600'} (length 1) here.
 */
public final class CodePoints {
    private CodePoints() {
    }

    /** Whether any char of {@code s} is a surrogate (paired or not). */
    public static boolean hasSurrogates(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} holds an unpaired surrogate. */
    public static boolean hasLoneSurrogates(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** {@code len(s)}: the number of code points. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The char index of code-point index {@code cpIndex} (0 <= cpIndex <= length(s)). */
    public static int charIndex(String s, int cpIndex) {
        return s.offsetByCodePoints(0, cpIndex);
    }

    /** The code-point index of char index {@code charIndex}. */
    public static int codePointIndex(String s, int charIndex) {
        return s.codePointCount(0, charIndex);
    }

    /** {@code ord(s[index])} for 0 <= index < length(s). */
    public static int codePointAt(String s, int index) {
        return s.codePointAt(s.offsetByCodePoints(0, index));
    }

    /** {@code s[index]} for 0 <= index < length(s). */
    public static String charAt(String s, int index) {
        return fromCodePoint(codePointAt(s, index));
    }

    /** {@code chr(cp)}; lone surrogates give a one-char String. */
    public static String fromCodePoint(int cp) {
        if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            return String.valueOf((char) cp);
        }
        return new String(Character.toChars(cp));
    }

    /** {@code s[start:end]} for 0 <= start <= end <= length(s). */
    public static String substring(String s, int start, int end) {
        int cs = s.offsetByCodePoints(0, start);
        int ce = s.offsetByCodePoints(cs, end - start);
        return s.substring(cs, ce);
    }

    /**
     * {@code s[start:stop:step]} for indices already adjusted as {@code slice.indices} does
     * (step != 0; with step < 0, start may be -1 .. length-1 and stop -1 .. length-1).
     */
    public static String slice(String s, int start, int stop, int step) {
        if (step == 1) {
            return start >= stop ? "" : substring(s, start, stop);
        }
        int[] cps = s.codePoints().toArray();
        StringBuilder out = new StringBuilder();
        if (step > 0) {
            for (int i = start; i < stop; i += step) {
                out.appendCodePoint(cps[i]);
            }
        } else {
            for (int i = start; i > stop; i += step) {
                out.appendCodePoint(cps[i]);
            }
        }
        return out.toString();
    }

    /** Compares as Python does: by code point, not by UTF-16 unit. Returns <0, 0 or >0. */
    public static int compare(String a, String b) {
        int na = a.length();
        int nb = b.length();
        int n = Math.min(na, nb);
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                if (Character.isSurrogate(ca) || Character.isSurrogate(cb)) {
                    return Integer.compare(a.codePointAt(backToStart(a, i)),
                            b.codePointAt(backToStart(b, i)));
                }
                return ca - cb;
            }
        }
        return Integer.compare(na, nb);
    }

    /** The start of the code point containing char index {@code i}. */
    private static int backToStart(String s, int i) {
        if (i > 0 && Character.isLowSurrogate(s.charAt(i))
                && Character.isHighSurrogate(s.charAt(i - 1))) {
            return i - 1;
        }
        return i;
    }

    /** The code points of {@code s}. */
    public static int[] toArray(String s) {
        return s.codePoints().toArray();
    }

    /** A String of the given code points. */
    public static String fromCodePoints(int[] cps, int offset, int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = offset; i < offset + count; i++) {
            out.appendCodePoint(cps[i]);
        }
        return out.toString();
    }
}
