package dev.weft.frontend.parser;

import dev.weft.frontend.error.PythonSyntaxError;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;

/**
 * Turns a failed parse into CPython's report: {@code invalid syntax} at the offending token, or
 * one of CPython's frequent specific messages when the tokens around it match its pattern.
 */
final class SyntaxErrorReporter {
    private final BuildSupport support;
    private final List<? extends Token> tokens;

    SyntaxErrorReporter(BuildSupport support) {
        this.support = support;
        this.tokens = support.tokens;
    }

    /** The error for a parse that failed at token {@code failedAt} ({@code cause} may be null). */
    PythonSyntaxError report(RecognitionException cause, int failedAt) {
        int i = Math.max(0, Math.min(failedAt, tokens.size() - 1));
        Token t = tokens.get(i);
        Token prev = i > 0 ? tokens.get(i - 1) : null;
        Token lineStart = logicalLineStart(i);

        if (t.getType() == PythonParser.INDENT) {
            Token next = support.next(t);
            int line = TokenPositions.line(next);
            return new PythonSyntaxError("IndentationError", "unexpected indent", support.filename, line,
                                         TokenPositions.col(next), line, -1, support.source.line(line));
        }
        if (t.getType() == PythonParser.DEDENT) {
            int line = TokenPositions.line(t);
            return new PythonSyntaxError("IndentationError", "unexpected unindent", support.filename, line, 0, line, -1,
                                         support.source.line(line));
        }
        if (lineStart.getType() == PythonParser.NAME && lineStart.getText().equals("match")
                && i == lineStart.getTokenIndex() + 1) {
            // CPython's invalid_match_stmt: 'match' subject NEWLINE.
            int end = lineEnd(i);
            if (end < tokens.size() && tokens.get(end).getType() == PythonParser.NEWLINE
                    && new SubParser(tokens).matchesExactly(i, end - 1, PythonParser::star_expressions)) {
                return support.error("expected ':'", tokens.get(end));
            }
        }
        if (prev != null && prev.getType() == PythonParser.NEWLINE && i >= 2
                && tokens.get(i - 2).getType() == PythonParser.COLON) {
            Token header = logicalLineStart(i - 2);
            String what = blockOwner(header, i - 2);
            if (what != null) {
                return support.error("IndentationError", "expected an indented block after " + what + " on line "
                                     + TokenPositions.line(header), TokenPositions.line(t), TokenPositions.col(t),
                                     TokenPositions.endLine(t), TokenPositions.endCol(t));
            }
        }
        if (inRule(cause, PythonParser.Try_stmtContext.class) && prev != null
                && (prev.getType() == PythonParser.DEDENT || prev.getType() == PythonParser.NEWLINE)) {
            return support.error("expected 'except' or 'finally' block", t);
        }
        int first = lineStart.getType();
        if (prev != null && prev.getType() == PythonParser.LBRACE && t.getType() == PythonParser.RBRACE
                && inFString(i)) {
            return support.error("f-string: valid expression required before '}'", t);
        }
        if (prev != null && prev.getType() == PythonParser.EXCLAMATION && t.getType() != PythonParser.NAME
                && inFString(i)) {
            return support.error("f-string: missing conversion character", t);
        }
        if (t.getType() == PythonParser.NEWLINE && prev != null && prev.getType() == PythonParser.IMPORT) {
            int line = TokenPositions.line(t);
            int col = TokenPositions.col(t);
            return support.error("SyntaxError", "Expected one or more names after 'import'", line, col, line, col);
        }
        if ((t.getType() == PythonParser.RPAR || t.getType() == PythonParser.COMMA) && prev != null
                && prev.getType() == PythonParser.EQUAL && i >= 2 && tokens.get(i - 2).getType() == PythonParser.NAME
                && bracketDepth(lineStart, i) > 0) {
            return support.error("expected argument value expression", tokens.get(i - 2), prev);
        }
        if (prev != null && prev.getType() == PythonParser.COLONEQUAL && i >= 2
                && tokens.get(i - 2).getType() != PythonParser.NAME) {
            // Only a name may precede ':=': CPython's parser stops at the operator.
            return support.error("invalid syntax", prev);
        }
        PythonParser.Expr_stmtContext stmt = enclosing(cause, PythonParser.Expr_stmtContext.class);
        if (prev != null && prev.getType() == PythonParser.COLON && stmt != null && stmt.COLON() != null
                && stmt.COLON().getSymbol() == prev && !isAnnotationTarget(stmt.start.getTokenIndex(), i - 2)) {
            // Only a name, attribute or subscript can be annotated: CPython stops at the colon.
            return support.error("invalid syntax", prev);
        }
        if (cause != null && cause.getCtx() instanceof PythonParser.ExpressionContext e && e.IF() != null
                && e.ELSE() == null && t.getType() != PythonParser.ELSE && t.getType() != PythonParser.COLON) {
            return support.error("expected 'else' after 'if' expression", e.start, prev);
        }
        if (t.getType() == PythonParser.NEWLINE && isCompoundKeyword(lineStart) && prev != null
                && prev.getType() != PythonParser.COLON) {
            return support.error("expected ':'", t);
        }
        if (first == PythonParser.NAME && lineStart.getText().equals("print") && prev == lineStart
                && t.getType() != PythonParser.LPAR) {
            Token last = lastOfLine(i);
            return support.error("Missing parentheses in call to 'print'. Did you mean print(...)?", lineStart, last);
        }
        PythonSyntaxError specific = dictionaryEntry(i);
        if (specific == null) {
            specific = forgotComma(i, lineStart);
        }
        if (specific == null) {
            specific = meantComparison(i, lineStart);
        }
        if (specific == null) {
            specific = defHeader(i, lineStart);
        }
        if (specific != null) {
            return specific;
        }
        return support.error("invalid syntax", t);
    }

    /** Whether tokens {@code from..to} are a target CPython's grammar lets be annotated. */
    private boolean isAnnotationTarget(int from, int to) {
        if (from < 0 || to < from) {
            return false;
        }
        int last = tokens.get(to).getType();
        if (from == to) {
            return last == PythonParser.NAME;
        }
        if (to - from == 2 && tokens.get(from).getType() == PythonParser.LPAR && last == PythonParser.RPAR) {
            return tokens.get(from + 1).getType() == PythonParser.NAME;
        }
        return (last == PythonParser.NAME || last == PythonParser.RSQB)
            && new SubParser(tokens).matchesExactly(from, to, PythonParser::primary);
    }

    /**
     * CPython's invalid_kvpair: in a dict display, an entry without its ':' (after the first
     * entry), or a ':' without a value.
     */
    private PythonSyntaxError dictionaryEntry(int i) {
        int opener = openerOf(i);
        if (opener < 0 || tokens.get(opener).getType() != PythonParser.LBRACE || inFString(opener)) {
            return null;
        }
        Token t = tokens.get(i);
        Token prev = tokens.get(i - 1);
        if (prev.getType() == PythonParser.COLON && (t.getType() == PythonParser.RBRACE || t.getType() == PythonParser.COMMA)) {
            return support.error("expression expected after dictionary key and ':'", prev);
        }
        if (t.getType() == PythonParser.COLON) {
            return null;
        }
        // The entry that failed starts after the last comma at the brace's own depth.
        int entryStart = opener + 1;
        boolean sawEntry = false;
        int depth = 0;
        for (int j = opener + 1; j < i; j++) {
            int type = tokens.get(j).getType();
            if (type == PythonParser.LPAR || type == PythonParser.LSQB || type == PythonParser.LBRACE) {
                depth++;
            } else if (type == PythonParser.RPAR || type == PythonParser.RSQB || type == PythonParser.RBRACE) {
                depth--;
            } else if (depth == 0 && type == PythonParser.COLON) {
                sawEntry = true;
            } else if (depth == 0 && type == PythonParser.COMMA) {
                entryStart = j + 1;
            }
        }
        if (!sawEntry || entryStart == opener + 1 || entryStart >= i) {
            return null;
        }
        int keyEnd = new SubParser(tokens).lastMatched(entryStart, lineEnd(i), PythonParser::expression);
        if (keyEnd != i - 1) {
            return null;
        }
        Token key = tokens.get(keyEnd);
        int line = TokenPositions.endLine(key);
        int offset = support.source.offset(line, TokenPositions.endCol(key) - 1);
        return new PythonSyntaxError("SyntaxError", "':' expected after dictionary key", support.filename,
                                     TokenPositions.line(tokens.get(entryStart)), offset, line, 0,
                                     support.source.line(TokenPositions.line(tokens.get(entryStart))));
    }

    /** The end (exclusive) of the stretch of tokens a sub-parse may look at: the logical line. */
    private int lineEnd(int i) {
        int j = i;
        while (j < tokens.size() && tokens.get(j).getType() != PythonParser.NEWLINE
                && tokens.get(j).getType() != Token.EOF) {
            j++;
        }
        return j;
    }

    /**
     * CPython's invalid_expression: two expressions side by side inside brackets read as a
     * missing comma ({@code f(a b)}), the range covering both.
     */
    private PythonSyntaxError forgotComma(int i, Token lineStart) {
        if (i == 0 || bracketDepth(lineStart, i) <= 0 || !startsOperand(tokens.get(i).getType())) {
            return null;
        }
        if (!inExpressionBrackets(i, lineStart)) {
            return null;
        }
        int start = elementStart(i - 1);
        SubParser sub = new SubParser(tokens);
        if (!sub.matchesExactly(start, i - 1, PythonParser::disjunction)) {
            return null;
        }
        Token first = tokens.get(start);
        boolean isName = start == i - 1 && first.getType() == PythonParser.NAME;
        if (isName && (tokens.get(i).getType() == PythonParser.STRING
                || first.getText().equals("print") || first.getText().equals("exec"))) {
            return null;
        }
        if (first.getType() == PythonParser.NAME && SOFT_KEYWORDS.contains(first.getText())) {
            return null;
        }
        int end = sub.lastMatched(i, lineEnd(i), PythonParser::expression);
        if (end < 0) {
            return null;
        }
        return support.error("invalid syntax. Perhaps you forgot a comma?", first, tokens.get(end));
    }

    /** Whether the brackets around token {@code i} hold expressions (not parameters or import names). */
    private boolean inExpressionBrackets(int i, Token lineStart) {
        int first = lineStart.getType();
        if (first == PythonParser.FROM || first == PythonParser.IMPORT) {
            return false;
        }
        int opener = openerOf(i);
        while (opener >= 0) {
            if (opener >= 2 && tokens.get(opener).getType() == PythonParser.LPAR
                    && tokens.get(opener - 1).getType() == PythonParser.NAME
                    && tokens.get(opener - 2).getType() == PythonParser.DEF) {
                return false;
            }
            if (opener >= 1 && tokens.get(opener - 1).getType() == PythonParser.LAMBDA) {
                return false;
            }
            opener = openerOf(opener);
        }
        return true;
    }

    private static final java.util.Set<String> SOFT_KEYWORDS = java.util.Set.of("match", "case", "_", "type");

    /** The first token of the bracket element (or expression) that ends at token {@code j}. */
    private int elementStart(int j) {
        int depth = 0;
        while (j > 0) {
            int type = tokens.get(j).getType();
            if (type == PythonParser.RPAR || type == PythonParser.RSQB || type == PythonParser.RBRACE) {
                depth++;
            } else if (type == PythonParser.LPAR || type == PythonParser.LSQB || type == PythonParser.LBRACE) {
                if (depth == 0) {
                    return j + 1;
                }
                depth--;
            }
            if (depth == 0 && j > 0 && isElementDelimiter(tokens.get(j - 1).getType())) {
                return j;
            }
            j--;
        }
        return j;
    }

    private static boolean isElementDelimiter(int type) {
        switch (type) {
            case PythonParser.COMMA: case PythonParser.EQUAL: case PythonParser.COLON: case PythonParser.COLONEQUAL:
            case PythonParser.FOR: case PythonParser.IF: case PythonParser.ELSE: case PythonParser.LAMBDA:
            case PythonParser.YIELD: case PythonParser.RETURN: case PythonParser.SEMI: case PythonParser.NEWLINE:
            case PythonParser.INDENT: case PythonParser.DEDENT: case PythonParser.STAR: case PythonParser.DOUBLESTAR:
            case PythonParser.AS: case PythonParser.RARROW: case PythonParser.AWAIT: case PythonParser.ASYNC:
            case PythonParser.IN: case PythonParser.FROM: case PythonParser.ASSERT: case PythonParser.DEL:
            case PythonParser.RAISE: case PythonParser.WHILE: case PythonParser.ELIF: case PythonParser.WITH:
            case PythonParser.AT:
                return true;
            default:
                return false;
        }
    }

    /**
     * CPython's invalid_named_expression: {@code NAME = value} where an expression is expected
     * (a condition, a decorator, an element of a tuple, list or set) reads as a mistyped comparison.
     */
    private PythonSyntaxError meantComparison(int i, Token lineStart) {
        Token t = tokens.get(i);
        if (t.getType() != PythonParser.EQUAL || i == 0 || tokens.get(i - 1).getType() != PythonParser.NAME) {
            return null;
        }
        int first = lineStart.getType();
        boolean condition = first == PythonParser.IF || first == PythonParser.ELIF || first == PythonParser.WHILE
            || first == PythonParser.AT;
        int opener = openerOf(i);
        boolean display = opener >= 0 && !(tokens.get(opener).getType() == PythonParser.LPAR && opener > 0
                                            && endsOperand(tokens.get(opener - 1).getType()));
        if (!condition && !display) {
            return null;
        }
        SubParser sub = new SubParser(tokens);
        int end = sub.lastMatched(i + 1, lineEnd(i), PythonParser::bitwise_or);
        if (end < 0) {
            return null;
        }
        int after = end + 1 < tokens.size() ? tokens.get(end + 1).getType() : Token.EOF;
        if (after == PythonParser.EQUAL || after == PythonParser.COLONEQUAL) {
            return null;
        }
        return support.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", tokens.get(i - 1),
                             tokens.get(end));
    }

    /** The index of the unclosed bracket around token {@code i} on its line, or -1. */
    private int openerOf(int i) {
        int depth = 0;
        for (int j = i - 1; j >= 0; j--) {
            int type = tokens.get(j).getType();
            if (type == PythonParser.NEWLINE || type == PythonParser.INDENT || type == PythonParser.DEDENT) {
                return -1;
            }
            if (type == PythonParser.RPAR || type == PythonParser.RSQB || type == PythonParser.RBRACE) {
                depth++;
            } else if (type == PythonParser.LPAR || type == PythonParser.LSQB || type == PythonParser.LBRACE) {
                if (depth == 0) {
                    return j;
                }
                depth--;
            }
        }
        return -1;
    }

    /** CPython's forced tokens in a def header: {@code def NAME [type params] &&'('} and {@code ) [-> x] &&':'}. */
    private PythonSyntaxError defHeader(int i, Token lineStart) {
        int k = lineStart.getTokenIndex();
        if (k < 0) {
            return null;
        }
        if (tokens.get(k).getType() == PythonParser.ASYNC) {
            k++;
        }
        if (tokens.get(k).getType() != PythonParser.DEF || i <= k + 1) {
            return null;
        }
        Token t = tokens.get(i);
        int afterName = k + 2;
        if (afterName < tokens.size() && tokens.get(afterName).getType() == PythonParser.LSQB) {
            int close = matchingClose(afterName);
            if (close < 0 || i <= close) {
                return null;
            }
            afterName = close + 1;
        }
        if (i == afterName && t.getType() != PythonParser.LPAR) {
            return support.error("expected '('", t);
        }
        if (afterName < tokens.size() && tokens.get(afterName).getType() == PythonParser.LPAR) {
            int close = matchingClose(afterName);
            if (close < 0 || i <= close || t.getType() == PythonParser.COLON) {
                return null;
            }
            int next = close + 1;
            if (next < tokens.size() && tokens.get(next).getType() == PythonParser.RARROW) {
                int end = new SubParser(tokens).lastMatched(next + 1, lineEnd(next), PythonParser::expression);
                if (end < 0 || i != end + 1) {
                    return null;
                }
            } else if (i != next) {
                return null;
            }
            return support.error("expected ':'", t);
        }
        return null;
    }

    private int matchingClose(int open) {
        int depth = 0;
        for (int j = open; j < tokens.size(); j++) {
            int type = tokens.get(j).getType();
            if (type == PythonParser.LPAR || type == PythonParser.LSQB || type == PythonParser.LBRACE) {
                depth++;
            } else if (type == PythonParser.RPAR || type == PythonParser.RSQB || type == PythonParser.RBRACE) {
                depth--;
                if (depth == 0) {
                    return j;
                }
            } else if (type == PythonParser.NEWLINE) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether token {@code i} is inside an f-string (more FSTRING_START than FSTRING_END before it). */
    private boolean inFString(int i) {
        int depth = 0;
        for (int j = i - 1; j >= 0; j--) {
            int type = tokens.get(j).getType();
            if (type == PythonParser.FSTRING_END) {
                depth--;
            } else if (type == PythonParser.FSTRING_START) {
                depth++;
                if (depth > 0) {
                    return true;
                }
            } else if (type == PythonParser.NEWLINE) {
                return false;
            }
        }
        return false;
    }

    /** The innermost rule of type {@code rule} around the failure, or null. */
    private static <T extends ParserRuleContext> T enclosing(RecognitionException cause, Class<T> rule) {
        for (org.antlr.v4.runtime.RuleContext c = cause == null ? null : cause.getCtx(); c != null; c = c.parent) {
            if (rule.isInstance(c)) {
                return rule.cast(c);
            }
        }
        return null;
    }

    private static boolean inRule(RecognitionException cause, Class<? extends ParserRuleContext> rule) {
        return cause != null && rule.isInstance(cause.getCtx());
    }

    /** The first token of the logical line holding token {@code i}. */
    private Token logicalLineStart(int i) {
        int j = i;
        while (j > 0) {
            int type = tokens.get(j - 1).getType();
            if (type == PythonParser.NEWLINE || type == PythonParser.INDENT || type == PythonParser.DEDENT) {
                break;
            }
            j--;
        }
        return tokens.get(j);
    }

    private Token lastOfLine(int i) {
        int j = i;
        while (j + 1 < tokens.size() && tokens.get(j + 1).getType() != PythonParser.NEWLINE
                && tokens.get(j + 1).getType() != Token.EOF) {
            j++;
        }
        return tokens.get(j);
    }

    private int bracketDepth(Token lineStart, int upTo) {
        int depth = 0;
        for (int j = lineStart.getTokenIndex(); j >= 0 && j < upTo; j++) {
            switch (tokens.get(j).getType()) {
                case PythonParser.LPAR: case PythonParser.LSQB: case PythonParser.LBRACE: depth++; break;
                case PythonParser.RPAR: case PythonParser.RSQB: case PythonParser.RBRACE: depth--; break;
                default: break;
            }
        }
        return depth;
    }

    private static boolean endsOperand(int type) {
        switch (type) {
            case PythonParser.NAME: case PythonParser.NUMBER: case PythonParser.STRING: case PythonParser.FSTRING_END:
            case PythonParser.RPAR: case PythonParser.RSQB: case PythonParser.RBRACE:
            case PythonParser.TRUE: case PythonParser.FALSE: case PythonParser.NONE:
                return true;
            default:
                return false;
        }
    }

    private static boolean startsOperand(int type) {
        switch (type) {
            case PythonParser.NAME: case PythonParser.NUMBER: case PythonParser.STRING: case PythonParser.FSTRING_START:
            case PythonParser.LPAR: case PythonParser.LSQB: case PythonParser.LBRACE:
            case PythonParser.TRUE: case PythonParser.FALSE: case PythonParser.NONE:
                return true;
            default:
                return false;
        }
    }

    private static boolean isCompoundKeyword(Token t) {
        switch (t.getType()) {
            case PythonParser.IF: case PythonParser.ELIF: case PythonParser.ELSE: case PythonParser.WHILE:
            case PythonParser.FOR: case PythonParser.WITH: case PythonParser.CLASS: case PythonParser.DEF:
            case PythonParser.TRY: case PythonParser.EXCEPT: case PythonParser.FINALLY: case PythonParser.ASYNC:
                return true;
            default:
                return false;
        }
    }

    /** How CPython names the statement whose header is the logical line starting at {@code header}. */
    private String blockOwner(Token header, int colonIndex) {
        int type = header.getType();
        if (type == PythonParser.ASYNC) {
            type = support.next(header).getType();
        }
        switch (type) {
            case PythonParser.IF: return "'if' statement";
            case PythonParser.ELIF: return "'elif' statement";
            case PythonParser.ELSE: return "'else' statement";
            case PythonParser.WHILE: return "'while' statement";
            case PythonParser.FOR: return "'for' statement";
            case PythonParser.WITH: return "'with' statement";
            case PythonParser.TRY: return "'try' statement";
            case PythonParser.FINALLY: return "'finally' statement";
            case PythonParser.EXCEPT:
                return support.next(header).getType() == PythonParser.STAR ? "'except*' statement" : "'except' statement";
            case PythonParser.DEF: return "function definition";
            case PythonParser.CLASS: return "class definition";
            case PythonParser.SOFT_MATCH: return "'match' statement";
            case PythonParser.NAME: return header.getText().equals("case") ? "'case' statement" : null;
            default: return null;
        }
    }
}
