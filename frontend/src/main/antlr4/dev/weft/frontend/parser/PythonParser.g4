/*
 * Python 3.13 grammar for Weft (parser part).
 *
 * Tokens come from dev.weft.frontend.tokenize.Tokenizer, a hand-written tokenizer that mirrors
 * CPython's (INDENT/DEDENT, implicit line joining, PEP 701 f-string tokens, exact error
 * messages); it emits the token types declared below. Names follow CPython's Grammar/Tokens.
 * Hard keywords get their own token types; soft keywords (match, case, _, type) stay NAME and
 * are recognised by the rules that need them.
 */
parser grammar PythonParser;

tokens {
    ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,
    FSTRING_START, FSTRING_MIDDLE, FSTRING_END,
    LPAR, RPAR, LSQB, RSQB, COLON, COMMA, SEMI, PLUS, MINUS, STAR, SLASH, VBAR, AMPER,
    LESS, GREATER, EQUAL, DOT, PERCENT, LBRACE, RBRACE, EQEQUAL, NOTEQUAL, LESSEQUAL,
    GREATEREQUAL, TILDE, CIRCUMFLEX, LEFTSHIFT, RIGHTSHIFT, DOUBLESTAR, PLUSEQUAL, MINEQUAL,
    STAREQUAL, SLASHEQUAL, PERCENTEQUAL, AMPEREQUAL, VBAREQUAL, CIRCUMFLEXEQUAL,
    LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL, DOUBLESTAREQUAL, DOUBLESLASH, DOUBLESLASHEQUAL, AT,
    ATEQUAL, RARROW, ELLIPSIS, COLONEQUAL, EXCLAMATION,
    FALSE, NONE, TRUE, AND, AS, ASSERT, ASYNC, AWAIT, BREAK, CLASS, CONTINUE, DEF, DEL, ELIF,
    ELSE, EXCEPT, FINALLY, FOR, FROM, GLOBAL, IF, IMPORT, IN, IS, LAMBDA, NONLOCAL, NOT, OR,
    PASS, RAISE, RETURN, TRY, WHILE, WITH, YIELD
}

// Placeholder start rule until the full grammar lands (owned by the grammar work).
file_input : ENDMARKER EOF ;
