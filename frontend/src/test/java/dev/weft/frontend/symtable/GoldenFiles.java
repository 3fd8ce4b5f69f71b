package dev.weft.frontend.symtable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Access to the golden files under src/test/resources/symtable (made by gen_symtable_goldens.py). */
final class GoldenFiles {
    private GoldenFiles() {}

    static Path dir() {
        try {
            return Path.of(GoldenFiles.class.getResource("/symtable").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> sources() {
        try (Stream<Path> files = Files.list(dir())) {
            List<Path> out = new ArrayList<>();
            files.filter(p -> p.toString().endsWith(".py")).sorted().forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sibling of {@code source} with its {@code .py} replaced by {@code suffix}. */
    static Path sibling(Path source, String suffix) {
        String name = source.getFileName().toString();
        return source.resolveSibling(name.substring(0, name.length() - 3) + suffix);
    }

    /** The error cases: name and source, in file order. */
    static List<String[]> errorCases() {
        List<String[]> cases = new ArrayList<>();
        for (String line : read(dir().resolve("errors/cases.txt")).split("\n", -1)) {
            if (line.startsWith("### ")) {
                cases.add(new String[] {line.substring(4).trim(), ""});
            } else if (!cases.isEmpty()) {
                String[] c = cases.get(cases.size() - 1);
                c[1] += line + "\n";
            }
        }
        // split() leaves one empty line after the final newline.
        String[] last = cases.get(cases.size() - 1);
        last[1] = last[1].substring(0, last[1].length() - 1);
        return cases;
    }
}
