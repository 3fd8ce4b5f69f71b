package dev.weft.runtime.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Padding, stripping, line splitting and joining methods of Python's {@code str}; widths count
 * code points.
 */
public final class StrLayout {
    private StrLayout() {
    }

    /**
     * The code point of a fill-character argument; TypeError "The fill character must be exactly
     * one character long" otherwise.
     */
    public static int fillChar(String fill) {
        if (fill.isEmpty() || Character.charCount(fill.codePointAt(0)) != fill.length()) {
            throw TextError.typeError("The fill character must be exactly one character long");
        }
        return fill.codePointAt(0);
    }

    private static String pad(String s, int left, int right, int fill) {
        if (left <= 0 && right <= 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + Math.max(left, 0) + Math.max(right, 0));
        for (int i = 0; i < left; i++) {
            out.appendCodePoint(fill);
        }
        out.append(s);
        for (int i = 0; i < right; i++) {
            out.appendCodePoint(fill);
        }
        return out.toString();
    }

    /** {@code s.center(width, fillchar)}. */
    public static String center(String s, int width, int fill) {
        int n = CodePoints.length(s);
        if (n >= width) {
            return s;
        }
        int marg = width - n;
        int left = marg / 2 + (marg & width & 1);
        return pad(s, left, marg - left, fill);
    }

    public static String ljust(String s, int width, int fill) {
        int n = CodePoints.length(s);
        return n >= width ? s : pad(s, 0, width - n, fill);
    }

    public static String rjust(String s, int width, int fill) {
        int n = CodePoints.length(s);
        return n >= width ? s : pad(s, width - n, 0, fill);
    }

    /** {@code s.zfill(width)}: zeros after a leading sign. */
    public static String zfill(String s, int width) {
        int n = CodePoints.length(s);
        if (n >= width) {
            return s;
        }
        int fill = width - n;
        StringBuilder out = new StringBuilder(width);
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            out.append(s.charAt(0));
            out.append("0".repeat(fill));
            out.append(s, 1, s.length());
        } else {
            out.append("0".repeat(fill));
            out.append(s);
        }
        return out.toString();
    }

    /** {@code s.expandtabs(tabsize)}: columns restart after \n and \r; tabsize <= 0 drops tabs. */
    public static String expandtabs(String s, int tabsize) {
        StringBuilder out = new StringBuilder(s.length());
        long column = 0;
        for (int i = 0, n = s.length(); i < n; ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - (column % tabsize);
                    column += incr;
                    if (out.length() + incr > Integer.MAX_VALUE - 16) {
                        throw new TextError("OverflowError", "new string is too long");
                    }
                    for (long k = 0; k < incr; k++) {
                        out.append(' ');
                    }
                }
            } else {
                column++;
                out.appendCodePoint(c);
                if (c == '\n' || c == '\r') {
                    column = 0;
                }
            }
        }
        return out.toString();
    }

    /** {@code s.strip(chars)}; {@code chars == null} strips whitespace. */
    public static String strip(String s, String chars) {
        return doStrip(s, chars, true, true);
    }

    public static String lstrip(String s, String chars) {
        return doStrip(s, chars, true, false);
    }

    public static String rstrip(String s, String chars) {
        return doStrip(s, chars, false, true);
    }

    private static boolean strippable(int c, String chars) {
        if (chars == null) {
            return UnicodeDatabase.isSpace(c);
        }
        if (c <= 0xFFFF && Character.isSurrogate((char) c)) {
            return StrSearch.contains(chars, String.valueOf((char) c)); // not half of a pair
        }
        return chars.indexOf(c) >= 0;
    }

    private static String doStrip(String s, String chars, boolean left, boolean right) {
        int i = 0;
        int j = s.length();
        if (left) {
            while (i < j) {
                int c = s.codePointAt(i);
                if (!strippable(c, chars)) {
                    break;
                }
                i += Character.charCount(c);
            }
        }
        if (right) {
            while (j > i) {
                int c = s.codePointBefore(j);
                if (!strippable(c, chars)) {
                    break;
                }
                j -= Character.charCount(c);
            }
        }
        return s.substring(i, j);
    }

    /**
     * {@code s.splitlines(keepends)}: boundaries \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028
     * \u2029 (all BMP, so chars suffice).
     */
    public static List<String> splitlines(String s, boolean keepends) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (i < n && !UnicodeDatabase.isLineBreak(s.charAt(i))) {
                i++;
            }
            int eol = i;
            if (i < n) {
                if (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i += 2;
                } else {
                    i++;
                }
                if (keepends) {
                    eol = i;
                }
            }
            out.add(s.substring(j, eol));
        }
        return out;
    }

    /** {@code sep.join(items)}; the object model checks that items are str. */
    public static String join(String sep, List<String> items) {
        return String.join(sep, items);
    }

    /** {@code sep.join(parts)} over an array (no intermediate collection). */
    public static String join(String sep, String[] parts) {
        return String.join(sep, parts);
    }

    /**
     * CPython's {@code _PyUnicode_TransformDecimalAndSpaceToASCII}, the first step of int(),
     * float() and complex() on a str: whitespace becomes ' ', decimal digits of any script become
     * ASCII digits, and the first other non-ASCII character (or DEL) ends the result as '?'.
     */
    public static String transformDecimalAndSpaceToAscii(String s) {
        StringBuilder out = null;
        for (int i = 0, n = s.length(); i < n; ) {
            int c = s.codePointAt(i);
            if (c < 127) {
                if (out != null) {
                    out.append((char) c);
                }
            } else {
                if (out == null) {
                    out = new StringBuilder(s.length());
                    out.append(s, 0, i);
                }
                if (UnicodeDatabase.isSpace(c)) {
                    out.append(' ');
                } else {
                    int d = UnicodeDatabase.decimal(c);
                    if (d < 0) {
                        out.append('?');
                        return out.toString();
                    }
                    out.append((char) ('0' + d));
                }
            }
            i += Character.charCount(c);
        }
        return out == null ? s : out.toString();
    }
}
