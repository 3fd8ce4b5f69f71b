package dev.weft.frontend.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * The decoded source split into lines, for what the parser needs of the raw text: the source line
 * of an error, conversions from CPython's UTF-8 byte columns to character offsets, and the text
 * between two positions (f-string {@code =} debug text).
 */
final class SourceLines {
    private final List<String> lines = new ArrayList<>();

    SourceLines(String text) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = i + 1;
                if (c == '\r' && end < text.length() && text.charAt(end) == '\n') {
                    end++;
                    i++;
                }
                lines.add(text.substring(start, end));
                start = end;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
    }

    /** Line {@code lineno} (1-based) with its line ending, or null past the end. */
    String line(int lineno) {
        return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : null;
    }

    int lineCount() {
        return lines.size();
    }

    /** The character index in line {@code lineno} of UTF-8 byte column {@code byteCol}. */
    int charIndex(int lineno, int byteCol) {
        String line = line(lineno);
        if (line == null) {
            return byteCol;
        }
        int bytes = 0;
        int i = 0;
        while (i < line.length() && bytes < byteCol) {
            int cp = line.codePointAt(i);
            bytes += utf8Length(cp);
            i += Character.charCount(cp);
        }
        return i;
    }

    /** CPython's 1-based {@code SyntaxError.offset} (in code points) for a byte column. */
    int offset(int lineno, int byteCol) {
        String line = line(lineno);
        if (line == null) {
            return byteCol + 1;
        }
        int idx = Math.min(charIndex(lineno, byteCol), line.length());
        return line.codePointCount(0, idx) + 1;
    }

    /** The text from (line, byteCol) up to (endLine, endByteCol). */
    String text(int line, int byteCol, int endLine, int endByteCol) {
        StringBuilder out = new StringBuilder();
        for (int l = line; l <= endLine; l++) {
            String s = line(l);
            if (s == null) {
                break;
            }
            int from = l == line ? charIndex(l, byteCol) : 0;
            int to = l == endLine ? charIndex(l, endByteCol) : s.length();
            out.append(s, Math.min(from, s.length()), Math.min(Math.max(from, to), s.length()));
        }
        return out.toString();
    }

    static int utf8Length(int cp) {
        if (cp < 0x80) {
            return 1;
        } else if (cp < 0x800) {
            return 2;
        } else if (cp < 0x10000) {
            return 3;
        }
        return 4;
    }
}
