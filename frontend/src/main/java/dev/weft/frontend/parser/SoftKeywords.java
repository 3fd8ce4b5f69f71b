package dev.weft.frontend.parser;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.WritableToken;

/**
 * Retags the soft keywords that start a {@code match} statement or a {@code type} alias to
 * {@link PythonParser#SOFT_MATCH} / {@link PythonParser#SOFT_TYPE}, so that the grammar can choose
 * between those statements and expression statements on one token instead of by long lookahead.
 *
 * <p>A NAME {@code match} at the start of a logical line starts a match statement exactly when the
 * line ends with {@code :} and an indented block follows (no simple statement ends with a colon).
 * A NAME {@code type} followed by a NAME can only be a type alias (two names never follow each
 * other elsewhere).
 */
final class SoftKeywords {
    private SoftKeywords() {}

    static void retag(List<? extends Token> tokens) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.getType() != PythonParser.NAME) {
                continue;
            }
            String text = t.getText();
            if (text.equals("type")) {
                if (i + 1 < n && tokens.get(i + 1).getType() == PythonParser.NAME && atStatementStart(tokens, i)) {
                    ((WritableToken) t).setType(PythonParser.SOFT_TYPE);
                }
            } else if (text.equals("match") && atStatementStart(tokens, i) && startsMatchStatement(tokens, i)) {
                ((WritableToken) t).setType(PythonParser.SOFT_MATCH);
            }
        }
    }

    private static boolean atStatementStart(List<? extends Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        int prev = tokens.get(i - 1).getType();
        return prev == PythonParser.NEWLINE || prev == PythonParser.INDENT || prev == PythonParser.DEDENT
            || prev == PythonParser.SEMI || prev == PythonParser.COLON;
    }

    private static boolean startsMatchStatement(List<? extends Token> tokens, int i) {
        int n = tokens.size();
        if (i + 1 >= n) {
            return false;
        }
        int next = tokens.get(i + 1).getType();
        if (next == PythonParser.COLON || next == PythonParser.EQUAL || next == PythonParser.NEWLINE) {
            return false;
        }
        for (int j = i + 1; j < n; j++) {
            int type = tokens.get(j).getType();
            if (type == PythonParser.NEWLINE) {
                return tokens.get(j - 1).getType() == PythonParser.COLON;
            }
            if (type == Token.EOF || type == PythonParser.ENDMARKER) {
                return false;
            }
        }
        return false;
    }
}
