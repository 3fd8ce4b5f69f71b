package dev.weft.runtime.exc;

import dev.weft.runtime.frame.SourcePositions;
import dev.weft.runtime.frame.SourcePositions.Span;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The source lines of a traceback entry with CPython 3.13's position markers under them
 * ({@code traceback.StackSummary.format_frame_summary}): {@code ^} under the span, or {@code ~}
 * around and {@code ^} under the anchor (a binary operator, a subscript's or call's brackets);
 * of a multi-line span only the first, last and anchor lines, the others elided; no markers when
 * the span is the whole line or the whole value of {@code x = f(...)} / {@code return f(...)}.
 * The anchors are found from the span's split points by scanning the source text as
 * traceback.py does after parsing the segment, so no parser is needed here.
 */
final class SourceMarkers {
    private SourceMarkers() { }

    /**
     * The text printed under a {@code File ...} line for {@code span}, each line indented by four
     * spaces and ending in a newline; {@code fileLines} are the file's lines. Null when the
     * span cannot be shown (the caller prints the stripped line instead).
     */
    static String format(List<String> fileLines, Span span) {
        if (span == null || !span.hasColumns() || span.endLine() < span.line() || span.endLine() > fileLines.size()
                || span.line() < 1) {
            return null;
        }
        List<String> original = new ArrayList<>();
        for (int l = span.line(); l <= span.endLine(); l++) {
            original.add(stripTrailing(fileLines.get(l - 1)));
        }
        if (String.join("\n", original).isBlank()) {
            return "";
        }
        List<String> all = dedent(original);
        String first = original.get(0);
        String last = original.get(original.size() - 1);
        int dedentChars = length(first) - length(all.get(0));
        int start = Math.max(0, charOffset(first, span.col()) - dedentChars);
        int end = Math.max(0, charOffset(last, span.endCol()) - dedentChars);
        int dpStart = displayWidth(all.get(0), start);
        int dpEnd = displayWidth(all.get(all.size() - 1), end);
        Anchors anchors = anchors(span, all, original, dedentChars, start);
        boolean showCarets = showCarets(span, start, end, all, anchors);

        TreeSet<Integer> significant = new TreeSet<>();
        significant.add(0);
        significant.add(all.size() - 1);
        int leftEnd = 0;
        int rightStart = 0;
        char primary = '^';
        char secondary = '^';
        if (anchors != null) {
            leftEnd = anchors.leftEndOffset + (anchors.leftEndLine == 0 ? start : 0);
            rightStart = anchors.rightStartOffset + (anchors.rightStartLine == 0 ? start : 0);
            leftEnd = displayWidth(all.get(anchors.leftEndLine), leftEnd);
            rightStart = displayWidth(all.get(anchors.rightStartLine), rightStart);
            primary = '~';
            secondary = '^';
            for (int d = -1; d <= 1; d++) {
                significant.add(anchors.leftEndLine + d);
                significant.add(anchors.rightStartLine + d);
            }
        }
        significant.remove(-1);
        significant.remove(all.size());

        StringBuilder out = new StringBuilder();
        Integer previous = null;
        for (int lineno : significant) {
            if (previous != null) {
                int diff = lineno - previous;
                if (diff == 2) {
                    outputLine(out, all, lineno - 1, showCarets, dpStart, dpEnd, anchors, leftEnd, rightStart,
                            primary, secondary);
                } else if (diff > 2) {
                    out.append("...<").append(diff - 1).append(" lines>...\n");
                }
            }
            outputLine(out, all, lineno, showCarets, dpStart, dpEnd, anchors, leftEnd, rightStart, primary,
                    secondary);
            previous = lineno;
        }
        List<String> result = dedent(List.of(out.toString().split("\n", -1)));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < result.size() - 1; i++) {   // the split's last element is after the final newline
            sb.append("    ").append(result.get(i)).append('\n');
        }
        return sb.toString();
    }

    /** Whether the callee of a call's span ends with the attribute {@code name} ({@code obj.name(...)}). */
    static boolean calleeEndsWith(List<String> fileLines, Span span, String name) {
        if (span.splitLine() < 1 || span.splitLine() > fileLines.size()) {
            return false;
        }
        String line = fileLines.get(span.splitLine() - 1);
        int end = charOffset(line, span.splitCol());
        int start = end - length(name);
        if (start < 1 || end > length(line)) {
            return false;
        }
        return substring(line, start, end).equals(name) && substring(line, 0, start).stripTrailing().endsWith(".");
    }

    private static void outputLine(StringBuilder out, List<String> all, int lineno, boolean showCarets, int dpStart,
                                   int dpEnd, Anchors anchors, int leftEnd, int rightStart, char primary,
                                   char secondary) {
        String line = all.get(lineno);
        out.append(line).append('\n');
        if (!showCarets) {
            return;
        }
        int spaces = length(line) - length(line.stripLeading());
        int n = lineno == all.size() - 1 ? dpEnd : displayWidth(line, length(line));
        for (int col = 0; col < n; col++) {
            if (col < spaces || (lineno == 0 && col < dpStart)) {
                out.append(' ');
            } else if (anchors != null
                    && (lineno > anchors.leftEndLine || (lineno == anchors.leftEndLine && col >= leftEnd))
                    && (lineno < anchors.rightStartLine || (lineno == anchors.rightStartLine && col < rightStart))) {
                out.append(secondary);
            } else {
                out.append(primary);
            }
        }
        out.append('\n');
    }

    /** traceback.py's {@code _should_show_carets}, with the statement test decided by the compiler. */
    private static boolean showCarets(Span span, int start, int end, List<String> all, Anchors anchors) {
        if (span.noCarets()) {
            return false;
        }
        if (anchors != null) {
            return true;
        }
        String first = all.get(0);
        String last = all.get(all.size() - 1);
        return !substring(first, 0, start).strip().isEmpty() || !substring(last, end, length(last)).strip().isEmpty();
    }

    /** Anchor lines are relative to the segment; offsets are code points, on line 0 from the segment's start. */
    private record Anchors(int leftEndLine, int leftEndOffset, int rightStartLine, int rightStartOffset) { }

    /**
     * The segment's lines as traceback.py parses them: the span's text, the first line from the
     * span's start, every line dedented.
     */
    private static Anchors anchors(Span span, List<String> all, List<String> original, int dedentChars, int start) {
        if (span.anchor() == SourcePositions.NONE) {
            return null;
        }
        String joined = String.join("\n", all);
        int[] cps = joined.codePoints().toArray();
        int lastLen = length(all.get(all.size() - 1));
        int endInLast = Math.max(0, charOffset(original.get(original.size() - 1), span.endCol()) - dedentChars);
        int from = Math.min(start, cps.length);
        int to = cps.length - (lastLen - endInLast);
        if (to < from) {
            return null;
        }
        String segment = new String(cps, from, to - from);
        List<String> lines = List.of(segment.split("\n", -1));
        try {
            int[] split = segmentPoint(span, span.splitLine(), span.splitCol(), original, dedentChars, start);
            if (span.anchor() == SourcePositions.BINARY_OP) {
                int[] p = nextValid(lines, split[0], split[1]);
                p = incrementUntil(lines, p[0], p[1], ch -> !Character.isWhitespace(ch) && ch != ')');
                int line = p[0];
                int col = p[1];
                int rightCol = col + 1;
                int[] right = segmentPoint(span, span.rightLine(), span.rightCol(), original, dedentChars, start);
                String text = lines.get(line);
                if (rightCol < length(text) && (right[0] > line || rightCol < right[1])) {
                    int ch = text.codePointAt(text.offsetByCodePoints(0, rightCol));
                    if (!Character.isWhitespace(ch) && ch != '\\' && ch != '#') {
                        rightCol++;
                    }
                }
                return new Anchors(line, col, line, rightCol);
            }
            int bracket = span.anchor() == SourcePositions.SUBSCRIPT ? '[' : '(';
            int[] p = nextValid(lines, split[0], split[1]);
            p = incrementUntil(lines, p[0], p[1], ch -> ch == bracket);
            int[] end = segmentPoint(span, span.endLine(), span.endCol(), original, dedentChars, start);
            return new Anchors(p[0], p[1], end[0], end[1]);
        } catch (IndexOutOfBoundsException | IllegalStateException e) {
            return null;   // traceback.py gives up on the anchors too
        }
    }

    /** A source point (line, UTF-8 column) as (segment line, code-point offset in the segment's line). */
    private static int[] segmentPoint(Span span, int line, int byteCol, List<String> original, int dedentChars,
                                      int start) {
        int k = line - span.line();
        if (k < 0 || k >= original.size()) {
            throw new IllegalStateException("point outside the span");
        }
        int offset = Math.max(0, charOffset(original.get(k), byteCol) - dedentChars);
        return new int[] {k, k == 0 ? offset - start : offset};
    }

    private static int[] nextValid(List<String> lines, int line, int col) {
        while (line < lines.size() && col >= length(lines.get(line))) {
            col = 0;
            line++;
        }
        if (line >= lines.size()) {
            throw new IllegalStateException("past the segment");
        }
        return new int[] {line, col};
    }

    private static int[] incrementUntil(List<String> lines, int line, int col, java.util.function.IntPredicate stop) {
        while (true) {
            String text = lines.get(line);
            int ch = text.codePointAt(text.offsetByCodePoints(0, col));
            if (ch == '\\' || ch == '#') {
                int[] p = nextValid(lines, line + 1, 0);
                line = p[0];
                col = p[1];
            } else if (!stop.test(ch)) {
                int[] p = nextValid(lines, line, col + 1);
                line = p[0];
                col = p[1];
            } else {
                return new int[] {line, col};
            }
        }
    }

    /** traceback.py's {@code _byte_offset_to_character_offset}: a UTF-8 column as a code-point offset. */
    static int charOffset(String line, int byteOffset) {
        byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(Math.max(0, byteOffset), utf8.length);
        return length(new String(utf8, 0, n, StandardCharsets.UTF_8));
    }

    /** traceback.py's {@code _display_width}: East Asian wide and fullwidth characters take two columns. */
    static int displayWidth(String line, int offset) {
        int width = 0;
        int i = 0;
        int k = 0;
        while (i < line.length() && k < offset) {
            int cp = line.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
            k++;
        }
        return width + Math.max(0, offset - k);
    }

    /** Unicode's East_Asian_Width W or F (the ranges of UAX #11 that hold assigned characters). */
    private static boolean isWide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || cp == 0x2329 || cp == 0x232A
                || (cp >= 0x231A && cp <= 0x231B) || (cp >= 0x23E9 && cp <= 0x23EC) || cp == 0x23F0 || cp == 0x23F3
                || (cp >= 0x25FD && cp <= 0x25FE) || (cp >= 0x2614 && cp <= 0x2615) || (cp >= 0x2648 && cp <= 0x2653)
                || cp == 0x267F || cp == 0x2693 || cp == 0x26A1 || (cp >= 0x26AA && cp <= 0x26AB)
                || (cp >= 0x26BD && cp <= 0x26BE) || (cp >= 0x26C4 && cp <= 0x26C5) || cp == 0x26CE || cp == 0x26D4
                || cp == 0x26EA || (cp >= 0x26F2 && cp <= 0x26F3) || cp == 0x26F5 || cp == 0x26FA || cp == 0x26FD
                || cp == 0x2705 || (cp >= 0x270A && cp <= 0x270B) || cp == 0x2728 || cp == 0x274C || cp == 0x274E
                || (cp >= 0x2753 && cp <= 0x2755) || cp == 0x2757 || (cp >= 0x2795 && cp <= 0x2797) || cp == 0x27B0
                || cp == 0x27BF || (cp >= 0x2B1B && cp <= 0x2B1C) || cp == 0x2B50 || cp == 0x2B55
                || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) || (cp >= 0xA960 && cp <= 0xA97F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE10 && cp <= 0xFE19)
                || (cp >= 0xFE30 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x16FE0 && cp <= 0x18CFF) || (cp >= 0x1B000 && cp <= 0x1B2FF)
                || (cp >= 0x1F004 && cp <= 0x1F004) || cp == 0x1F0CF || cp == 0x1F18E || (cp >= 0x1F191 && cp <= 0x1F19A)
                || (cp >= 0x1F200 && cp <= 0x1F2FF) || (cp >= 0x1F300 && cp <= 0x1F64F && !isNarrowSymbol(cp))
                || (cp >= 0x1F680 && cp <= 0x1F6FF && !isNarrowSymbol(cp)) || (cp >= 0x1F7E0 && cp <= 0x1F7EB)
                || (cp >= 0x1F90C && cp <= 0x1F9FF) || (cp >= 0x1FA70 && cp <= 0x1FAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFD));
    }

    /** Symbols and pictographs in the emoji blocks that are not wide (text presentation by default). */
    private static boolean isNarrowSymbol(int cp) {
        return (cp >= 0x1F321 && cp <= 0x1F32C) || cp == 0x1F336 || cp == 0x1F37D || (cp >= 0x1F394 && cp <= 0x1F39F)
                || (cp >= 0x1F3CB && cp <= 0x1F3CE) || (cp >= 0x1F3D4 && cp <= 0x1F3DF) || (cp >= 0x1F3F1 && cp <= 0x1F3F3)
                || (cp >= 0x1F3F5 && cp <= 0x1F3F7) || cp == 0x1F43F || cp == 0x1F441 || (cp >= 0x1F4FD && cp <= 0x1F4FE)
                || (cp >= 0x1F53E && cp <= 0x1F54A) || cp == 0x1F54F || (cp >= 0x1F568 && cp <= 0x1F579)
                || (cp >= 0x1F57B && cp <= 0x1F594) || (cp >= 0x1F597 && cp <= 0x1F5A3) || (cp >= 0x1F5A5 && cp <= 0x1F5FA)
                || (cp >= 0x1F6C6 && cp <= 0x1F6CB) || (cp >= 0x1F6CD && cp <= 0x1F6CF) || (cp >= 0x1F6D3 && cp <= 0x1F6D4)
                || (cp >= 0x1F6E0 && cp <= 0x1F6EA) || (cp >= 0x1F6F0 && cp <= 0x1F6F3);
    }

    /** textwrap.dedent: removes the longest common leading whitespace; whitespace-only lines become empty. */
    static List<String> dedent(List<String> lines) {
        String margin = null;
        for (String l : lines) {
            if (l.isBlank()) {
                continue;
            }
            String indent = l.substring(0, l.length() - l.stripLeading().length());
            if (margin == null) {
                margin = indent;
            } else {
                int n = 0;
                while (n < margin.length() && n < indent.length() && margin.charAt(n) == indent.charAt(n)) {
                    n++;
                }
                margin = margin.substring(0, n);
            }
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            out.add(l.isBlank() ? "" : margin == null ? l : l.substring(margin.length()));
        }
        return out;
    }

    private static String stripTrailing(String s) {
        return s.stripTrailing();
    }

    /** The length in code points (Python's len). */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String substring(String s, int from, int to) {
        int n = length(s);
        from = Math.min(Math.max(0, from), n);
        to = Math.min(Math.max(from, to), n);
        return s.substring(s.offsetByCodePoints(0, from), s.offsetByCodePoints(0, to));
    }
}
