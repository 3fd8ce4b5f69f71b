package dev.weft.runtime.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The searching, splitting and replacing methods of Python's {@code str}, with code-point
 * indices. Optional {@code start}/{@code end} arguments are taken as Python gives them (negative
 * counts from the end, out-of-range values clamp); pass {@code 0} and {@link #END} for None.
 * Results that are indices are code-point indices.
 */
public final class StrSearch {
    /** The {@code end} argument standing for None (or any value past the end). */
    public static final int END = Integer.MAX_VALUE;

    private StrSearch() {
    }

    /** CPython's ADJUST_INDICES: returns {start, end} clamped for a sequence of {@code length}. */
    static int[] adjust(int start, int end, int length) {
        if (end > length) {
            end = length;
        } else if (end < 0) {
            end += length;
            if (end < 0) {
                end = 0;
            }
        }
        if (start < 0) {
            start += length;
            if (start < 0) {
                start = 0;
            }
        }
        return new int[] {start, end};
    }

    /**
     * Whether a match of {@code subLength} chars at char index {@code i} of {@code s} starts and
     * ends on code-point boundaries (a lone surrogate in the needle must not match half a pair).
     */
    static boolean onBoundaries(String s, int i, int subLength) {
        int e = i + subLength;
        if (i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i))
                && Character.isHighSurrogate(s.charAt(i - 1))) {
            return false;
        }
        return !(e > 0 && e < s.length() && Character.isLowSurrogate(s.charAt(e))
                && Character.isHighSurrogate(s.charAt(e - 1)));
    }

    /** First char index >= from of a whole match of sub ending at or before {@code to}, or -1. */
    static int indexOf(String s, String sub, int from, int to) {
        int m = sub.length();
        while (true) {
            int i = s.indexOf(sub, from);
            if (i < 0 || i + m > to) {
                return -1;
            }
            if (onBoundaries(s, i, m)) {
                return i;
            }
            from = i + 1;
        }
    }

    /** Last char index >= from of a whole match of sub ending at or before {@code to}, or -1. */
    static int lastIndexOf(String s, String sub, int from, int to) {
        int m = sub.length();
        int at = to - m;
        while (at >= from) {
            int i = s.lastIndexOf(sub, at);
            if (i < from) {
                return -1;
            }
            if (onBoundaries(s, i, m)) {
                return i;
            }
            at = i - 1;
        }
        return -1;
    }

    /** {@code s.find(sub)}. */
    public static int find(String s, String sub) {
        return find(s, sub, 0, END);
    }

    /** {@code s.find(sub, start, end)}. */
    public static int find(String s, String sub, int start, int end) {
        return find(s, false, sub, start, end);
    }

    /**
     * {@code s.find(sub, start, end)}; {@code charIndexed} says the caller knows that s holds no
     * surrogate pair, so code-point and char indices coincide and no index needs translating
     * (each translation scans s from its start: a scanner calling with a moving start would be
     * quadratic).
     */
    public static int find(String s, boolean charIndexed, String sub, int start, int end) {
        int n = length(s, charIndexed);
        int[] r = adjust(start, end, n);
        int m = CodePoints.length(sub);
        if ((long) r[1] - r[0] < m) {
            return -1;
        }
        if (m == 0) {
            return r[0];
        }
        int i = indexOf(s, sub, charIndex(s, charIndexed, r[0]), charIndex(s, charIndexed, r[1]));
        return i < 0 ? -1 : codePointIndex(s, charIndexed, i);
    }

    private static int length(String s, boolean charIndexed) {
        return charIndexed ? s.length() : CodePoints.length(s);
    }

    private static int charIndex(String s, boolean charIndexed, int cpIndex) {
        return charIndexed ? cpIndex : s.offsetByCodePoints(0, cpIndex);
    }

    private static int codePointIndex(String s, boolean charIndexed, int charIndex) {
        return charIndexed ? charIndex : s.codePointCount(0, charIndex);
    }

    /** {@code s.rfind(sub, start, end)}. */
    public static int rfind(String s, String sub, int start, int end) {
        return rfind(s, false, sub, start, end);
    }

    /** {@code s.rfind(sub, start, end)}; {@code charIndexed} as for {@link #find(String, boolean, String, int, int)}. */
    public static int rfind(String s, boolean charIndexed, String sub, int start, int end) {
        int n = length(s, charIndexed);
        int[] r = adjust(start, end, n);
        int m = CodePoints.length(sub);
        if ((long) r[1] - r[0] < m) {
            return -1;
        }
        if (m == 0) {
            return r[1];
        }
        int i = lastIndexOf(s, sub, charIndex(s, charIndexed, r[0]), charIndex(s, charIndexed, r[1]));
        return i < 0 ? -1 : codePointIndex(s, charIndexed, i);
    }

    public static int rfind(String s, String sub) {
        return rfind(s, sub, 0, END);
    }

    /** {@code s.index(sub, start, end)}: raises ValueError "substring not found". */
    public static int index(String s, String sub, int start, int end) {
        return index(s, false, sub, start, end);
    }

    public static int index(String s, boolean charIndexed, String sub, int start, int end) {
        int i = find(s, charIndexed, sub, start, end);
        if (i < 0) {
            throw TextError.valueError("substring not found");
        }
        return i;
    }

    public static int rindex(String s, String sub, int start, int end) {
        return rindex(s, false, sub, start, end);
    }

    public static int rindex(String s, boolean charIndexed, String sub, int start, int end) {
        int i = rfind(s, charIndexed, sub, start, end);
        if (i < 0) {
            throw TextError.valueError("substring not found");
        }
        return i;
    }

    /** {@code sub in s}. */
    public static boolean contains(String s, String sub) {
        return sub.isEmpty() || indexOf(s, sub, 0, s.length()) >= 0;
    }

    /** {@code s.count(sub, start, end)}: non-overlapping occurrences. */
    public static int count(String s, String sub, int start, int end) {
        return count(s, false, sub, start, end);
    }

    public static int count(String s, boolean charIndexed, String sub, int start, int end) {
        int n = length(s, charIndexed);
        int[] r = adjust(start, end, n);
        int m = CodePoints.length(sub);
        if ((long) r[1] - r[0] < m) {
            return 0;
        }
        if (m == 0) {
            return r[1] - r[0] + 1;
        }
        int from = charIndex(s, charIndexed, r[0]);
        int to = charIndex(s, charIndexed, r[1]);
        int count = 0;
        while (true) {
            int i = indexOf(s, sub, from, to);
            if (i < 0) {
                return count;
            }
            count++;
            from = i + sub.length();
        }
    }

    public static int count(String s, String sub) {
        return count(s, sub, 0, END);
    }

    /** {@code s.startswith(prefix, start, end)}. */
    public static boolean startswith(String s, String prefix, int start, int end) {
        return tailMatch(s, false, prefix, start, end, false);
    }

    /** {@code s.startswith((p1, p2, ...), start, end)}. */
    public static boolean startswith(String s, String[] prefixes, int start, int end) {
        return tailMatch(s, false, prefixes, start, end, false);
    }

    public static boolean endswith(String s, String suffix, int start, int end) {
        return tailMatch(s, false, suffix, start, end, true);
    }

    public static boolean endswith(String s, String[] suffixes, int start, int end) {
        return tailMatch(s, false, suffixes, start, end, true);
    }

    /**
     * {@code s.startswith(affixes, start, end)} ({@code atEnd} false) or {@code s.endswith(...)};
     * {@code charIndexed} as for {@link #find(String, boolean, String, int, int)}.
     */
    public static boolean tailMatch(String s, boolean charIndexed, String[] affixes, int start, int end,
            boolean atEnd) {
        for (String p : affixes) {
            if (tailMatch(s, charIndexed, p, start, end, atEnd)) {
                return true;
            }
        }
        return false;
    }

    /** One affix of {@link #tailMatch(String, boolean, String[], int, int, boolean)}. */
    public static boolean tailMatch(String s, boolean charIndexed, String sub, int start, int end, boolean atEnd) {
        int n = length(s, charIndexed);
        int[] r = adjust(start, end, n);
        int m = CodePoints.length(sub);
        int last = r[1] - m;
        if (last < r[0]) {
            return false;
        }
        if (m == 0) {
            return true;
        }
        int at = charIndex(s, charIndexed, atEnd ? last : r[0]);
        return s.regionMatches(at, sub, 0, sub.length()) && onBoundaries(s, at, sub.length());
    }

    /** {@code s.removeprefix(prefix)}. */
    public static String removeprefix(String s, String prefix) {
        if (!prefix.isEmpty() && s.startsWith(prefix) && onBoundaries(s, 0, prefix.length())) {
            return s.substring(prefix.length());
        }
        return s;
    }

    /** {@code s.removesuffix(suffix)}. */
    public static String removesuffix(String s, String suffix) {
        int at = s.length() - suffix.length();
        if (!suffix.isEmpty() && s.endsWith(suffix) && onBoundaries(s, at, suffix.length())) {
            return s.substring(0, at);
        }
        return s;
    }

    /** {@code s.replace(old, new, count)}; a negative count replaces all occurrences. */
    public static String replace(String s, String old, String replacement, int count) {
        if (count < 0) {
            count = Integer.MAX_VALUE;
        }
        if (count == 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        if (old.isEmpty()) {
            int i = 0;
            int n = s.length();
            while (count > 0 && i < n) {
                out.append(replacement);
                count--;
                int next = s.offsetByCodePoints(i, 1);
                out.append(s, i, next);
                i = next;
            }
            if (i < n) {
                out.append(s, i, n);
            } else if (count > 0) {
                out.append(replacement);
            }
            return out.toString();
        }
        int from = 0;
        while (count > 0) {
            int i = indexOf(s, old, from, s.length());
            if (i < 0) {
                break;
            }
            out.append(s, from, i).append(replacement);
            from = i + old.length();
            count--;
        }
        if (from == 0) {
            return s;
        }
        out.append(s, from, s.length());
        return out.toString();
    }

    public static String replace(String s, String old, String replacement) {
        return replace(s, old, replacement, -1);
    }

    /** {@code s.split(sep, maxsplit)}; {@code sep == null} splits on whitespace runs. */
    public static List<String> split(String s, String sep, int maxsplit) {
        int maxcount = maxsplit < 0 ? Integer.MAX_VALUE : maxsplit;
        List<String> out = new ArrayList<>();
        if (sep == null) {
            // Whitespace is all in the BMP and never a surrogate, so chars suffice here.
            int n = s.length();
            int i = 0;
            while (maxcount-- > 0) {
                while (i < n && UnicodeDatabase.isSpace(s.charAt(i))) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                int j = i;
                i++;
                while (i < n && !UnicodeDatabase.isSpace(s.charAt(i))) {
                    i++;
                }
                out.add(s.substring(j, i));
            }
            if (i < n) {
                while (i < n && UnicodeDatabase.isSpace(s.charAt(i))) {
                    i++;
                }
                if (i != n) {
                    out.add(s.substring(i));
                }
            }
            return out;
        }
        checkSeparator(sep);
        int from = 0;
        while (maxcount-- > 0) {
            int i = indexOf(s, sep, from, s.length());
            if (i < 0) {
                break;
            }
            out.add(s.substring(from, i));
            from = i + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }

    public static List<String> split(String s) {
        return split(s, null, -1);
    }

    /** {@code s.rsplit(sep, maxsplit)}. */
    public static List<String> rsplit(String s, String sep, int maxsplit) {
        int maxcount = maxsplit < 0 ? Integer.MAX_VALUE : maxsplit;
        List<String> out = new ArrayList<>();
        if (sep == null) {
            int i = s.length() - 1;
            while (maxcount-- > 0) {
                while (i >= 0 && UnicodeDatabase.isSpace(s.charAt(i))) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                int j = i;
                i--;
                while (i >= 0 && !UnicodeDatabase.isSpace(s.charAt(i))) {
                    i--;
                }
                out.add(s.substring(i + 1, j + 1));
            }
            if (i >= 0) {
                while (i >= 0 && UnicodeDatabase.isSpace(s.charAt(i))) {
                    i--;
                }
                if (i >= 0) {
                    out.add(s.substring(0, i + 1));
                }
            }
            Collections.reverse(out);
            return out;
        }
        checkSeparator(sep);
        int to = s.length();
        while (maxcount-- > 0) {
            int i = lastIndexOf(s, sep, 0, to);
            if (i < 0) {
                break;
            }
            out.add(s.substring(i + sep.length(), to));
            to = i;
        }
        out.add(s.substring(0, to));
        Collections.reverse(out);
        return out;
    }

    /** {@code s.partition(sep)}: a 3-element array. */
    public static String[] partition(String s, String sep) {
        checkSeparator(sep);
        int i = indexOf(s, sep, 0, s.length());
        if (i < 0) {
            return new String[] {s, "", ""};
        }
        return new String[] {s.substring(0, i), sep, s.substring(i + sep.length())};
    }

    /** {@code s.rpartition(sep)}: a 3-element array. */
    public static String[] rpartition(String s, String sep) {
        checkSeparator(sep);
        int i = lastIndexOf(s, sep, 0, s.length());
        if (i < 0) {
            return new String[] {"", "", s};
        }
        return new String[] {s.substring(0, i), sep, s.substring(i + sep.length())};
    }

    private static void checkSeparator(String sep) {
        if (sep.isEmpty()) {
            throw TextError.valueError("empty separator");
        }
    }
}
