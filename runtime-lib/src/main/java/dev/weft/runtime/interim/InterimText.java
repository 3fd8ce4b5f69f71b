package dev.weft.runtime.interim;

import java.util.ArrayList;
import java.util.List;

/**
 * INTERIM str methods over Java Strings (to be replaced by dev.weft.runtime.text). Case
 * mapping and character classes use the JDK's Unicode tables, not CPython 3.13's.
 */
public final class InterimText {
    private InterimText() { }

    public static boolean isPySpace(int c) {
        return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0
                || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f
                || c == 0x205f || c == 0x3000;
    }

    public static String strip(String s, String chars, boolean left, boolean right) {
        int i = 0, j = s.length();
        if (left) {
            while (i < j && (chars == null ? isPySpace(s.codePointAt(i)) : chars.indexOf(s.codePointAt(i)) >= 0)) {
                i += Character.charCount(s.codePointAt(i));
            }
        }
        if (right) {
            while (j > i && (chars == null ? isPySpace(s.codePointBefore(j)) : chars.indexOf(s.codePointBefore(j)) >= 0)) {
                j -= Character.charCount(s.codePointBefore(j));
            }
        }
        return s.substring(i, j);
    }

    /** {@code s.split(sep, maxsplit)}; sep null means runs of whitespace. */
    public static List<String> split(String s, String sep, int maxsplit) {
        List<String> out = new ArrayList<>();
        if (sep == null) {
            int i = 0, n = s.length();
            while (true) {
                while (i < n && isPySpace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (maxsplit >= 0 && out.size() == maxsplit) {
                    out.add(strip(s.substring(i), null, false, true));
                    break;
                }
                int j = i;
                while (j < n && !isPySpace(s.charAt(j))) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            }
            return out;
        }
        int i = 0;
        while (maxsplit < 0 || out.size() < maxsplit) {
            int j = s.indexOf(sep, i);
            if (j < 0) {
                break;
            }
            out.add(s.substring(i, j));
            i = j + sep.length();
        }
        out.add(s.substring(i));
        return out;
    }

    public static List<String> rsplit(String s, String sep, int maxsplit) {
        if (maxsplit < 0) {
            return split(s, sep, -1);
        }
        List<String> out = new ArrayList<>();
        if (sep == null) {
            int j = s.length();
            while (true) {
                while (j > 0 && isPySpace(s.charAt(j - 1))) {
                    j--;
                }
                if (j <= 0) {
                    break;
                }
                if (out.size() == maxsplit) {
                    out.add(0, strip(s.substring(0, j), null, true, false));
                    break;
                }
                int i = j;
                while (i > 0 && !isPySpace(s.charAt(i - 1))) {
                    i--;
                }
                out.add(0, s.substring(i, j));
                j = i;
            }
            return out;
        }
        int j = s.length();
        while (out.size() < maxsplit) {
            int i = s.lastIndexOf(sep, j - sep.length());
            if (i < 0 || j - sep.length() < 0) {
                break;
            }
            out.add(0, s.substring(i + sep.length(), j));
            j = i;
        }
        out.add(0, s.substring(0, j));
        return out;
    }

    public static List<String> splitlines(String s, boolean keepends) {
        List<String> out = new ArrayList<>();
        int i = 0, n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                eol = (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') ? j + 2 : j + 1;
            }
            out.add(s.substring(i, keepends ? eol : j));
            i = eol;
        }
        return out;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    public static String upper(String s) { return s.toUpperCase(java.util.Locale.ROOT); }
    public static String lower(String s) { return s.toLowerCase(java.util.Locale.ROOT); }

    public static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int cp = s.codePointAt(0);
        int n = Character.charCount(cp);
        return new String(Character.toChars(Character.toTitleCase(cp))) + lower(s.substring(n));
    }

    public static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (prevCased) {
                sb.appendCodePoint(Character.toLowerCase(cp));
            } else {
                sb.appendCodePoint(Character.toTitleCase(cp));
            }
            prevCased = Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
        }
        return sb.toString();
    }

    public static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            sb.append(Character.isUpperCase(cp) ? c.toLowerCase(java.util.Locale.ROOT)
                    : Character.isLowerCase(cp) ? c.toUpperCase(java.util.Locale.ROOT) : c);
        });
        return sb.toString();
    }

    public interface CpTest {
        boolean test(int cp);
    }

    public static boolean all(String s, CpTest t) {
        if (s.isEmpty()) {
            return false;
        }
        return s.codePoints().allMatch(t::test);
    }

    public static boolean isCasedUpper(String s, boolean upper) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (upper ? Character.isLowerCase(cp) || Character.isTitleCase(cp) : Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            cased |= upper ? Character.isUpperCase(cp) : Character.isLowerCase(cp);
        }
        return cased;
    }

    public static String center(String s, int width, int fill, int mode) {
        int len = s.codePointCount(0, s.length());
        if (width <= len) {
            return s;
        }
        int total = width - len;
        String f = new String(Character.toChars(fill));
        int left;
        switch (mode) {
            case 0: left = 0; break;          // ljust
            case 1: left = total; break;      // rjust
            default: left = total / 2 + (total & width & 1); break; // center, as CPython
        }
        return f.repeat(left) + s + f.repeat(total - left);
    }

    public static String zfill(String s, int width) {
        int len = s.codePointCount(0, s.length());
        if (width <= len) {
            return s;
        }
        String zeros = "0".repeat(width - len);
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    public static String expandtabs(String s, int tabsize) {
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    int n = tabsize - col % tabsize;
                    sb.append(" ".repeat(n));
                    col += n;
                }
            } else {
                sb.append(c);
                col = (c == '\n' || c == '\r') ? 0 : col + 1;
            }
        }
        return sb.toString();
    }

    /** Python's str.isidentifier (approximated with the JDK's identifier classes). */
    public static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        return s.codePoints().allMatch(c -> c == '_' || (Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c)));
    }

    /** Python's str.isprintable (approximated with JDK categories). */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL: case Character.FORMAT: case Character.SURROGATE: case Character.PRIVATE_USE:
            case Character.UNASSIGNED: case Character.LINE_SEPARATOR: case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** {@code repr(str)}. */
    public static String repr(String s) {
        boolean single = s.indexOf('\'') >= 0, dbl = s.indexOf('"') >= 0;
        char q = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == q || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.append(q).toString();
    }
}
