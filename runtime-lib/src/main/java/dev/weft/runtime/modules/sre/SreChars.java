package dev.weft.runtime.modules.sre;

import dev.weft.runtime.text.UnicodeDatabase;

/**
 * Character predicates and case mappings of sre: ASCII ones, "locale" ones (Weft runs in the C
 * locale, so they are ASCII too) and Unicode ones from CPython 3.13's character database. The
 * Unicode case mappings are CPython's {@code _PyUnicode_ToLowercase}/{@code ToUppercase}: the
 * first code point of the full mapping (so upper('ß') is 'S').
 */
final class SreChars {
    private SreChars() { }

    static int lowerAscii(int ch) {
        return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    static int upperAscii(int ch) {
        return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    }

    static int lowerLocale(int ch) {
        return lowerAscii(ch);
    }

    static int upperLocale(int ch) {
        return upperAscii(ch);
    }

    static boolean isAsciiAlpha(int ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }

    static boolean isDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    static boolean isSpace(int ch) {
        return ch == ' ' || (ch >= 9 && ch <= 13);
    }

    static boolean isWord(int ch) {
        return ch < 128 && (isAsciiAlpha(ch) || isDigit(ch) || ch == '_');
    }

    static boolean isLocWord(int ch) {
        return isWord(ch);
    }

    static boolean isUniWord(int ch) {
        if (ch < 128) {
            return isWord(ch);
        }
        return ch == '_' || UnicodeDatabase.isAlnum(ch);
    }

    static boolean isUniDigit(int ch) {
        return ch < 128 ? isDigit(ch) : UnicodeDatabase.isDecimal(ch);
    }

    static boolean isUniSpace(int ch) {
        return UnicodeDatabase.isSpace(ch);
    }

    static boolean isUniLineBreak(int ch) {
        return ch < 128 ? ch == '\n' || ch == 11 || ch == 12 || ch == '\r' || (ch >= 0x1C && ch <= 0x1E)
                : UnicodeDatabase.isLineBreak(ch);
    }

    static int lowerUnicode(int ch) {
        if (ch < 128) {
            return lowerAscii(ch);
        }
        if (ch < 0x10000) {
            return CaseTables.LOWER[ch];
        }
        int[] out = new int[UnicodeDatabase.MAX_MAPPING_LENGTH];
        UnicodeDatabase.toLowerFull(ch, out);
        return out[0];
    }

    static int upperUnicode(int ch) {
        if (ch < 128) {
            return upperAscii(ch);
        }
        if (ch < 0x10000) {
            return CaseTables.UPPER[ch];
        }
        int[] out = new int[UnicodeDatabase.MAX_MAPPING_LENGTH];
        UnicodeDatabase.toUpperFull(ch, out);
        return out[0];
    }

    static boolean unicodeIsCased(int ch) {
        return ch != lowerUnicode(ch) || ch != upperUnicode(ch);
    }

    static boolean asciiIsCased(int ch) {
        return ch < 128 && isAsciiAlpha(ch);
    }

    /** LITERAL_LOC_IGNORE: the pattern character equals ch or one of its locale case variants. */
    static boolean charLocIgnore(int pattern, int ch) {
        return ch == pattern || lowerLocale(ch) == pattern || upperLocale(ch) == pattern;
    }

    static boolean category(int category, int ch) {
        switch (category) {
            case SreCodes.CATEGORY_DIGIT: return isDigit(ch);
            case SreCodes.CATEGORY_NOT_DIGIT: return !isDigit(ch);
            case SreCodes.CATEGORY_SPACE: return isSpace(ch);
            case SreCodes.CATEGORY_NOT_SPACE: return !isSpace(ch);
            case SreCodes.CATEGORY_WORD: return isWord(ch);
            case SreCodes.CATEGORY_NOT_WORD: return !isWord(ch);
            case SreCodes.CATEGORY_LINEBREAK: return ch == '\n';
            case SreCodes.CATEGORY_NOT_LINEBREAK: return ch != '\n';
            case SreCodes.CATEGORY_LOC_WORD: return isLocWord(ch);
            case SreCodes.CATEGORY_LOC_NOT_WORD: return !isLocWord(ch);
            case SreCodes.CATEGORY_UNI_DIGIT: return isUniDigit(ch);
            case SreCodes.CATEGORY_UNI_NOT_DIGIT: return !isUniDigit(ch);
            case SreCodes.CATEGORY_UNI_SPACE: return isUniSpace(ch);
            case SreCodes.CATEGORY_UNI_NOT_SPACE: return !isUniSpace(ch);
            case SreCodes.CATEGORY_UNI_WORD: return isUniWord(ch);
            case SreCodes.CATEGORY_UNI_NOT_WORD: return !isUniWord(ch);
            case SreCodes.CATEGORY_UNI_LINEBREAK: return isUniLineBreak(ch);
            case SreCodes.CATEGORY_UNI_NOT_LINEBREAK: return !isUniLineBreak(ch);
            default: return false;
        }
    }

    /** Simple case mappings of the BMP, computed once on first use (256 KB). */
    private static final class CaseTables {
        static final char[] LOWER = new char[0x10000];
        static final char[] UPPER = new char[0x10000];
        static {
            int[] out = new int[UnicodeDatabase.MAX_MAPPING_LENGTH];
            for (int c = 0; c < 0x10000; c++) {
                UnicodeDatabase.toLowerFull(c, out);
                LOWER[c] = (char) out[0];
                UnicodeDatabase.toUpperFull(c, out);
                UPPER[c] = (char) out[0];
            }
        }
    }
}
