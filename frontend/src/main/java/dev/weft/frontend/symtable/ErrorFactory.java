package dev.weft.frontend.symtable;

import dev.weft.frontend.error.PythonSyntaxError;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes the {@code SyntaxError}s of the symbol table and of the compile-time checks with
 * CPython 3.13's positions: {@code offset}/{@code endOffset} are the AST's UTF-8 byte columns
 * plus one (CPython does not convert them to characters for these errors), and {@code text}
 * is the source line with its newline when the source is known.
 */
final class ErrorFactory {
    private final String filename;
    private final List<String> lines;

    ErrorFactory(String filename, String source) {
        this.filename = filename;
        this.lines = source == null ? null : splitLines(source);
    }

    PythonSyntaxError at(String msg, Location loc) {
        return new PythonSyntaxError("SyntaxError", msg, filename, loc.lineno(), loc.colOffset() + 1,
                loc.endLineno(), loc.endColOffset() + 1, line(loc.lineno()));
    }

    /** An error with a start position only (CPython's {@code end_offset} is then absent: 0). */
    PythonSyntaxError atStart(String msg, int lineno, int offset) {
        return new PythonSyntaxError("SyntaxError", msg, filename, lineno, offset, lineno, 0, line(lineno));
    }

    private String line(int lineno) {
        if (lines == null || lineno < 1 || lineno > lines.size()) {
            return null;
        }
        return lines.get(lineno - 1);
    }

    private static List<String> splitLines(String source) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(source.substring(start, i) + "\n");
                if (c == '\r' && i + 1 < source.length() && source.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < source.length()) {
            out.add(source.substring(start));
        }
        return out;
    }
}
