package dev.weft.frontend.tokenize;

import dev.weft.frontend.parser.PythonParser;
import java.util.HashMap;
import java.util.Map;

/**
 * Token types: operators and hard keywords mapped to the parser's token constants
 * ({@link PythonParser}), and the names of types for output.
 */
public final class TokenNames {
    private TokenNames() {}

    /** Comment token; only emitted when the tokenizer keeps trivia (never to the parser). */
    public static final int COMMENT = 10_001;
    /** Non-logical newline token; only emitted when the tokenizer keeps trivia. */
    public static final int NL = 10_002;

    /**
     * A character that is no token of Python ({@code $}, {@code ?}, a backquote): CPython's
     * tokenizer passes it on as a generic OP token and the parser rejects it ("invalid syntax").
     * No parser rule accepts this type.
     */
    public static final int OP = 10_003;

    /** Returned by the operator lookups when the characters form no operator. */
    static final int NONE = 0;

    private static final Map<String, Integer> KEYWORDS = new HashMap<>();

    static {
        String[][] kw = {
            {"False", "FALSE"}, {"None", "NONE"}, {"True", "TRUE"}, {"and", "AND"}, {"as", "AS"},
            {"assert", "ASSERT"}, {"async", "ASYNC"}, {"await", "AWAIT"}, {"break", "BREAK"},
            {"class", "CLASS"}, {"continue", "CONTINUE"}, {"def", "DEF"}, {"del", "DEL"},
            {"elif", "ELIF"}, {"else", "ELSE"}, {"except", "EXCEPT"}, {"finally", "FINALLY"},
            {"for", "FOR"}, {"from", "FROM"}, {"global", "GLOBAL"}, {"if", "IF"},
            {"import", "IMPORT"}, {"in", "IN"}, {"is", "IS"}, {"lambda", "LAMBDA"},
            {"nonlocal", "NONLOCAL"}, {"not", "NOT"}, {"or", "OR"}, {"pass", "PASS"},
            {"raise", "RAISE"}, {"return", "RETURN"}, {"try", "TRY"}, {"while", "WHILE"},
            {"with", "WITH"}, {"yield", "YIELD"},
        };
        for (String[] k : kw) {
            int type = PythonParser.VOCABULARY.getMaxTokenType();
            for (int t = 1; t <= PythonParser.VOCABULARY.getMaxTokenType(); t++) {
                if (k[1].equals(PythonParser.VOCABULARY.getSymbolicName(t))) {
                    type = t;
                }
            }
            KEYWORDS.put(k[0], type);
        }
    }

    /** The keyword's token type for a hard keyword, else {@link PythonParser#NAME}. */
    static int keywordOrName(String text) {
        Integer t = KEYWORDS.get(text);
        return t != null ? t : PythonParser.NAME;
    }

    /** Whether {@code type} is one of the hard-keyword types. */
    public static boolean isKeyword(int type) {
        return KEYWORDS.containsValue(type);
    }

    /** CPython's token name for a type (e.g. "NAME", "LPAR"; keywords by their type name). */
    public static String name(int type) {
        if (type == COMMENT) {
            return "COMMENT";
        }
        if (type == NL) {
            return "NL";
        }
        if (type == OP) {
            return "OP";
        }
        if (type == PythonParser.EOF) {
            return "EOF";
        }
        String s = PythonParser.VOCABULARY.getSymbolicName(type);
        return s != null ? s : String.valueOf(type);
    }

    static int oneChar(int c) {
        switch (c) {
            case '!': return PythonParser.EXCLAMATION;
            case '%': return PythonParser.PERCENT;
            case '&': return PythonParser.AMPER;
            case '(': return PythonParser.LPAR;
            case ')': return PythonParser.RPAR;
            case '*': return PythonParser.STAR;
            case '+': return PythonParser.PLUS;
            case ',': return PythonParser.COMMA;
            case '-': return PythonParser.MINUS;
            case '.': return PythonParser.DOT;
            case '/': return PythonParser.SLASH;
            case ':': return PythonParser.COLON;
            case ';': return PythonParser.SEMI;
            case '<': return PythonParser.LESS;
            case '=': return PythonParser.EQUAL;
            case '>': return PythonParser.GREATER;
            case '@': return PythonParser.AT;
            case '[': return PythonParser.LSQB;
            case ']': return PythonParser.RSQB;
            case '^': return PythonParser.CIRCUMFLEX;
            case '{': return PythonParser.LBRACE;
            case '|': return PythonParser.VBAR;
            case '}': return PythonParser.RBRACE;
            case '~': return PythonParser.TILDE;
            default: return NONE;
        }
    }

    static int twoChars(int c1, int c2) {
        switch (c1) {
            case '!': return c2 == '=' ? PythonParser.NOTEQUAL : NONE;
            case '%': return c2 == '=' ? PythonParser.PERCENTEQUAL : NONE;
            case '&': return c2 == '=' ? PythonParser.AMPEREQUAL : NONE;
            case '*':
                return c2 == '*' ? PythonParser.DOUBLESTAR : c2 == '=' ? PythonParser.STAREQUAL : NONE;
            case '+': return c2 == '=' ? PythonParser.PLUSEQUAL : NONE;
            case '-':
                return c2 == '=' ? PythonParser.MINEQUAL : c2 == '>' ? PythonParser.RARROW : NONE;
            case '/':
                return c2 == '/' ? PythonParser.DOUBLESLASH : c2 == '=' ? PythonParser.SLASHEQUAL : NONE;
            case ':': return c2 == '=' ? PythonParser.COLONEQUAL : NONE;
            case '<':
                // "<>" is NOTEQUAL for the tokenizer; the parser rejects it (PEP 401).
                return c2 == '<' ? PythonParser.LEFTSHIFT : c2 == '=' ? PythonParser.LESSEQUAL
                        : c2 == '>' ? PythonParser.NOTEQUAL : NONE;
            case '=': return c2 == '=' ? PythonParser.EQEQUAL : NONE;
            case '>':
                return c2 == '=' ? PythonParser.GREATEREQUAL : c2 == '>' ? PythonParser.RIGHTSHIFT : NONE;
            case '@': return c2 == '=' ? PythonParser.ATEQUAL : NONE;
            case '^': return c2 == '=' ? PythonParser.CIRCUMFLEXEQUAL : NONE;
            case '|': return c2 == '=' ? PythonParser.VBAREQUAL : NONE;
            default: return NONE;
        }
    }

    static int threeChars(int c1, int c2, int c3) {
        if (c3 == '=') {
            if (c1 == '*' && c2 == '*') {
                return PythonParser.DOUBLESTAREQUAL;
            }
            if (c1 == '/' && c2 == '/') {
                return PythonParser.DOUBLESLASHEQUAL;
            }
            if (c1 == '<' && c2 == '<') {
                return PythonParser.LEFTSHIFTEQUAL;
            }
            if (c1 == '>' && c2 == '>') {
                return PythonParser.RIGHTSHIFTEQUAL;
            }
        }
        if (c1 == '.' && c2 == '.' && c3 == '.') {
            return PythonParser.ELLIPSIS;
        }
        return NONE;
    }
}
