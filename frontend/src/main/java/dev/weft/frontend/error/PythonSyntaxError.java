package dev.weft.frontend.error;

/**
 * A compile-time error as CPython reports it: {@code SyntaxError} or one of its subclasses
 * {@code IndentationError} and {@code TabError}, with CPython's message and position.
 *
 * <p>Positions follow CPython's {@code SyntaxError} attributes: {@code lineno}/{@code endLineno}
 * are 1-based lines, {@code offset}/{@code endOffset} are 1-based columns counted in characters
 * (code points) of {@code text}, the offending source line. Absent values are 0 (text: null).
 */
public class PythonSyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** {@code SyntaxError}, {@code IndentationError} or {@code TabError}. */
    public final String type;
    public final String msg;
    public final String filename;
    public final int lineno;
    public final int offset;
    public final int endLineno;
    public final int endOffset;
    public final String text;

    public PythonSyntaxError(String type, String msg, String filename, int lineno, int offset,
                             int endLineno, int endOffset, String text) {
        super(type + ": " + msg + " (" + filename + ", line " + lineno + ")", null, false, false);
        this.type = type;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    /** A {@code SyntaxError} covering one position. */
    public static PythonSyntaxError at(String msg, String filename, int lineno, int offset, String text) {
        return new PythonSyntaxError("SyntaxError", msg, filename, lineno, offset, lineno, offset, text);
    }

    /** Python's {@code str(exc)}: {@code msg (filename, line N)}. */
    public String pythonStr() {
        return msg + " (" + filename + ", line " + lineno + ")";
    }

    /**
     * The lines CPython 3.13 prints for this error when it is not caught (what
     * {@code traceback.format_exception_only} yields), each ending in a newline.
     */
    public String format() {
        StringBuilder out = new StringBuilder();
        if (lineno > 0) {
            out.append("  File \"").append(filename == null ? "<string>" : filename)
               .append("\", line ").append(lineno).append('\n');
        }
        if (text != null) {
            String rtext = stripTrailingNewlines(text);
            String ltext = stripLeading(rtext);
            int[] lcps = ltext.codePoints().toArray();
            int rlen = rtext.codePointCount(0, rtext.length());
            int spaces = rlen - lcps.length;
            int textLen = text.codePointCount(0, text.length());
            if (offset <= 0) {
                out.append("    ").append(ltext).append('\n');
            } else {
                int off = offset;
                int end;
                if (lineno == endLineno) {
                    end = endOffset != 0 ? endOffset : off;
                } else {
                    end = rlen + 1;
                }
                if (off > textLen) {
                    off = rlen + 1;
                }
                if (end > textLen) {
                    end = rlen + 1;
                }
                if (off >= end || end < 0) {
                    end = off + 1;
                }
                int colno = off - 1 - spaces;
                int endColno = end - 1 - spaces;
                out.append("    ").append(ltext).append('\n');
                if (colno >= 0) {
                    out.append("    ");
                    for (int i = 0; i < colno && i < lcps.length; i++) {
                        out.appendCodePoint(isPythonSpace(lcps[i]) ? lcps[i] : ' ');
                    }
                    for (int i = colno; i < endColno; i++) {
                        out.append('^');
                    }
                    out.append('\n');
                }
            }
        }
        out.append(type).append(": ").append(msg == null || msg.isEmpty() ? "<no detail available>" : msg)
           .append('\n');
        return out.toString();
    }

    private static String stripTrailingNewlines(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        return s.substring(0, end);
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\n' || s.charAt(i) == '\f')) {
            i++;
        }
        return s.substring(i);
    }

    /** Python's {@code str.isspace} for one code point. */
    static boolean isPythonSpace(int cp) {
        switch (cp) {
            case '\t': case '\n': case 0x0b: case '\f': case '\r':
            case 0x1c: case 0x1d: case 0x1e: case 0x1f: case 0x85:
                return true;
            default:
                return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
        }
    }
}
