package dev.weft.frontend.tokenize;

/**
 * A decoded Python source file as the tokenizer reads it: newlines translated ({@code \r\n} and
 * a lone {@code \r} become {@code \n}, as CPython does) and a final {@code \n} added when the
 * file does not end with one (the "implicit newline").
 *
 * <p>Not thread-safe (it caches column computations). Lines are numbered from 1.
 * {@link #line(int)} gives a line's text without its newline,
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
        text.getChars(0, n, out, 0);
        // One pass, in place (the write index never passes the read index): translate newlines,
        // find line starts, the first NUL and whether all is ASCII.
        int[] starts = new int[Math.max(16, n / 24)];
        int lines = 0;
        int nulLine = 0;
        boolean isAscii = true;
        int o = 0;
        for (int i = 0; i < n; i++) {
            char c = out[i];
            if (c > '\r') {
                if (c >= 0x80) {
                    isAscii = false;
                }
                out[o++] = c;
                continue;
            }
            if (c == '\r') {
                c = '\n';
                if (i + 1 < n && out[i + 1] == '\n') {
                    i++;
                }
            } else if (c == 0 && nulLine == 0) {
                nulLine = lines + 1;
            }
            out[o++] = c;
            if (c == '\n') {
                lines++;
                if (lines + 1 >= starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                }
                starts[lines + 1] = o;
            }
        }
        boolean implicit = o > 0 && out[o - 1] != '\n';
        if (implicit) {
            out[o++] = '\n';
            lines++;
            if (lines + 1 >= starts.length) {
                starts = java.util.Arrays.copyOf(starts, starts.length * 2);
            }
            starts[lines + 1] = o;
        }
        this.chars = out;
        this.length = o;
        this.implicitNewline = implicit;
        this.ascii = isAscii;
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

    // Column cache: tokens are asked for in source order, so columns on a line are computed
    // incrementally from the previous one instead of from the line start each time.
    private int cacheFrom = -1;
    private int cacheTo;
    private int cacheCodePoints;
    private int cacheBytes;

    /** Code points in chars[from, to). */
    int codePoints(int from, int to) {
        if (ascii) {
            return to - from;
        }
        advanceCache(from, to);
        return cacheCodePoints;
    }

    /** UTF-8 length of chars[from, to). */
    int utf8Length(int from, int to) {
        if (ascii) {
            return to - from;
        }
        advanceCache(from, to);
        return cacheBytes;
    }

    private void advanceCache(int from, int to) {
        if (from != cacheFrom || to < cacheTo) {
            cacheFrom = from;
            cacheTo = from;
            cacheCodePoints = 0;
            cacheBytes = 0;
        }
        int cps = cacheCodePoints;
        int bytes = cacheBytes;
        for (int i = cacheTo; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                cps++;
                bytes++;
            } else if (c < 0x800) {
                cps++;
                bytes += 2;
            } else if (Character.isLowSurrogate(c) && i > from && Character.isHighSurrogate(chars[i - 1])) {
                bytes += 1; // completes a 4-byte sequence started by the high surrogate (3 counted)
            } else {
                cps++;
                bytes += 3;
            }
        }
        cacheTo = to;
        cacheCodePoints = cps;
        cacheBytes = bytes;
    }
}
