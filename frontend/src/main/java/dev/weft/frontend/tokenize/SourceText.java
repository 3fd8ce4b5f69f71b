package dev.weft.frontend.tokenize;

/**
 * A decoded Python source file as the tokenizer reads it: newlines translated ({@code \r\n} and
 * a lone {@code \r} become {@code \n}, as CPython does) and a final {@code \n} added when the
 * file does not end with one (the "implicit newline").
 *
 * <p>Lines are numbered from 1. {@link #line(int)} gives a line's text without its newline,
 * which is what error messages show.
 */
public final class SourceText {
    private final String filename;
    private final char[] chars;
    private final int length;
    private final boolean implicitNewline;
    private final boolean ascii;
    /** Start index of each line (index 0 unused; lineStarts[lineCount + 1] = length). */
    private final int[] lineStarts;
    private final int lineCount;
    /** The first line holding a NUL character, or 0. */
    private final int firstNulLine;

    SourceText(String filename, String text) {
        this.filename = filename;
        int n = text.length();
        char[] out = new char[n + 1];
        int o = 0;
        boolean isAscii = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                c = '\n';
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c >= 128) {
                isAscii = false;
            }
            out[o++] = c;
        }
        boolean implicit = o > 0 && out[o - 1] != '\n';
        if (implicit) {
            out[o++] = '\n';
        }
        this.chars = out;
        this.length = o;
        this.implicitNewline = implicit;
        this.ascii = isAscii;
        int lines = 0;
        int nulLine = 0;
        for (int i = 0; i < o; i++) {
            char c = out[i];
            if (c == '\n') {
                lines++;
            } else if (c == 0 && nulLine == 0) {
                nulLine = lines + 1;
            }
        }
        int[] starts = new int[lines + 2];
        int line = 1;
        starts[1] = 0;
        for (int i = 0; i < o; i++) {
            if (out[i] == '\n' && line <= lines) {
                starts[++line] = i + 1;
            }
        }
        this.lineStarts = starts;
        this.lineCount = lines;
        this.firstNulLine = nulLine;
    }

    /** Source text given as a Java string (already decoded), e.g. for tests or {@code exec}. */
    public static SourceText of(String text, String filename) {
        return new SourceText(filename, text);
    }

    public String filename() {
        return filename;
    }

    /** Number of lines (the implicit final newline does not add one). */
    public int lineCount() {
        return lineCount;
    }

    /** The text of line {@code lineno} (1-based) without its newline; "" past the end. */
    public String line(int lineno) {
        if (lineno < 1 || lineno > lineCount) {
            return "";
        }
        int start = lineStarts[lineno];
        int end = lineStarts[lineno + 1] - 1;
        return new String(chars, start, end - start);
    }

    /**
     * Line {@code lineno} as CPython's parser quotes it in some errors: with its newline unless
     * it is the last line of a file that does not end in one.
     */
    public String lineWithNewline(int lineno) {
        String s = line(lineno);
        if (lineno >= 1 && lineno <= lineCount && !(implicitNewline && lineno == lineCount)) {
            return s + "\n";
        }
        return s;
    }

    /** Whether the source ends without a newline (one was added for tokenizing). */
    public boolean hasImplicitNewline() {
        return implicitNewline;
    }

    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    boolean isAscii() {
        return ascii;
    }

    int lineStart(int lineno) {
        return lineStarts[lineno];
    }

    int firstNulLine() {
        return firstNulLine;
    }

    /** Code points in chars[from, to). */
    int codePoints(int from, int to) {
        if (ascii) {
            return to - from;
        }
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (!Character.isLowSurrogate(c) || i == from || !Character.isHighSurrogate(chars[i - 1])) {
                count++;
            }
        }
        return count;
    }

    /** UTF-8 length of chars[from, to). */
    int utf8Length(int from, int to) {
        if (ascii) {
            return to - from;
        }
        int bytes = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
