package dev.weft.backend.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * A committed list of source paths left out of a library build, each with its reason. One
 * entry a line: an Ant-style glob relative to the source root (as {@link SourceTree} takes:
 * {@code test/}, {@code **}{@code /tests/}, {@code _pyio.py}), then whitespace, then the reason,
 * which is required. Blank lines and lines starting with {@code #} are ignored.
 */
public final class ExclusionList {
    /** One entry: what is left out, and why. */
    public record Entry(String glob, String reason, int line) { }

    private final List<Entry> entries;

    private ExclusionList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static ExclusionList read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses the lines of an exclusion list; {@code name} names it in errors. */
    public static ExclusionList parse(List<String> lines, String name) {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            if (parts.length < 2 || parts[1].isBlank()) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": an exclusion needs a reason: " + line);
            }
            out.add(new Entry(parts[0], parts[1].strip(), i + 1));
        }
        return new ExclusionList(out);
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<String> globs() {
        return entries.stream().map(Entry::glob).toList();
    }

    /** The entry that excludes {@code relativePath}, or null. */
    public Entry match(String relativePath) {
        Path p = Path.of(relativePath);
        for (Entry e : entries) {
            for (PathMatcher m : SourceTree.matchers(List.of(e.glob()))) {
                if (m.matches(p)) {
                    return e;
                }
            }
        }
        return null;
    }
}
