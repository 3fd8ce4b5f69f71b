package dev.weft.runtimecompiler;

import dev.weft.frontend.ast.Expr;
import dev.weft.frontend.ast.Expression;
import dev.weft.frontend.ast.FunctionType;
import dev.weft.frontend.ast.Tuple;
import dev.weft.frontend.error.PythonSyntaxError;
import dev.weft.frontend.parser.PythonParsing;
import dev.weft.runtime.exc.Errors;

import java.util.List;

/**
 * {@code compile(source, filename, 'func_type', PyCF_ONLY_AST)}: a signature type comment such
 * as {@code (int, str) -> bool}. The frontend has no func_type rule, so the top-level
 * {@code ->} is replaced by {@code ", "} (same length: positions stay those of the source) and
 * the text is parsed as an expression: a pair of the parenthesised argument types and the
 * return type. Starred argument types ({@code *int}) are not supported.
 */
final class FuncTypeParsing {
    private FuncTypeParsing() { }

    static FunctionType parse(String source, String filename) {
        int open = skipSpace(source, 0);
        if (open >= source.length() || source.charAt(open) != '(') {
            throw invalid(source, filename, open);
        }
        int close = matchingParen(source, open);
        int arrow = close < 0 ? -1 : skipSpace(source, close + 1);
        if (arrow < 0 || !source.startsWith("->", arrow)) {
            throw invalid(source, filename, arrow < 0 ? source.length() : arrow);
        }
        String inside = source.substring(open + 1, close);
        if (inside.strip().startsWith("*") || inside.contains(", *") || inside.contains(",*")) {
            throw Errors.notImplemented("starred argument types in compile() mode 'func_type' are not supported by weft yet");
        }
        String pair = source.substring(0, arrow) + ", " + source.substring(arrow + 2);
        Expression e = PythonParsing.parseExpression(pair, filename);
        if (!(e.body instanceof Tuple t) || t.elts.size() != 2) {
            throw invalid(source, filename, arrow);
        }
        Expr args = t.elts.get(0);
        List<Expr> argtypes;
        if (args instanceof Tuple at && at.colOffset == open && at.lineno == 1) {
            argtypes = at.elts; // the parentheses are the tuple's own: (a, b) or ()
        } else {
            argtypes = new java.util.ArrayList<>(List.of(args)); // (a) or ((a, b)): one argument type
        }
        return new FunctionType(argtypes, t.elts.get(1));
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** The index of the parenthesis closing the one at {@code open} (strings skipped), or -1. */
    private static int matchingParen(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                int end = s.indexOf(c, i + 1);
                if (end < 0) {
                    return -1;
                }
                i = end;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return c == ')' ? i : -1;
                }
            }
        }
        return -1;
    }

    private static PythonSyntaxError invalid(String source, String filename, int offset) {
        String line = source.lines().findFirst().orElse("");
        return new PythonSyntaxError("SyntaxError", "invalid syntax", filename, 1, offset + 1, 1, offset + 1, line);
    }
}
