package dev.weft.runtime.frame;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * The source spans of generated code, read from the table each generated class returns from
 * {@code weft$positions()} (format: runtime-lib/ABI.md, "Source positions"). A JVM stack trace
 * gives a frame's line number only: the first span of a line keeps the real line number, other
 * spans of the line have "synthetic" numbers past the module's last line, which this table maps
 * back to their real line. Tables are read on first use and kept per class.
 */
public final class SourcePositions {
    private SourcePositions() { }

    /** The method of generated classes that returns their table. */
    public static final String TABLE_METHOD = "weft$positions";

    /** Anchor kinds (the low two bits of a span's flags). */
    public static final int NONE = 0, BINARY_OP = 1, SUBSCRIPT = 2, CALL = 3;

    /**
     * A span: 1-based lines, 0-based columns in UTF-8 bytes (-1 when not known); for an anchor,
     * the end of the left operand / value / callee ({@code split}) and, for a binary operation,
     * the start of the right operand; {@code noCarets}: the traceback shows no markers;
     * {@code methodCall}: a call of an attribute, whose instruction also looks the attribute up.
     */
    public record Span(int line, int endLine, int col, int endCol, int anchor, int splitLine, int splitCol,
                       int rightLine, int rightCol, boolean noCarets, boolean methodCall) {
        public boolean hasColumns() {
            return col >= 0 && endCol >= 0;
        }

        /** The callee's span of a call ({@code obj.name} of {@code obj.name(...)}), without anchors. */
        public Span callee() {
            return new Span(line, splitLine, col, splitCol, NONE, 0, 0, 0, 0, false, false);
        }
    }

    private static final class Table {
        static final Table EMPTY = new Table(Integer.MAX_VALUE, new int[0], new Span[0], new Span[0]);
        final int firstSynthetic;
        final int[] firstLines;
        final Span[] firstSpans;
        final Span[] synthetic;

        Table(int firstSynthetic, int[] firstLines, Span[] firstSpans, Span[] synthetic) {
            this.firstSynthetic = firstSynthetic;
            this.firstLines = firstLines;
            this.firstSpans = firstSpans;
            this.synthetic = synthetic;
        }
    }

    private static final ClassValue<Table> TABLES = new ClassValue<>() {
        @Override
        protected Table computeValue(Class<?> type) {
            try {
                Method m = type.getMethod(TABLE_METHOD);
                return parse((String) m.invoke(null));
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return Table.EMPTY;
            }
        }
    };

    /** The source line of a line number the JVM reports for code of {@code c} (null: not known). */
    public static int realLine(Class<?> c, int reported) {
        if (c == null || reported <= 0) {
            return reported;
        }
        Table t = TABLES.get(c);
        if (reported < t.firstSynthetic) {
            return reported;
        }
        int k = reported - t.firstSynthetic;
        return k < t.synthetic.length ? t.synthetic[k].line() : reported;
    }

    /** The span of a line number the JVM reports for code of {@code c}, or null if it has none. */
    public static Span span(Class<?> c, int reported) {
        if (c == null || reported <= 0) {
            return null;
        }
        Table t = TABLES.get(c);
        if (reported >= t.firstSynthetic) {
            int k = reported - t.firstSynthetic;
            return k < t.synthetic.length ? t.synthetic[k] : null;
        }
        int i = Arrays.binarySearch(t.firstLines, reported);
        return i >= 0 ? t.firstSpans[i] : null;
    }

    /** All spans of a class's code in table order (real lines first, then synthetic ones), for {@code co_positions}. */
    public static Span[] all(Class<?> c) {
        Table t = c == null ? Table.EMPTY : TABLES.get(c);
        Span[] out = Arrays.copyOf(t.firstSpans, t.firstSpans.length + t.synthetic.length);
        System.arraycopy(t.synthetic, 0, out, t.firstSpans.length, t.synthetic.length);
        return out;
    }

    /** The index of a reported line's span in {@link #all}, or -1. */
    public static int indexOf(Class<?> c, int reported) {
        if (c == null || reported <= 0) {
            return -1;
        }
        Table t = TABLES.get(c);
        if (reported >= t.firstSynthetic) {
            int k = reported - t.firstSynthetic;
            return k < t.synthetic.length ? t.firstSpans.length + k : -1;
        }
        return Math.max(-1, Arrays.binarySearch(t.firstLines, reported));
    }

    static Table parse(String s) {
        Reader r = new Reader(s);
        int version = r.unsigned();
        if (version != 1) {
            return Table.EMPTY;
        }
        int firstSynthetic = r.unsigned();
        int nFirst = r.unsigned();
        int nSynthetic = r.unsigned();
        int[] lines = new int[nFirst];
        Span[] firsts = new Span[nFirst];
        int line = 0;
        for (int i = 0; i < nFirst; i++) {
            line += r.unsigned();
            lines[i] = line;
            firsts[i] = r.span(line);
        }
        Span[] synthetic = new Span[nSynthetic];
        line = 0;
        for (int i = 0; i < nSynthetic; i++) {
            line += r.signed();
            synthetic[i] = r.span(line);
        }
        return new Table(firstSynthetic, lines, firsts, synthetic);
    }

    /** Base-32 digits, least significant first, each the character '0' + digit (+ 32 if more follow). */
    private static final class Reader {
        private final String s;
        private int at;

        Reader(String s) {
            this.s = s;
        }

        int unsigned() {
            int v = 0;
            int shift = 0;
            while (true) {
                int d = s.charAt(at++) - '0';
                v |= (d & 31) << shift;
                if (d < 32) {
                    return v;
                }
                shift += 5;
            }
        }

        int signed() {
            int z = unsigned();
            return (z >>> 1) ^ -(z & 1);
        }

        Span span(int line) {
            int endLine = line + unsigned();
            int col = unsigned() - 1;
            int endCol = unsigned() - 1;
            int flags = unsigned();
            int anchor = flags & 3;
            int splitLine = 0, splitCol = 0, rightLine = 0, rightCol = 0;
            if (anchor != NONE) {
                splitLine = line + signed();
                splitCol = unsigned();
                if (anchor == BINARY_OP) {
                    rightLine = line + signed();
                    rightCol = unsigned();
                }
            }
            return new Span(line, endLine, col, endCol, anchor, splitLine, splitCol, rightLine, rightCol,
                    (flags & 4) != 0, (flags & 8) != 0);
        }
    }
}
