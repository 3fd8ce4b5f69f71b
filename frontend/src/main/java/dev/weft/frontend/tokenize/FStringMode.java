package dev.weft.frontend.tokenize;

/**
 * State of one level of the tokenizer's mode stack: the regular mode at the bottom, one entry per
 * f-string being tokenized above it (PEP 701). Mirrors CPython's {@code tokenizer_mode}.
 */
final class FStringMode {
    /** True while tokenizing a replacement-field expression (or outside any f-string). */
    boolean regular;
    char quote;
    int quoteSize;
    boolean raw;
    /** Index of the f-string's first character (its prefix) and the line it starts on. */
    int startIndex;
    int startLine;
    int startLineStart;
    /** Nesting of brackets inside the current replacement field. */
    int curlyDepth;
    /** Depth of nested replacement fields (format specs nest them); -1 outside any. */
    int exprStartDepth = -1;
    boolean inFormatSpec;
    /** Whether the current replacement field used '=' (self-documenting expression). */
    boolean debug;
    /** Source range of the current replacement field's expression, for the '=' debug text. */
    int exprTextStart = -1;
    int exprTextEnd = -1;

    static FStringMode regularMode() {
        FStringMode m = new FStringMode();
        m.regular = true;
        // CPython zero-initialises the bottom mode, so its expression depth reads as 0.
        m.exprStartDepth = 0;
        return m;
    }

    /**
     * The current replacement field's expression text with comments removed, as CPython's
     * parser uses it for {@code =} debug output (a '#' drops the rest of its line), or null.
     */
    String debugText(char[] buf) {
        if (exprTextStart < 0 || exprTextEnd < exprTextStart) {
            return null;
        }
        StringBuilder sb = new StringBuilder(exprTextEnd - exprTextStart);
        for (int i = exprTextStart; i < exprTextEnd; i++) {
            char c = buf[i];
            if (c == '#') {
                while (i < exprTextEnd && buf[i] != '\n') {
                    i++;
                }
                if (i < exprTextEnd) {
                    sb.append('\n');
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
