package dev.weft.frontend.tokenize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeBlock;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Character names for {@code \N{...}} escapes, as CPython 3.13 resolves them (Unicode 15.1):
 * names are matched case-insensitively; formal name aliases are accepted; named sequences are
 * not; CJK unified ideographs and Hangul syllables have algorithmic names.
 *
 * <p>The JDK's name table answers most lookups; {@code unicode_names.txt} (generated from
 * CPython) adds the names the JDK lacks or spells differently, and the aliases.
 */
final class UnicodeNames {
    private UnicodeNames() {}

    private static final String[] JAMO_L = {
        "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H",
    };
    private static final String[] JAMO_V = {
        "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
        "YU", "EU", "YI", "I",
    };
    private static final String[] JAMO_T = {
        "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
        "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
    };

    private static final class Extra {
        static final Map<String, Integer> NAMES = load();
    }

    /** The code point named {@code name}, or -1. */
    static int lookup(String name) {
        if (name.startsWith("HANGUL SYLLABLE ")) {
            int cp = hangul(name.substring("HANGUL SYLLABLE ".length()));
            if (cp >= 0) {
                return cp;
            }
        }
        if (name.regionMatches(true, 0, "CJK UNIFIED IDEOGRAPH-", 0, 22)) {
            return cjkUnified(name.substring(22));
        }
        String upper = name.toUpperCase(Locale.ROOT);
        Integer extra = Extra.NAMES.get(upper);
        if (extra != null) {
            return extra;
        }
        if (name.isEmpty() || Character.isWhitespace(name.charAt(0))
                || Character.isWhitespace(name.charAt(name.length() - 1))) {
            return -1;
        }
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        if (!CharClass.isNamed(cp) || upper.equals(jdkFallbackName(cp))) {
            return -1;
        }
        return cp;
    }

    /** The name the JDK makes up for characters without one ("BLOCK NAME" + hex). */
    private static String jdkFallbackName(int cp) {
        UnicodeBlock block = UnicodeBlock.of(cp);
        if (block == null) {
            return null;
        }
        return block.toString().replace('_', ' ') + " " + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
    }

    private static int cjkUnified(String hex) {
        if (hex.length() != 4 && hex.length() != 5) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        boolean compatibility = (v >= 0xF900 && v <= 0xFAFF) || (v >= 0x2F800 && v <= 0x2FA1F);
        if (compatibility || !CharClass.isNamed(v) || !Character.isIdeographic(v)
                || Character.UnicodeScript.of(v) != Character.UnicodeScript.HAN) {
            return -1;
        }
        return v;
    }

    /** Hangul syllable from its jamo short names (longest match first, as CPython does). */
    private static int hangul(String rest) {
        int[] pos = {0};
        int l = longestMatch(rest, pos, JAMO_L);
        int v = longestMatch(rest, pos, JAMO_V);
        int t = longestMatch(rest, pos, JAMO_T);
        if (l < 0 || v < 0 || t < 0 || pos[0] != rest.length()) {
            return -1;
        }
        return 0xAC00 + (l * JAMO_V.length + v) * JAMO_T.length + t;
    }

    private static int longestMatch(String s, int[] pos, String[] table) {
        int best = -1;
        int bestLen = -1;
        for (int i = 0; i < table.length; i++) {
            String j = table[i];
            if (j.length() > bestLen && s.startsWith(j, pos[0])) {
                best = i;
                bestLen = j.length();
            }
        }
        if (best >= 0) {
            pos[0] += bestLen;
        }
        return best;
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> map = new HashMap<>();
        try (InputStream in = UnicodeNames.class.getResourceAsStream("unicode_names.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource unicode_names.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int sp = line.indexOf(' ');
                map.put(line.substring(sp + 1), Integer.parseInt(line.substring(0, sp), 16));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
