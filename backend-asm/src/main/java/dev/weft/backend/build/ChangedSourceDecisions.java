package dev.weft.backend.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The decisions taken on library sources that a distributor changed (e.g. GraalPy's copy of
 * CPython's {@code Lib/}, whose changed files mention a marker such as {@code graalpy}): one
 * line per file, {@code PATH keep|exclude|edit REASON}, blank lines and {@code #} comments
 * ignored. An {@code edit} is followed by indented pairs of lines {@code - OLD} and {@code + NEW}:
 * the literal text OLD, which must occur exactly once in the file, is replaced by NEW (one line
 * each, so line numbers stay those of the source). A build that finds a marked file without a
 * decision fails, so that a new version of the library cannot slip an unreviewed change in.
 */
public final class ChangedSourceDecisions {
    /** What to do with one changed file. */
    public enum Action { KEEP, EXCLUDE, EDIT }

    /** One literal replacement of an {@code edit}. */
    public record Replacement(String oldText, String newText) { }

    /** One decision: the file, what to do, and why (with the replacements of an edit). */
    public record Decision(String path, Action action, String reason, List<Replacement> replacements) {
        /** The source with this decision's replacements applied. */
        public String apply(String source) {
            String out = source;
            for (Replacement r : replacements) {
                int at = out.indexOf(r.oldText());
                if (at < 0 || out.indexOf(r.oldText(), at + 1) >= 0) {
                    throw new IllegalStateException(path + ": the edit's text must occur exactly once: " + r.oldText());
                }
                out = out.substring(0, at) + r.newText() + out.substring(at + r.oldText().length());
            }
            return out;
        }
    }

    private final Map<String, Decision> byPath;

    private ChangedSourceDecisions(Map<String, Decision> byPath) {
        this.byPath = byPath;
    }

    public static ChangedSourceDecisions read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    public static ChangedSourceDecisions parse(List<String> lines, String name) {
        Map<String, Decision> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (Character.isWhitespace(lines.get(i).charAt(0))) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": an indented line outside an edit: " + line);
            }
            String[] parts = line.split("\\s+", 3);
            if (parts.length < 3 || parts[2].isBlank()) {
                throw new IllegalArgumentException(name + ":" + (i + 1)
                        + ": expected PATH keep|exclude REASON: " + line);
            }
            Action action = switch (parts[1].toLowerCase(Locale.ROOT)) {
                case "keep" -> Action.KEEP;
                case "exclude" -> Action.EXCLUDE;
                case "edit" -> Action.EDIT;
                default -> throw new IllegalArgumentException(name + ":" + (i + 1)
                        + ": the action must be keep, exclude or edit, not " + parts[1]);
            };
            List<Replacement> replacements = new ArrayList<>();
            while (action == Action.EDIT && i + 2 < lines.size() && lines.get(i + 1).stripLeading().startsWith("- ")
                    && Character.isWhitespace(lines.get(i + 1).charAt(0))) {
                String minus = lines.get(i + 1).stripLeading();
                String plus = lines.get(i + 2).stripLeading();
                if (!plus.startsWith("+ ") && !plus.equals("+")) {
                    throw new IllegalArgumentException(name + ":" + (i + 3) + ": a '- OLD' line needs a '+ NEW' line");
                }
                replacements.add(new Replacement(minus.substring(2), plus.length() > 2 ? plus.substring(2) : ""));
                i += 2;
            }
            if (action == Action.EDIT && replacements.isEmpty()) {
                throw new IllegalArgumentException(name + ": the edit of " + parts[0] + " has no '- OLD' / '+ NEW' lines");
            }
            if (out.put(parts[0], new Decision(parts[0], action, parts[2].strip(), List.copyOf(replacements))) != null) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": a second decision on " + parts[0]);
            }
        }
        return new ChangedSourceDecisions(out);
    }

    /** The decision on {@code relativePath}, or null. */
    public Decision get(String relativePath) {
        return byPath.get(relativePath);
    }

    public Map<String, Decision> all() {
        return byPath;
    }

    /** Whether {@code source} mentions one of {@code markers} (ignoring case). */
    public static boolean carriesMarker(byte[] source, List<String> markers) {
        String text = new String(source, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        for (String marker : markers) {
            if (text.contains(marker.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
