package dev.weft.backend.build;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Python modules of a source root, selected by include and exclude patterns (Ant-style
 * globs relative to the root, as Maven uses: {@code **}{@code /*.py} matches at any depth,
 * including the root itself). Files whose path does not name a module are skipped.
 */
public final class SourceTree {
    /** The default includes: every {@code .py} file. */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.py");

    private final Path root;
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    public SourceTree(Path root, List<String> includes, List<String> excludes) {
        this.root = root;
        this.includes = matchers(includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes);
        this.excludes = matchers(excludes == null ? List.of() : excludes);
    }

    public Path root() {
        return root;
    }

    /** The selected modules, sorted by path; none if the root does not exist. */
    public List<SourceModule> modules() throws IOException {
        List<SourceModule> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                if (!Files.isRegularFile(p) || !p.getFileName().toString().endsWith(".py")) {
                    continue;
                }
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (!matches(includes, rel) || matches(excludes, rel)) {
                    continue;
                }
                SourceModule m = SourceModule.of(p, rel);
                if (m != null) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private static boolean matches(List<PathMatcher> matchers, String rel) {
        Path p = Path.of(rel);
        for (PathMatcher m : matchers) {
            if (m.matches(p)) {
                return true;
            }
        }
        return false;
    }

    static List<PathMatcher> matchers(List<String> patterns) {
        List<PathMatcher> out = new ArrayList<>();
        for (String pattern : patterns) {
            String p = pattern.replace('\\', '/');
            if (p.endsWith("/")) {
                p = p + "**";
            }
            out.add(FileSystems.getDefault().getPathMatcher("glob:" + p));
            // Ant's "**/" also matches no directory at all.
            while (p.startsWith("**/")) {
                p = p.substring(3);
                out.add(FileSystems.getDefault().getPathMatcher("glob:" + p));
            }
        }
        return out;
    }
}
