package dev.weft.frontend.tokenize;

import dev.weft.frontend.error.PythonSyntaxError;

/**
 * Builds the tokenizer's {@link PythonSyntaxError}s with the positions and text CPython reports.
 * Two families exist in CPython: errors the tokenizer raises itself (offset = code points from
 * the line start to the cursor, text = the line without newline), and errors the parser raises
 * from the tokenizer's state (offset from a byte column + 1, text = the line with its newline,
 * end offset 0 or -1).
 */
final class TokenizerErrors {
    private final SourceText src;

    TokenizerErrors(SourceText src) {
        this.src = src;
    }

    /** CPython's _PyTokenizer_syntaxerror with the cursor at index {@code cur}. */
    PythonSyntaxError at(int line, int lineStartIdx, int cur, String msg) {
        int offset = src.codePoints(lineStartIdx, cur);
        return new PythonSyntaxError("SyntaxError", msg, src.filename(), line, offset, line, offset,
                lineFrom(lineStartIdx));
    }

    /** CPython's _PyTokenizer_syntaxerror_known_range: 1-based columns of two indices. */
    PythonSyntaxError range(int line, int lineStartIdx, int startIdx, int endIdx, String msg) {
        int offset = src.codePoints(lineStartIdx, startIdx) + 1;
        int endOffset = src.codePoints(lineStartIdx, endIdx) + 1;
        return new PythonSyntaxError("SyntaxError", msg, src.filename(), line, offset, line, endOffset,
                lineFrom(lineStartIdx));
    }

    /** A parser-raised error at the character at {@code index} (RAISE_ERROR_KNOWN_LOCATION). */
    PythonSyntaxError knownLocation(String type, String msg, int line, int index) {
        String text = src.lineWithNewline(line);
        int offset = Math.min(src.codePoints(src.lineStart(line), index) + 1,
                text.codePointCount(0, text.length()) + 1);
        return new PythonSyntaxError(type, msg, src.filename(), line, offset, line, 0, text);
    }

    /** A parser-raised error just past the end of the line (E_DEDENT, E_EOF). */
    PythonSyntaxError endOfLine(String type, String msg, int line) {
        String content = src.line(line);
        int offset = content.codePointCount(0, content.length()) + 1;
        return new PythonSyntaxError(type, msg, src.filename(), line, offset, line, -1, src.lineWithNewline(line));
    }

    /**
     * E_LINECONT. CPython measures the column from the start of its buffer, which is an earlier
     * line when the statement was continued with a backslash; the column then clamps to the
     * line's end.
     */
    PythonSyntaxError lineContinuation(int line, int lineStartIdx, int pos, boolean bufferStartsEarlier) {
        String msg = "unexpected character after line continuation character";
        if (bufferStartsEarlier) {
            String text = src.lineWithNewline(line);
            int offset = text.codePointCount(0, text.length()) + 1;
            return new PythonSyntaxError("SyntaxError", msg, src.filename(), line, offset, line, 0, text);
        }
        return knownLocation("SyntaxError", msg, line, pos - 1);
    }

    /** What CPython's file reader reports for a line holding a NUL character. */
    PythonSyntaxError nulByte(int line) {
        String content = src.line(line);
        return new PythonSyntaxError("SyntaxError", "source code cannot contain null bytes", src.filename(), line,
                0, line, 0, content.substring(0, content.indexOf('\0')));
    }

    private String lineFrom(int lineStartIdx) {
        char[] buf = src.chars();
        int n = src.length();
        int eol = lineStartIdx;
        while (eol < n && buf[eol] != '\n') {
            eol++;
        }
        return new String(buf, lineStartIdx, eol - lineStartIdx);
    }
}
