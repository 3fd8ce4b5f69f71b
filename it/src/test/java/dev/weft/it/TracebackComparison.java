package dev.weft.it;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The stderr comparison rule of programs/README.md: paths normalised to {@code <dir>} and
 * {@code <stdlib>}; the source-echo lines under each traceback frame and whole frames inside the
 * standard library are left out; everything else must match exactly.
 */
final class TracebackComparison {
    private static final Pattern FRAME = Pattern.compile("^(\\s*(?:\\| )*)\\s*File \"(.*)\", line \\d+(, in .*)?$");

    private TracebackComparison() {}

    /** Normalises the program folder's absolute path to {@code <dir>}. */
    static String normalisePaths(String stderr, String programDir) {
        return stderr.replace(programDir + "/", "<dir>/").replace(programDir, "<dir>");
    }

    /** The lines that take part in the comparison. */
    static List<String> significantLines(String stderr) {
        List<String> out = new ArrayList<>();
        String[] lines = stderr.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            var m = FRAME.matcher(line);
            if (m.matches()) {
                int frameIndent = stripGroupPrefix(line).indexOf("File");
                boolean library = m.group(2).startsWith("<stdlib>/");
                if (!library) {
                    out.add(line);
                }
                i++;
                // Skip the echo lines: deeper-indented than the File line.
                while (i < lines.length && indentOf(stripGroupPrefix(lines[i])) > frameIndent
                        && !FRAME.matcher(lines[i]).matches()) {
                    i++;
                }
                continue;
            }
            out.add(line);
            i++;
        }
        return out;
    }

    private static String stripGroupPrefix(String line) {
        return line.replaceFirst("^(\\s*\\| )+", "").replaceFirst("^\\s*\\+[-+]+.*$", "");
    }

    private static int indentOf(String s) {
        int n = 0;
        while (n < s.length() && s.charAt(n) == ' ') {
            n++;
        }
        return s.isBlank() ? -1 : n;
    }
}
