package dev.weft.runtime.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Character names as CPython 3.13's {@code unicodedata.name} / {@code unicodedata.lookup} and the
 * {@code \N{...}} escape see them (Unicode 15.1), for namereplace and unicode_escape. Loaded on
 * first use from {@code unicode_names.bin.gz} (about 135 KB): algorithmic ranges
 * ({@code CJK UNIFIED IDEOGRAPH-XXXX} ...), Hangul syllables composed from jamo, explicit names,
 * and the name aliases lookup accepts (e.g. {@code LINE FEED}). Named sequences are not included.
 */
public final class UnicodeNames {
    private static final int SBASE = 0xAC00;
    private static final int LCOUNT = 19;
    private static final int VCOUNT = 21;
    private static final int TCOUNT = 28;
    private static final int NCOUNT = VCOUNT * TCOUNT;
    private static final int SCOUNT = LCOUNT * NCOUNT;
    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
        "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O",
        "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
        "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T",
        "P", "H"};
    private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";

    private UnicodeNames() {
    }

    private static final class Tables {
        static final Tables INSTANCE = load();

        String[] rangePrefix;
        int[] rangeFirst;
        int[] rangeLast;
        int[] codePoints;      // sorted
        String[] names;
        Map<String, Integer> aliases = new HashMap<>();
        volatile Map<String, Integer> byName;

        private static Tables load() {
            byte[] data;
            try (InputStream raw = UnicodeNames.class.getResourceAsStream("unicode_names.bin.gz")) {
                if (raw == null) {
                    throw new IllegalStateException("missing resource unicode_names.bin.gz");
                }
                data = new GZIPInputStream(raw, 65536).readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read unicode_names.bin.gz", e);
            }
            Lines in = new Lines(data);
            Tables t = new Tables();
            int ranges = in.hexOrDecimalCount();
            t.rangePrefix = new String[ranges];
            t.rangeFirst = new int[ranges];
            t.rangeLast = new int[ranges];
            for (int i = 0; i < ranges; i++) {
                t.rangePrefix[i] = in.field(';');
                t.rangeFirst[i] = in.hex(';');
                t.rangeLast[i] = in.hex('\n');
            }
            int n = in.hexOrDecimalCount();
            t.codePoints = new int[n];
            t.names = new String[n];
            int cp = 0;
            for (int i = 0; i < n; i++) {
                cp += in.hex(';');
                t.codePoints[i] = cp;
                t.names[i] = in.field('\n');
            }
            int aliases = in.hexOrDecimalCount();
            for (int i = 0; i < aliases; i++) {
                String alias = in.field(';');
                t.aliases.put(alias, in.hex('\n'));
            }
            return t;
        }

        Map<String, Integer> byName() {
            Map<String, Integer> m = byName;
            if (m == null) {
                m = new HashMap<>(names.length * 2);
                for (int i = 0; i < names.length; i++) {
                    m.put(names[i], codePoints[i]);
                }
                byName = m;
            }
            return m;
        }
    }

    /** A cursor over the ASCII lines of the names resource. */
    private static final class Lines {
        private final byte[] data;
        private int pos;

        Lines(byte[] data) {
            this.data = data;
        }

        String field(char end) {
            int start = pos;
            while (data[pos] != end) {
                pos++;
            }
            return new String(data, start, pos++ - start, StandardCharsets.ISO_8859_1);
        }

        int hex(char end) {
            int v = 0;
            for (byte b; (b = data[pos++]) != end; ) {
                v = v * 16 + (b <= '9' ? b - '0' : b - 'A' + 10);
            }
            return v;
        }

        int hexOrDecimalCount() {
            int v = 0;
            for (byte b; (b = data[pos++]) != '\n'; ) {
                v = v * 10 + (b - '0');
            }
            return v;
        }
    }

    /** {@code unicodedata.name(chr(cp))}, or null if the code point has no name. */
    public static String name(int cp) {
        if (cp >= SBASE && cp < SBASE + SCOUNT) {
            int s = cp - SBASE;
            return HANGUL_PREFIX + JAMO_L[s / NCOUNT] + JAMO_V[(s % NCOUNT) / TCOUNT]
                    + JAMO_T[s % TCOUNT];
        }
        Tables t = Tables.INSTANCE;
        for (int i = 0; i < t.rangeFirst.length; i++) {
            if (cp >= t.rangeFirst[i] && cp <= t.rangeLast[i]) {
                return t.rangePrefix[i] + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
            }
        }
        int i = java.util.Arrays.binarySearch(t.codePoints, cp);
        return i >= 0 ? t.names[i] : null;
    }

    /**
     * The code point named {@code name} (case-insensitive, aliases accepted), or -1: what
     * {@code \N{name}} resolves to.
     */
    public static int lookup(String name) {
        for (int k = 0; k < name.length(); k++) {
            if (name.charAt(k) >= 0x80) {
                return -1;
            }
        }
        // Algorithmic names match case-sensitively (as CPython); the others in any case.
        if (name.startsWith(HANGUL_PREFIX)) {
            int cp = hangul(name.substring(HANGUL_PREFIX.length()));
            if (cp >= 0) {
                return cp;
            }
        }
        Tables t = Tables.INSTANCE;
        for (int i = 0; i < t.rangePrefix.length; i++) {
            String prefix = t.rangePrefix[i];
            if (name.startsWith(prefix)) {
                String hex = name.substring(prefix.length());
                if ((hex.length() == 4 || hex.length() == 5) && hex.chars().allMatch(
                        c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) {
                    int cp = Integer.parseInt(hex, 16);
                    for (int j = 0; j < t.rangePrefix.length; j++) {
                        if (t.rangePrefix[j].equals(prefix) && cp >= t.rangeFirst[j]
                                && cp <= t.rangeLast[j]) {
                            return cp;
                        }
                    }
                }
            }
        }
        String upper = name.toUpperCase(Locale.ROOT);
        Integer cp = t.byName().get(upper);
        if (cp == null) {
            cp = t.aliases.get(upper);
        }
        return cp == null ? -1 : cp;
    }

    private static int hangul(String rest) {
        // Longest-match of the initial, medial and final jamo, as CPython does.
        int[] l = longest(rest, 0, JAMO_L);
        int[] v = longest(rest, l[1], JAMO_V);
        int[] t = longest(rest, v[1], JAMO_T);
        if (l[0] < 0 || v[0] < 0 || t[0] < 0 || t[1] != rest.length()) {
            return -1;
        }
        return SBASE + (l[0] * VCOUNT + v[0]) * TCOUNT + t[0];
    }

    private static int[] longest(String s, int from, String[] table) {
        int best = -1;
        int bestLen = -1;
        for (int i = 0; i < table.length; i++) {
            String j = table[i];
            if (j.length() > bestLen && s.startsWith(j, from)) {
                best = i;
                bestLen = j.length();
            }
        }
        return new int[] {best, from + Math.max(bestLen, 0)};
    }
}
