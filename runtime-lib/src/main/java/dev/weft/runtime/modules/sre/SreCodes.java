package dev.weft.runtime.modules.sre;

/**
 * The numbering of the compiled regular-expression code that the {@code re} package of
 * CPython 3.12 emits ({@code re._constants}, MAGIC 20221023; 3.13 keeps the same numbers).
 * Code words are unsigned 32-bit values held in Java ints.
 */
final class SreCodes {
    private SreCodes() { }

    static final int MAGIC = 20221023;
    static final int CODESIZE = 4;
    /** SRE_MAXREPEAT, (uint32) -1: "no upper bound". */
    static final long MAXREPEAT = 0xFFFFFFFFL;
    static final int MAXREPEAT_WORD = -1;
    /** PY_SSIZE_T_MAX / sizeof(void*) / 2 on a 64-bit build, as CPython reports it. */
    static final long MAXGROUPS = 1073741823L;

    static final int FAILURE = 0, SUCCESS = 1, ANY = 2, ANY_ALL = 3, ASSERT = 4, ASSERT_NOT = 5, AT = 6,
            BRANCH = 7, CATEGORY = 8, CHARSET = 9, BIGCHARSET = 10, GROUPREF = 11, GROUPREF_EXISTS = 12,
            IN = 13, INFO = 14, JUMP = 15, LITERAL = 16, MARK = 17, MAX_UNTIL = 18, MIN_UNTIL = 19,
            NOT_LITERAL = 20, NEGATE = 21, RANGE = 22, REPEAT = 23, REPEAT_ONE = 24, SUBPATTERN = 25,
            MIN_REPEAT_ONE = 26, ATOMIC_GROUP = 27, POSSESSIVE_REPEAT = 28, POSSESSIVE_REPEAT_ONE = 29,
            GROUPREF_IGNORE = 30, IN_IGNORE = 31, LITERAL_IGNORE = 32, NOT_LITERAL_IGNORE = 33,
            GROUPREF_LOC_IGNORE = 34, IN_LOC_IGNORE = 35, LITERAL_LOC_IGNORE = 36, NOT_LITERAL_LOC_IGNORE = 37,
            GROUPREF_UNI_IGNORE = 38, IN_UNI_IGNORE = 39, LITERAL_UNI_IGNORE = 40, NOT_LITERAL_UNI_IGNORE = 41,
            RANGE_UNI_IGNORE = 42;
    /** One past the highest opcode. */
    static final int OPCODE_COUNT = 43;

    static final int AT_BEGINNING = 0, AT_BEGINNING_LINE = 1, AT_BEGINNING_STRING = 2, AT_BOUNDARY = 3,
            AT_NON_BOUNDARY = 4, AT_END = 5, AT_END_LINE = 6, AT_END_STRING = 7, AT_LOC_BOUNDARY = 8,
            AT_LOC_NON_BOUNDARY = 9, AT_UNI_BOUNDARY = 10, AT_UNI_NON_BOUNDARY = 11;

    static final int CATEGORY_DIGIT = 0, CATEGORY_NOT_DIGIT = 1, CATEGORY_SPACE = 2, CATEGORY_NOT_SPACE = 3,
            CATEGORY_WORD = 4, CATEGORY_NOT_WORD = 5, CATEGORY_LINEBREAK = 6, CATEGORY_NOT_LINEBREAK = 7,
            CATEGORY_LOC_WORD = 8, CATEGORY_LOC_NOT_WORD = 9, CATEGORY_UNI_DIGIT = 10, CATEGORY_UNI_NOT_DIGIT = 11,
            CATEGORY_UNI_SPACE = 12, CATEGORY_UNI_NOT_SPACE = 13, CATEGORY_UNI_WORD = 14, CATEGORY_UNI_NOT_WORD = 15,
            CATEGORY_UNI_LINEBREAK = 16, CATEGORY_UNI_NOT_LINEBREAK = 17;

    static final int FLAG_TEMPLATE = 1, FLAG_IGNORECASE = 2, FLAG_LOCALE = 4, FLAG_MULTILINE = 8, FLAG_DOTALL = 16,
            FLAG_UNICODE = 32, FLAG_VERBOSE = 64, FLAG_DEBUG = 128, FLAG_ASCII = 256;

    static final int INFO_PREFIX = 1, INFO_LITERAL = 2, INFO_CHARSET = 4;
}
