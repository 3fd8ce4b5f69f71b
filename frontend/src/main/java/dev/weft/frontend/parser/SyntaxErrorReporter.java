package dev.weft.frontend.parser;

import dev.weft.frontend.error.PythonSyntaxError;
import java.util.List;
import org.antlr.v4.runtime.Parser;
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

    PythonSyntaxError report(RecognitionException cause, Parser parser) {
        Token t = cause != null && cause.getOffendingToken() != null ? cause.getOffendingToken() : parser.getCurrentToken();
        int i = Math.max(0, Math.min(t.getTokenIndex(), tokens.size() - 1));
        t = tokens.get(i);
        Token prev = i > 0 ? tokens.get(i - 1) : null;
        Token lineStart = logicalLineStart(i);

        if (t.getType() == PythonParser.INDENT) {
            Token next = support.next(t);
            int line = TokenPositions.line(next);
            return new PythonSyntaxError("IndentationError", "unexpected indent", support.filename, line,
                                         TokenPositions.col(next), line, -1, support.source.line(line));
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
        if (t.getType() == PythonParser.NEWLINE && isCompoundKeyword(lineStart) && prev != null
                && prev.getType() != PythonParser.COLON) {
            return support.error("expected ':'", t);
        }
        if (t.getType() == PythonParser.EQUAL && (first == PythonParser.IF || first == PythonParser.ELIF
                || first == PythonParser.WHILE) && prev != null && prev.getType() == PythonParser.NAME) {
            Token end = support.next(t);
            return support.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", prev, end);
        }
        if (first == PythonParser.NAME && lineStart.getText().equals("print") && prev == lineStart
                && t.getType() != PythonParser.LPAR) {
            Token last = lastOfLine(i);
            return support.error("Missing parentheses in call to 'print'. Did you mean print(...)?", lineStart, last);
        }
        if (prev != null && endsOperand(prev.getType()) && startsOperand(t.getType()) && bracketDepth(lineStart, i) > 0) {
            Token operandStart = operandStart(i - 1);
            return support.error("invalid syntax. Perhaps you forgot a comma?", operandStart, t);
        }
        return support.error("invalid syntax", t);
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

    /** Walks back from the last token of an operand to its first token (over brackets, dots, names). */
    private Token operandStart(int j) {
        int depth = 0;
        while (j > 0) {
            int type = tokens.get(j).getType();
            if (type == PythonParser.RPAR || type == PythonParser.RSQB || type == PythonParser.RBRACE) {
                depth++;
            } else if (type == PythonParser.LPAR || type == PythonParser.LSQB || type == PythonParser.LBRACE) {
                depth--;
            }
            if (depth == 0) {
                int before = tokens.get(j - 1).getType();
                boolean continues = before == PythonParser.DOT || type == PythonParser.DOT
                    || ((type == PythonParser.LPAR || type == PythonParser.LSQB) && endsOperand(before));
                if (!continues) {
                    break;
                }
            }
            j--;
        }
        return tokens.get(j);
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
