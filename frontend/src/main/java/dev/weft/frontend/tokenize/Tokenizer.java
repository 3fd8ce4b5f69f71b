package dev.weft.frontend.tokenize;

import dev.weft.frontend.error.PythonSyntaxError;
import dev.weft.frontend.parser.PythonParser;
import java.text.Normalizer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Python 3.13's tokenizer, behaving as CPython's C tokenizer: INDENT/DEDENT with tab stops of 8
 * and the tabs/spaces consistency check, implicit line joining inside brackets, backslash
 * continuations, numbers, strings, PEP 701 f-strings, and CPython's error messages and positions
 * (thrown as {@link PythonSyntaxError} when the offending token is requested).
 *
 * <p>Tokens are {@link PyToken}s with the parser's token types; hard keywords get their own
 * types, soft keywords are NAME. COMMENT and NL tokens are dropped unless
 * {@link #keepTrivia(boolean)} asks for them (types {@link TokenNames#COMMENT},
 * {@link TokenNames#NL}). After ENDMARKER the tokenizer returns ANTLR's EOF token.
 */
public final class Tokenizer implements TokenSource {
    private static final int EOF = -1;
    private static final int TABSIZE = 8;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;
    private static final int MAXFSTRINGLEVEL = 150;
    private static final int MAX_EXPR_NESTING = 3;

    private final SourceText src;
    private final char[] buf;
    private final int n;
    private final String filename;
    private final Pair<TokenSource, CharStream> tokenSourcePair;
    private final TokenizerErrors errors;
    private boolean keepTrivia;

    // Reading position and line bookkeeping.
    private int pos;
    private int lineno;
    private int lineStart;
    /** Index where the next line starts once it is read, or -1. */
    private int pendingLineStart;
    /** CPython's tok->buf: start of the line where the current token chunk began (E_LINECONT). */
    private int bufStart;
    /** CPython's tok->start: start of the token being read, or -1 between tokens. */
    private int tokStart = -1;

    // Indentation.
    private boolean atBol = true;
    private final int[] indStack = new int[MAXINDENT];
    private final int[] altIndStack = new int[MAXINDENT];
    private int indent;
    private int pendin;
    private boolean commentNewline;

    // Brackets.
    private int level;
    private final char[] parenStack = new char[MAXLEVEL];
    private final int[] parenLine = new int[MAXLEVEL];
    private final int[] parenIndex = new int[MAXLEVEL];

    // Mode stack: [0] is the regular mode, one entry per f-string above it.
    private final FStringMode[] modes = new FStringMode[MAXFSTRINGLEVEL];
    private int modeIndex;

    // Start of the token being made (line and line start index; strings may span lines).
    private int startLine;
    private int startLineStart;

    private boolean endmarkerSent;
    private PyToken eofToken;

    public Tokenizer(SourceText src) {
        this.src = src;
        this.buf = src.chars();
        this.n = src.length();
        this.filename = src.filename();
        this.tokenSourcePair = new Pair<>(this, null);
        this.errors = new TokenizerErrors(src);
        this.modes[0] = FStringMode.regularMode();
        this.pendingLineStart = 0;
    }

    /** Tokenizer for source given as a string (no decoding step). */
    public static Tokenizer forString(String code, String filename) {
        return new Tokenizer(SourceText.of(code, filename));
    }

    /** Also emit COMMENT and NL tokens (for tests and tools; the parser must not see them). */
    public Tokenizer keepTrivia(boolean keep) {
        this.keepTrivia = keep;
        return this;
    }

    public SourceText source() {
        return src;
    }

    /** The text of line {@code lineno} (1-based) without its newline. */
    public String line(int lineno) {
        return src.line(lineno);
    }

    // ---------------------------------------------------------------- TokenSource

    @Override
    public PyToken nextToken() {
        if (endmarkerSent) {
            if (eofToken == null) {
                int line = Math.max(lineno, 0) + 1;
                eofToken = new PyToken(tokenSourcePair, Token.EOF, "<EOF>", n, n - 1, line, 0, 0, line, 0, 0);
            }
            return eofToken;
        }
        PyToken t = next();
        if (t.getType() == PythonParser.ENDMARKER) {
            endmarkerSent = true;
        }
        return t;
    }

    @Override
    public int getLine() {
        return Math.max(lineno, 1);
    }

    @Override
    public int getCharPositionInLine() {
        return src.codePoints(lineStart, Math.min(pos, n));
    }

    @Override
    public CharStream getInputStream() {
        return null;
    }

    @Override
    public String getSourceName() {
        return filename;
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        // Tokens are always PyTokens.
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return CommonTokenFactory.DEFAULT;
    }

    // ---------------------------------------------------------------- reading

    private int nextc() {
        if (pos >= n) {
            return EOF;
        }
        if (pos == pendingLineStart) {
            startNewLine();
        }
        char c = buf[pos++];
        if (c == '\n') {
            pendingLineStart = pos;
        }
        return c;
    }

    private void startNewLine() {
        lineno++;
        lineStart = pos;
        pendingLineStart = -1;
        if (tokStart < 0) {
            bufStart = pos;
        }
        if (lineno == src.firstNulLine()) {
            throw errors.nulByte(lineno);
        }
    }

    private void backup(int c) {
        if (c != EOF) {
            pos--;
            if (c == '\n') {
                pendingLineStart = -1;
            }
        }
    }

    private FStringMode mode() {
        return modes[modeIndex];
    }

    private boolean insideFString() {
        return modeIndex > 0;
    }

    // ---------------------------------------------------------------- tokens

    private PyToken next() {
        FStringMode m = mode();
        return m.regular ? normalMode(m) : fstringMode(m);
    }

    private void markStart() {
        if (tokStart == pendingLineStart) {
            // The token starts at the beginning of a line not read yet.
            startLine = lineno + 1;
            startLineStart = pos;
        } else {
            startLine = lineno;
            startLineStart = lineStart;
        }
    }

    /** A token for buf[from, to) that started at (startLine, startLineStart). */
    private PyToken token(int type, int from, int to) {
        return token(type, new String(buf, from, to - from), from, to);
    }

    private PyToken token(int type, String text, int from, int to) {
        int sCol;
        int sByte;
        int eCol;
        int eByte;
        if (src.isAscii()) {
            sCol = sByte = from - startLineStart;
            eCol = eByte = to - lineStart;
        } else {
            sCol = src.codePoints(startLineStart, from);
            sByte = src.utf8Length(startLineStart, from);
            eCol = src.codePoints(lineStart, to);
            eByte = src.utf8Length(lineStart, to);
        }
        return new PyToken(tokenSourcePair, type, text, from, to - 1, startLine, sCol, sByte, lineno, eCol, eByte);
    }

    /** DEDENT or ENDMARKER at end of file: on the line after the last one, column 0. */
    private PyToken trailingToken(int type) {
        int line = lineno + 1;
        return new PyToken(tokenSourcePair, type, "", n, n - 1, line, 0, 0, line, 0, 0);
    }

    private PyToken normalMode(FStringMode cur) {
        int c;
        boolean blankline;
        while (true) { // "nextline"
            tokStart = -1;
            blankline = false;
            if (atBol) {
                int col = 0;
                int altcol = 0;
                atBol = false;
                int contLineCol = 0;
                for (;;) {
                    c = nextc();
                    if (c == ' ') {
                        col++;
                        altcol++;
                    } else if (c == '\t') {
                        col = (col / TABSIZE + 1) * TABSIZE;
                        altcol++;
                    } else if (c == '\f') {
                        col = altcol = 0;
                    } else if (c == '\\') {
                        contLineCol = contLineCol != 0 ? contLineCol : col;
                        continuationLine();
                    } else {
                        break;
                    }
                }
                backup(c);
                if (c == '#' || c == '\n') {
                    blankline = true;
                }
                if (!blankline && level == 0) {
                    if (contLineCol != 0) {
                        col = contLineCol;
                        altcol = contLineCol;
                    }
                    if (col == indStack[indent]) {
                        if (altcol != altIndStack[indent]) {
                            throw indentError("TabError", "inconsistent use of tabs and spaces in indentation");
                        }
                    } else if (col > indStack[indent]) {
                        if (indent + 1 >= MAXINDENT) {
                            throw indentError("IndentationError", "too many levels of indentation");
                        }
                        if (altcol <= altIndStack[indent]) {
                            throw indentError("TabError", "inconsistent use of tabs and spaces in indentation");
                        }
                        pendin++;
                        indStack[++indent] = col;
                        altIndStack[indent] = altcol;
                    } else {
                        while (indent > 0 && col < indStack[indent]) {
                            pendin--;
                            indent--;
                        }
                        if (col != indStack[indent]) {
                            throw errors.endOfLine("IndentationError",
                                    "unindent does not match any outer indentation level", lineno);
                        }
                        if (altcol != altIndStack[indent]) {
                            throw indentError("TabError", "inconsistent use of tabs and spaces in indentation");
                        }
                    }
                }
            }

            tokStart = pos;
            markStart();
            if (pendin != 0) {
                if (pendin < 0) {
                    pendin++;
                    if (pos >= n) {
                        return trailingToken(PythonParser.DEDENT);
                    }
                    return token(PythonParser.DEDENT, "", pos, pos);
                }
                pendin--;
                return token(PythonParser.INDENT, lineStart, pos);
            }

            // Peek at the next character (reads the next line if needed).
            c = nextc();
            backup(c);

            while (true) { // "again"
                tokStart = -1;
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\f');
                tokStart = c == EOF ? pos : pos - 1;
                markStart();

                if (c == '#') {
                    while (c != EOF && c != '\n') {
                        c = nextc();
                    }
                    if (keepTrivia) {
                        backup(c);
                        commentNewline = blankline;
                        return token(TokenNames.COMMENT, tokStart, pos);
                    }
                }

                if (c == EOF) {
                    if (level > 0) {
                        throw unclosedBracketError();
                    }
                    return trailingToken(PythonParser.ENDMARKER);
                }

                if (CharClass.isPotentialIdentifierStart(c)) {
                    return nameOrPrefixedString(c);
                }

                if (c == '\n') {
                    atBol = true;
                    if (blankline || level > 0) {
                        if (keepTrivia) {
                            commentNewline = false;
                            return token(TokenNames.NL, newlineText(), tokStart, pos);
                        }
                        break; // nextline
                    }
                    if (commentNewline && keepTrivia) {
                        commentNewline = false;
                        return token(TokenNames.NL, newlineText(), tokStart, pos);
                    }
                    return token(PythonParser.NEWLINE, newlineText(), tokStart, pos);
                }

                if (c == '.') {
                    c = nextc();
                    if (isDigit(c)) {
                        return NumberScanner.fraction(this, c);
                    } else if (c == '.') {
                        c = nextc();
                        if (c == '.') {
                            return token(PythonParser.ELLIPSIS, tokStart, pos);
                        }
                        backup(c);
                        backup('.');
                    } else {
                        backup(c);
                    }
                    return token(PythonParser.DOT, tokStart, pos);
                }

                if (isDigit(c)) {
                    return NumberScanner.number(this, c);
                }

                if (c == '\'' || c == '"') {
                    return string(c);
                }

                if (c == '\\') {
                    continuationLine();
                    continue; // again
                }

                return operator(c, cur);
            }
        }
    }

    /** The text of a newline token: empty for the newline added at the end of the file. */
    private String newlineText() {
        return src.hasImplicitNewline() && pos == n ? "" : "\n";
    }

    /** Reads a name, or a string/f-string prefix followed by its quote. */
    private PyToken nameOrPrefixedString(int c) {
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        while (true) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = nextc();
            if (c == '"' || c == '\'') {
                return sawF ? fstringStart(c, sawR) : string(c);
            }
        }
        boolean nonascii = false;
        while (CharClass.isPotentialIdentifierChar(c)) {
            if (c >= 128) {
                nonascii = true;
            }
            c = nextc();
        }
        backup(c);
        String text = new String(buf, tokStart, pos - tokStart);
        if (nonascii) {
            verifyIdentifier(text);
            PyToken t = token(PythonParser.NAME, text, tokStart, pos);
            t.setName(Normalizer.normalize(text, Normalizer.Form.NFKC));
            return t;
        }
        return token(TokenNames.keywordOrName(text), text, tokStart, pos);
    }

    private void verifyIdentifier(String text) {
        int i = 0;
        int index = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean ok = index == 0 ? CharClass.isIdentifierStart(cp) : CharClass.isIdentifierContinue(cp);
            if (!ok) {
                int cur = tokStart + i + Character.charCount(cp);
                String msg = CharClass.isPrintable(cp)
                        ? String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp)
                        : String.format("invalid non-printable character U+%04X", cp);
                throw errors.at(lineno, lineStart, cur, msg);
            }
            i += Character.charCount(cp);
            index++;
        }
    }

    private void continuationLine() {
        int c = nextc();
        if (c != '\n') {
            throw errors.lineContinuation(lineno, lineStart, pos, bufStart != lineStart);
        }
        c = nextc();
        if (c == EOF) {
            throw unexpectedEofError();
        }
        backup(c);
    }

    // ---------------------------------------------------------------- strings

    private PyToken string(int quote) {
        int quoteSize = 1;
        int endQuoteSize = 0;
        boolean hasEscapedQuote = false;
        int firstLine = startLine;
        int firstLineStart = startLineStart;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1; // empty string
            }
        }
        if (c != quote) {
            backup(c);
        }
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                int detected = lineno;
                if (insideFString()) {
                    FStringMode m = mode();
                    if (m.quote == quote && m.quoteSize == quoteSize) {
                        throw errors.at(firstLine, firstLineStart, tokStart + 1, "f-string: expecting '}'");
                    }
                }
                String msg;
                if (quoteSize == 3) {
                    msg = "unterminated triple-quoted string literal (detected at line " + detected + ")";
                } else if (hasEscapedQuote) {
                    msg = "unterminated string literal (detected at line " + detected
                            + "); perhaps you escaped the end quote?";
                } else {
                    msg = "unterminated string literal (detected at line " + detected + ")";
                }
                throw errors.at(firstLine, firstLineStart, tokStart + 1, msg);
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    c = nextc();
                    if (c == quote) {
                        hasEscapedQuote = true;
                    }
                }
            }
        }
        return token(PythonParser.STRING, tokStart, pos);
    }

    private PyToken fstringStart(int quote, boolean raw) {
        int quoteSize = 1;
        int afterQuote = nextc();
        if (afterQuote == quote) {
            int afterAfter = nextc();
            if (afterAfter == quote) {
                quoteSize = 3;
            } else {
                backup(afterAfter);
                backup(afterQuote);
            }
        }
        if (afterQuote != quote) {
            backup(afterQuote);
        }
        if (modeIndex + 1 >= MAXFSTRINGLEVEL) {
            throw syntaxError("too many nested f-strings");
        }
        FStringMode m = new FStringMode();
        m.regular = false;
        m.quote = (char) quote;
        m.quoteSize = quoteSize;
        m.raw = raw;
        m.startIndex = tokStart;
        m.startLine = lineno;
        m.startLineStart = lineStart;
        modes[++modeIndex] = m;
        return token(PythonParser.FSTRING_START, tokStart, pos);
    }

    private PyToken fstringMode(FStringMode cur) {
        tokStart = pos;
        markStart();
        int startChar = nextc();
        if (startChar == '{') {
            int peek1 = nextc();
            backup(peek1);
            backup(startChar);
            if (peek1 != '{') {
                cur.exprStartDepth++;
                if (cur.exprStartDepth >= MAX_EXPR_NESTING) {
                    throw syntaxError("f-string: expressions nested too deeply");
                }
                cur.regular = true;
                return normalMode(cur);
            }
        } else {
            backup(startChar);
        }
        for (int i = 0; i < cur.quoteSize; i++) {
            int q = nextc();
            if (q != cur.quote) {
                backup(q);
                return fstringMiddle(cur);
            }
        }
        cur.exprTextStart = -1;
        cur.exprTextEnd = -1;
        modeIndex--;
        return token(PythonParser.FSTRING_END, tokStart, pos);
    }

    /** The literal part of an f-string up to the next replacement field or the closing quote. */
    private PyToken fstringMiddle(FStringMode cur) {
        int endQuoteSize = 0;
        boolean unicodeEscape = false;
        while (endQuoteSize != cur.quoteSize) {
            int c = nextc();
            boolean inFormatSpec = cur.inFormatSpec && cur.exprStartDepth >= 0;
            if (c == EOF || (cur.quoteSize == 1 && c == '\n')) {
                if (inFormatSpec && c == '\n') {
                    backup(c);
                    cur.regular = true;
                    cur.inFormatSpec = false;
                    return token(PythonParser.FSTRING_MIDDLE, tokStart, pos);
                }
                int detected = lineno;
                String msg = cur.quoteSize == 3
                        ? "unterminated triple-quoted f-string literal (detected at line " + detected + ")"
                        : "unterminated f-string literal (detected at line " + detected + ")";
                throw errors.at(cur.startLine, cur.startLineStart, cur.startIndex + 1, msg);
            }
            if (c == cur.quote) {
                endQuoteSize++;
                continue;
            }
            endQuoteSize = 0;
            if (c == '{') {
                cur.exprTextStart = pos;
                cur.exprTextEnd = -1;
                int peek = nextc();
                if (peek != '{' || inFormatSpec) {
                    backup(peek);
                    backup(c);
                    cur.exprStartDepth++;
                    if (cur.exprStartDepth >= MAX_EXPR_NESTING) {
                        throw syntaxError("f-string: expressions nested too deeply");
                    }
                    cur.regular = true;
                    cur.inFormatSpec = false;
                    return token(PythonParser.FSTRING_MIDDLE, tokStart, pos);
                }
                return token(PythonParser.FSTRING_MIDDLE, tokStart, pos - 1);
            } else if (c == '}') {
                if (unicodeEscape) {
                    return token(PythonParser.FSTRING_MIDDLE, tokStart, pos);
                }
                int peek = nextc();
                if (peek == '}' && !inFormatSpec && cur.curlyDepth == 0) {
                    return token(PythonParser.FSTRING_MIDDLE, tokStart, pos - 1);
                }
                backup(peek);
                backup(c);
                cur.regular = true;
                cur.inFormatSpec = false;
                return token(PythonParser.FSTRING_MIDDLE, tokStart, pos);
            } else if (c == '\\') {
                int peek = nextc();
                if (peek == '{' || peek == '}') {
                    // An invalid escape (SyntaxWarning in CPython); the brace is read again.
                    backup(peek);
                    continue;
                }
                if (!cur.raw && peek == 'N') {
                    peek = nextc();
                    if (peek == '{') {
                        unicodeEscape = true;
                    } else {
                        backup(peek);
                    }
                }
            }
        }
        for (int i = 0; i < cur.quoteSize; i++) {
            backup(cur.quote);
        }
        return token(PythonParser.FSTRING_MIDDLE, tokStart, pos);
    }

    // ---------------------------------------------------------------- operators

    private PyToken operator(int c, FStringMode cur) {
        String debugText = null;
        boolean punctuation = c == ':' || c == '}' || c == '!' || c == '{';
        if (punctuation && insideFString() && cur.exprStartDepth >= 0) {
            int cursor = cur.curlyDepth - (c != '{' ? 1 : 0);
            boolean cursorValid = cursor == 0 || (cursor == 1 && (cur.debug || cur.inFormatSpec));
            if (cursorValid) {
                if (c == '{') {
                    cur.exprTextStart = pos;
                    cur.exprTextEnd = -1;
                } else {
                    if (cur.exprTextEnd == -1) {
                        cur.exprTextEnd = tokStart;
                    }
                    if (cur.debug) {
                        debugText = cur.debugText(buf);
                    }
                }
            }
            if (c == ':' && cursor == cur.exprStartDepth) {
                cur.regular = false;
                cur.inFormatSpec = true;
                PyToken t = token(PythonParser.COLON, tokStart, pos);
                t.setFstringDebugText(debugText);
                return t;
            }
        }

        int c2 = nextc();
        int type2 = TokenNames.twoChars(c, c2);
        if (type2 != TokenNames.NONE) {
            int c3 = nextc();
            int type3 = TokenNames.threeChars(c, c2, c3);
            if (type3 != TokenNames.NONE) {
                type2 = type3;
            } else {
                backup(c3);
            }
            PyToken t = token(type2, tokStart, pos);
            t.setFstringDebugText(debugText);
            return t;
        }
        backup(c2);

        switch (c) {
            case '(':
            case '[':
            case '{':
                if (level >= MAXLEVEL) {
                    throw syntaxError("too many nested parentheses");
                }
                parenStack[level] = (char) c;
                parenLine[level] = lineno;
                parenIndex[level] = tokStart;
                level++;
                if (insideFString()) {
                    cur.curlyDepth++;
                }
                break;
            case ')':
            case ']':
            case '}':
                if (insideFString() && cur.curlyDepth == 0 && c == '}') {
                    throw syntaxError("f-string: single '}' is not allowed");
                }
                if (level == 0) {
                    throw syntaxError("unmatched '" + (char) c + "'");
                }
                level--;
                char opening = parenStack[level];
                if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
                    if (insideFString() && opening == '{') {
                        int previousBracket = cur.curlyDepth - 1;
                        if (previousBracket == cur.exprStartDepth) {
                            throw syntaxError("f-string: unmatched '" + (char) c + "'");
                        }
                    }
                    if (parenLine[level] != lineno) {
                        throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                                + opening + "' on line " + parenLine[level]);
                    }
                    throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                            + opening + "'");
                }
                if (insideFString()) {
                    cur.curlyDepth--;
                    if (cur.curlyDepth < 0) {
                        throw syntaxError("f-string: unmatched '" + (char) c + "'");
                    }
                    if (c == '}' && cur.curlyDepth == cur.exprStartDepth) {
                        cur.exprStartDepth--;
                        cur.regular = false;
                        cur.inFormatSpec = false;
                        cur.debug = false;
                    }
                }
                break;
            default:
                break;
        }

        if (!CharClass.isPrintable(c)) {
            throw syntaxError(String.format("invalid non-printable character U+%04X", c));
        }
        if (c == '=' && cur.exprStartDepth >= 0) {
            cur.debug = true;
        }
        int type = TokenNames.oneChar(c);
        if (type == TokenNames.NONE) {
            // '$', '?', '`': a generic OP token the parser cannot use, as in CPython.
            type = TokenNames.OP;
        }
        PyToken t = token(type, tokStart, pos);
        t.setFstringDebugText(debugText);
        return t;
    }

    // ---------------------------------------------------------------- numbers (see NumberScanner)

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    int read() {
        return nextc();
    }

    void unread(int c) {
        backup(c);
    }

    int position() {
        return pos;
    }

    int tokenStart() {
        return tokStart;
    }

    PyToken numberToken() {
        return token(PythonParser.NUMBER, tokStart, pos);
    }

    // ---------------------------------------------------------------- errors

    /** CPython's _PyTokenizer_syntaxerror: at the current position on the current line. */
    PythonSyntaxError syntaxError(String msg) {
        return errors.at(lineno, lineStart, pos, msg);
    }

    /** An error at a known range of the current line (1-based columns of the indices). */
    PythonSyntaxError syntaxErrorRange(int startIdx, int endIdx, String msg) {
        return errors.range(lineno, lineStart, startIdx, endIdx, msg);
    }

    private PythonSyntaxError indentError(String type, String msg) {
        return errors.knownLocation(type, msg, lineno, lineStart);
    }

    private PythonSyntaxError unexpectedEofError() {
        if (level > 0) {
            return unclosedBracketError();
        }
        return errors.endOfLine("SyntaxError", "unexpected EOF while parsing", lineno);
    }

    private PythonSyntaxError unclosedBracketError() {
        int i = level - 1;
        return errors.knownLocation("SyntaxError", "'" + parenStack[i] + "' was never closed", parenLine[i],
                parenIndex[i]);
    }
}
