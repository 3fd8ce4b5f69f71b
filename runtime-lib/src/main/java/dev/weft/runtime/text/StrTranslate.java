package dev.weft.runtime.text;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code str.translate} and {@code str.maketrans}. */
public final class StrTranslate {
    private StrTranslate() {
    }

    /**
     * The translation table as the object model sees it (a dict or any mapping): for a code
     * point, return {@link #UNMAPPED} when the lookup raises LookupError (the character is kept),
     * {@code null} for None (the character is deleted), an {@link Integer} or {@link Long} code
     * point, or a {@link String}. Anything else is a TypeError. Exceptions other than LookupError
     * propagate from the callback unchanged.
     */
    @FunctionalInterface
    public interface Table {
        Object lookup(int codePoint);
    }

    /** Returned by {@link Table#lookup} when the table has no entry for the code point. */
    public static final Object UNMAPPED = new Object() {
        @Override
        public String toString() {
            return "UNMAPPED";
        }
    };

    /** {@code s.translate(table)}. */
    public static String translate(String s, Table table) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0, n = s.length(); i < n; ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            Object r = table.lookup(c);
            if (r == UNMAPPED) {
                out.appendCodePoint(c);
            } else if (r == null) {
                continue;
            } else if (r instanceof String) {
                out.append((String) r);
            } else if (r instanceof Integer || r instanceof Long) {
                long v = ((Number) r).longValue();
                if (v < 0 || v > Character.MAX_CODE_POINT) {
                    throw TextError.valueError("character mapping must be in range(0x110000)");
                }
                out.appendCodePoint((int) v);
            } else {
                throw TextError.typeError("character mapping must return integer, None or str");
            }
        }
        return out.toString();
    }

    /**
     * {@code str.maketrans(x, y, z)} with strings: maps each code point of x to the one at the
     * same index of y, and those of z to None (a {@code null} value), in dict insertion order.
     * {@code z} may be null.
     */
    public static Map<Integer, Integer> maketrans(String x, String y, String z) {
        int[] from = x.codePoints().toArray();
        int[] to = y.codePoints().toArray();
        if (from.length != to.length) {
            throw TextError.valueError("the first two maketrans arguments must have equal length");
        }
        Map<Integer, Integer> table = new LinkedHashMap<>();
        for (int i = 0; i < from.length; i++) {
            table.put(from[i], to[i]);
        }
        if (z != null) {
            z.codePoints().forEach(c -> table.put(c, null));
        }
        return table;
    }

    /**
     * The key of a one-argument {@code str.maketrans(dict)} entry given as a str: its code point,
     * or ValueError "string keys in translate table must be of length 1". (Integer keys are kept
     * as they are; other key types are TypeError "keys in translate table must be strings or
     * integers", raised by the object model.)
     */
    public static int maketransKey(String key) {
        if (key.isEmpty() || Character.charCount(key.codePointAt(0)) != key.length()) {
            throw TextError.valueError("string keys in translate table must be of length 1");
        }
        return key.codePointAt(0);
    }
}
