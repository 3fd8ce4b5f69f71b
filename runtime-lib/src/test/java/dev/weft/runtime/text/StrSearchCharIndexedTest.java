package dev.weft.runtime.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The char-indexed search entry points (used for strings known to hold no surrogate pair) give
 * exactly the results of the code-point-scanning ones, for every start/end a caller can pass.
 */
class StrSearchCharIndexedTest {
    private static final String[] HAYSTACKS = {"", "θήτα θ雪a", "aθaθa", "x\uDC80y\uD800θ", "雪雪雪"};
    private static final String[] NEEDLES = {"", "θ", "a", "雪雪", "\uDC80", "\uD800", "aθ", "\uD83D\uDE00"};
    private static final int[] BOUNDS = {-100, -7, -3, -1, 0, 1, 2, 3, 5, 8, 100, StrSearch.END};

    @Test
    void charIndexedSearchAgreesWithCodePointScanningOnStringsWithoutPairs() {
        for (String s : HAYSTACKS) {
            for (String sub : NEEDLES) {
                for (int start : BOUNDS) {
                    for (int end : BOUNDS) {
                        String where = s + " / " + sub + " [" + start + ":" + end + "]";
                        assertEquals(StrSearch.find(s, sub, start, end), StrSearch.find(s, true, sub, start, end), where);
                        assertEquals(StrSearch.rfind(s, sub, start, end), StrSearch.rfind(s, true, sub, start, end), where);
                        assertEquals(StrSearch.count(s, sub, start, end), StrSearch.count(s, true, sub, start, end), where);
                        assertEquals(StrSearch.startswith(s, sub, start, end),
                                StrSearch.tailMatch(s, true, sub, start, end, false), where);
                        assertEquals(StrSearch.endswith(s, sub, start, end),
                                StrSearch.tailMatch(s, true, sub, start, end, true), where);
                    }
                }
            }
        }
    }

    @Test
    void startswithAtAnOffsetOfNonLatin1TextMatchesByCodePoint() {
        String s = "θήτα: null";
        assertEquals(true, StrSearch.tailMatch(s, true, "null", 6, StrSearch.END, false));
        assertEquals(false, StrSearch.tailMatch(s, true, "null", 5, StrSearch.END, false));
        assertEquals(true, StrSearch.tailMatch(s, true, new String[] {"x", "ή"}, 1, 2, true));
    }
}
