package dev.weft.backend.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The reviewed changes that bring an older CPython {@code Lib/} (the one a Maven artifact
 * carries) to the behaviour of the CPython version Weft targets: API additions and changed
 * messages, written in this repository, never copied. A list file has one line per Lib file,
 * {@code PATH REASON}, optionally followed by indented {@code - OLD} / {@code + NEW} literal
 * one-line replacements (the format of {@link ChangedSourceDecisions}' edits: each OLD must occur
 * exactly once, so line numbers stay those of the source). When the additions folder holds a
 * file of the same PATH, its text is appended to the module after the replacements: it runs at
 * the end of the module's import, in the module's namespace, so it can define new functions or
 * rebind module-level names. Every file of the folder needs a line, every line needs
 * replacements or an additions file, and every listed Lib file must be selected; otherwise the
 * build fails, so nothing unreviewed or stale gets in.
 */
public final class LibUpgrades {
    /** The marker line that separates a module's own source from its appended additions. */
    static final String SEPARATOR = "# --- weft: additions from stdlib/%s/%s (not CPython's code) ---";

    /** One listed Lib file: why, its replacements, and its additions (or null). */
    public record Upgrade(String path, String reason, ChangedSourceDecisions.Decision edits, String additions) { }

    private final String folderName;
    private final Map<String, Upgrade> byPath;

    private LibUpgrades(String folderName, Map<String, Upgrade> byPath) {
        this.folderName = folderName;
        this.byPath = byPath;
    }

    /** No upgrades (a library built as it comes). */
    public static LibUpgrades none() {
        return new LibUpgrades("-", Map.of());
    }

    /** Reads {@code listFile} and the additions under {@code additionsDir}. */
    public static LibUpgrades read(Path listFile, Path additionsDir) throws IOException {
        Map<String, String> additions = new LinkedHashMap<>();
        if (Files.isDirectory(additionsDir)) {
            try (Stream<Path> files = Files.walk(additionsDir)) {
                for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".py")).sorted()::iterator) {
                    additions.put(additionsDir.relativize(p).toString().replace('\\', '/'),
                            Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return parse(Files.readAllLines(listFile, StandardCharsets.UTF_8), listFile.toString(),
                additionsDir.getFileName().toString(), additions);
    }

    /** Parses a list; {@code additions} maps a Lib path to the text appended to it. */
    public static LibUpgrades parse(List<String> lines, String name, String folderName, Map<String, String> additions) {
        Map<String, Upgrade> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": an indented line outside an entry: " + line);
            }
            String[] parts = stripped.split("\\s+", 2);
            if (parts.length < 2) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected PATH REASON: " + line);
            }
            List<ChangedSourceDecisions.Replacement> replacements = new ArrayList<>();
            while (i + 2 < lines.size() && isIndented(lines.get(i + 1), "- ")) {
                String plus = lines.get(i + 2).stripLeading();
                if (!isIndented(lines.get(i + 2), "+ ") && !plus.equals("+")) {
                    throw new IllegalArgumentException(name + ":" + (i + 3) + ": a '- OLD' line needs a '+ NEW' line");
                }
                replacements.add(new ChangedSourceDecisions.Replacement(lines.get(i + 1).stripLeading().substring(2),
                        plus.length() > 2 ? plus.substring(2) : ""));
                i += 2;
            }
            String path = parts[0];
            String extra = additions.get(path);
            if (replacements.isEmpty() && extra == null) {
                throw new IllegalArgumentException(name + ": " + path + " has neither replacements nor a file "
                        + folderName + "/" + path);
            }
            ChangedSourceDecisions.Decision edits = new ChangedSourceDecisions.Decision(path,
                    ChangedSourceDecisions.Action.EDIT, parts[1], List.copyOf(replacements));
            if (out.put(path, new Upgrade(path, parts[1], edits, extra)) != null) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": a second entry for " + path);
            }
        }
        TreeSet<String> unlisted = new TreeSet<>(additions.keySet());
        unlisted.removeAll(out.keySet());
        if (!unlisted.isEmpty()) {
            throw new IllegalArgumentException(name + ": additions without a line in the list: " + unlisted);
        }
        return new LibUpgrades(folderName, out);
    }

    private static boolean isIndented(String line, String prefix) {
        return !line.isEmpty() && Character.isWhitespace(line.charAt(0)) && line.stripLeading().startsWith(prefix);
    }

    /** The upgrade of {@code relativePath}, or null. */
    public Upgrade get(String relativePath) {
        return byPath.get(relativePath);
    }

    public Map<String, Upgrade> all() {
        return byPath;
    }

    /** The source of {@code relativePath} with its replacements applied and its additions appended. */
    public String apply(String relativePath, String source) {
        Upgrade u = byPath.get(relativePath);
        if (u == null) {
            return source;
        }
        String out = u.edits().apply(source);
        if (u.additions() != null) {
            StringBuilder sb = new StringBuilder(out);
            if (!out.endsWith("\n")) {
                sb.append('\n');
            }
            sb.append('\n').append(String.format(SEPARATOR, folderName, relativePath)).append('\n')
              .append(u.additions());
            out = sb.toString();
        }
        return out;
    }

    /** Fails when a listed file is not among the selected Lib files (missing, renamed or excluded). */
    public void checkAllUsed(java.util.Set<String> selectedPaths) {
        TreeSet<String> stale = new TreeSet<>(byPath.keySet());
        stale.removeAll(selectedPaths);
        if (!stale.isEmpty()) {
            throw new IllegalStateException("upgrades listed for library files that are not built: " + stale);
        }
    }
}
