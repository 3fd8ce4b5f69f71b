package dev.weft.runtime.text;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Behaviours the golden files cannot express: representation limits, hooks, error objects. */
class TextEdgeCasesTest {
    private static final String GRIN = "\uD83D\uDE00";

    @Test
    void surrogateescapeRoundTripsUndecodableBytesThroughLoneSurrogates() {
        byte[] raw = {'a', (byte) 0x80, 'b', (byte) 0xFF};
        String s = Codecs.decode(raw, "utf-8", "surrogateescape");
        assertEquals("a\uDC80b\uDCFF", s);
        assertEquals(4, CodePoints.length(s));
        assertTrue(CodePoints.hasLoneSurrogates(s));
        assertArrayEquals(raw, Codecs.encode(s, "utf-8", "surrogateescape"));
    }

    @Test
    void adjacentLoneHighAndLowSurrogatesBecomeOnePairInJava() {
        // The documented limit: Python keeps '\ud83d\ude00' as two code points; Java pairs them.
        byte[] cesu = {(byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED, (byte) 0xB8,
            (byte) 0x80};
        String s = Codecs.decode(cesu, "utf-8", "surrogatepass");
        assertEquals(GRIN, s);
        assertEquals(1, CodePoints.length(s));
    }

    @Test
    void comparisonIsByCodePointNotUtf16Unit() {
        assertTrue("\uFFFF".compareTo(GRIN) > 0, "Java's UTF-16 order");
        assertTrue(CodePoints.compare("\uFFFF", GRIN) < 0, "Python's code-point order");
        assertTrue(CodePoints.compare("\uE000", GRIN) < 0);
        assertTrue(CodePoints.compare("a" + GRIN, "a\uD83D") > 0);
        assertEquals(0, CodePoints.compare("x" + GRIN, "x" + GRIN));
    }

    @Test
    void searchNeverMatchesHalfOfASurrogatePair() {
        assertEquals(-1, StrSearch.find(GRIN, "\uD83D"));
        assertEquals(-1, StrSearch.find(GRIN, "\uDE00"));
        assertFalse(StrSearch.contains("a" + GRIN, "\uDE00"));
        assertEquals(0, StrSearch.count(GRIN, "\uD83D"));
        assertEquals(2, StrSearch.find("ab\uD83Dc", "\uD83D"));
        assertEquals(2, StrSearch.find(GRIN + "a" + GRIN, GRIN, 1, StrSearch.END));
    }

    @Test
    void indicesAreCodePointIndices() {
        String s = "a" + GRIN + "b";
        assertEquals(3, CodePoints.length(s));
        assertEquals('b', CodePoints.codePointAt(s, 2));
        assertEquals(GRIN, CodePoints.charAt(s, 1));
        assertEquals(GRIN + "b", CodePoints.substring(s, 1, 3));
        assertEquals(2, StrSearch.find(s, "b"));
        assertEquals("b" + GRIN + "a", CodePoints.slice(s, 2, -1, -1));
    }

    @Test
    void registeredErrorHandlerIsCalledWithTheFailingRange() {
        Codecs.registerErrorHandler("weft-test-dash", error -> new CustomErrorHandler.Result(
                "-".repeat(error.end() - error.start()), error.end()));
        assertTrue(Codecs.hasErrorHandler("weft-test-dash"));
        assertArrayEquals("a--b".getBytes(StandardCharsets.US_ASCII),
                Codecs.encode("a\u00e9\u00e8b", "ascii", "weft-test-dash"));
        assertEquals("a-b", Codecs.decode(new byte[] {'a', (byte) 0xFF, 'b'}, "ascii",
                "weft-test-dash"));
    }

    @Test
    void registeredErrorHandlerPositionOutOfBoundsIsIndexError() {
        Codecs.registerErrorHandler("weft-test-far", error -> new CustomErrorHandler.Result("", 99));
        TextError e = assertThrows(TextError.class,
                () -> Codecs.encode("\u00e9", "ascii", "weft-test-far"));
        assertEquals("IndexError", e.pythonType());
        assertEquals("position 99 from error handler out of bounds", e.getMessage());
    }

    @Test
    void unknownErrorHandlerFailsOnlyWhenAnErrorOccurs() {
        assertArrayEquals(new byte[] {'a'}, Codecs.encode("a", "ascii", "nope"));
        TextError e = assertThrows(TextError.class, () -> Codecs.encode("\u00e9", "ascii", "nope"));
        assertEquals("LookupError", e.pythonType());
        assertEquals("unknown error handler name 'nope'", e.getMessage());
    }

    @Test
    void unicodeDecodeErrorCarriesCPythonAttributes() {
        UnicodeCodecError e = assertThrows(UnicodeCodecError.class,
                () -> Codecs.decode(new byte[] {'a', (byte) 0xE2, (byte) 0x82}, "utf-8", null));
        assertEquals("UnicodeDecodeError", e.pythonType());
        assertTrue(e.isDecodeError());
        assertEquals("utf-8", e.encoding());
        assertEquals(1, e.start());
        assertEquals(3, e.end());
        assertEquals("unexpected end of data", e.reason());
        assertEquals("'utf-8' codec can't decode bytes in position 1-2: unexpected end of data",
                e.getMessage());
    }

    @Test
    void unicodeEncodeErrorPositionsAreCodePointIndices() {
        UnicodeCodecError e = assertThrows(UnicodeCodecError.class,
                () -> Codecs.encode(GRIN + "\u00e9", "ascii", "strict"));
        assertEquals(0, e.start());
        assertEquals(2, e.end());
        assertEquals(GRIN + "\u00e9", e.object());
    }

    @Test
    void unsupportedCodecIsALookupErrorNamingIt() {
        TextError e = assertThrows(TextError.class, () -> Codecs.encode("x", "UTF-7", null));
        assertEquals("LookupError", e.pythonType());
        assertEquals("encoding 'utf-7' is not supported by Weft", e.getMessage());
    }

    @Test
    void codecNamesNormaliseAsPythonEncodingsDoes() {
        assertEquals("utf_8", CodecRegistry.lookup("  UTF--8 ").module);
        assertEquals("latin_1", CodecRegistry.lookup("L1").module);
        assertEquals("cp1252", CodecRegistry.lookup("windows_1252").module);
        assertEquals("latin_1", CodecRegistry.lookup("ISO-8859-1").module);
        assertEquals("utf-8", CodecRegistry.normalize("utf-8").replace('_', '-'));
    }

    @Test
    void nonAsciiDigitsFeedIntAndFloat() {
        assertEquals("123", StrLayout.transformDecimalAndSpaceToAscii("\u0661\u0662\u0663"));
        assertEquals(" 4.5 ", StrLayout.transformDecimalAndSpaceToAscii("\u3000\uFF14.\uFF15\u2003"));
        assertEquals("1?", StrLayout.transformDecimalAndSpaceToAscii("1\u00bd2"));
        assertEquals(0.5, UnicodeDatabase.numeric(0xBD));
        assertEquals(3, UnicodeDatabase.decimal(0x663));
        assertEquals(-1, UnicodeDatabase.decimal(0xB2));
        assertEquals(2, UnicodeDatabase.digit(0xB2));
    }

    @Test
    void caseMappingsAreFullAndContextual() {
        assertEquals("SS", StrCase.upper("\u00df"));
        assertEquals("FI", StrCase.upper("\ufb01"));
        assertEquals("\u1f48\u03b4\u03c5\u03c3\u03c3\u03b5\u03cd\u03c2".toLowerCase().length(),
                StrCase.lower("\u1f48\u0394\u03a5\u03a3\u03a3\u0395\u038e\u03a3").length());
        assertTrue(StrCase.lower("\u1f48\u0394\u03a5\u03a3\u03a3\u0395\u038e\u03a3").endsWith("\u03c2"));
        assertEquals("i\u0307", StrCase.lower("\u0130"));
        assertEquals("\u01c5ungla", StrCase.title("\u01c4UNGLA"));
        assertEquals("ss", StrCase.casefold("\u00df"));
    }

    @Test
    void namesComeFromUnicode15Tables() {
        assertEquals("GRINNING FACE", UnicodeNames.name(0x1F600));
        assertEquals("HANGUL SYLLABLE GAG", UnicodeNames.name(0xAC01));
        assertEquals("CJK UNIFIED IDEOGRAPH-4E00", UnicodeNames.name(0x4E00));
        assertEquals(0x2028, UnicodeNames.lookup("line separator"));
        assertEquals(-1, UnicodeNames.lookup("NOT A NAME"));
        assertArrayEquals("\\N{EURO SIGN}".getBytes(StandardCharsets.US_ASCII),
                Codecs.encode("\u20ac", "ascii", "namereplace"));
    }
}
