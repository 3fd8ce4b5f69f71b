package dev.weft.backend.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceTreeTest {
    @TempDir
    Path root;

    private void touch(String rel) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "");
    }

    private List<String> modules(List<String> includes, List<String> excludes) throws IOException {
        return new SourceTree(root, includes, excludes).modules().stream()
                .map(m -> m.module() + (m.isPackage() ? "/pkg" : "") + "=" + m.relativePath()).toList();
    }

    @Test
    void findsModulesAndPackagesAtEveryDepthSortedByPath() throws IOException {
        touch("app.py");
        touch("tool/__init__.py");
        touch("tool/cli.py");
        touch("tool/data.txt");
        assertEquals(List.of("app=app.py", "tool/pkg=tool/__init__.py", "tool.cli=tool/cli.py"), modules(null, null));
    }

    @Test
    void skipsFilesWhosePathIsNotAModuleName() throws IOException {
        touch("my-script.py");
        touch("__init__.py");
        touch("2fast.py");
        touch("ok.py");
        assertEquals(List.of("ok=ok.py"), modules(null, null));
    }

    @Test
    void excludesMatchAtTheRootAndBelowLikeAntPatterns() throws IOException {
        touch("app.py");
        touch("test_app.py");
        touch("pkg/test_util.py");
        touch("pkg/util.py");
        assertEquals(List.of("app=app.py", "pkg.util=pkg/util.py"), modules(null, List.of("**/test_*.py")));
    }

    @Test
    void includesSelectASubtree() throws IOException {
        touch("app.py");
        touch("pkg/util.py");
        assertEquals(List.of("pkg.util=pkg/util.py"), modules(List.of("pkg/"), null));
    }

    @Test
    void aMissingRootHasNoModules() throws IOException {
        assertEquals(List.of(), new SourceTree(root.resolve("absent"), null, null).modules());
    }
}
