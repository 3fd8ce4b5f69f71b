package dev.weft.embed;

import dev.weft.backend.build.IncrementalCompiler;
import dev.weft.backend.build.SourceTree;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Test helper: compiles Python sources into a class directory and makes them importable through {@link Python}. */
final class CompiledPython {
    private CompiledPython() { }

    static void load(Path dir, Map<String, String> sources) throws IOException {
        Path src = dir.resolve("src");
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path p = src.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        Path classes = dir.resolve("classes");
        IncrementalCompiler.Outcome o = IncrementalCompiler.compile(new SourceTree(src, null, null).modules(), classes,
                dir.resolve("state.txt"));
        if (!o.ok()) {
            throw new AssertionError("compile errors: " + o.problems());
        }
        Python.reset();
        Python.addClassLoader(new URLClassLoader(new URL[] {classes.toUri().toURL()}, CompiledPython.class.getClassLoader()));
    }

    /** Compiles {@code body} as the function {@code main} of module {@code prog}, runs it and converts its result to Java. */
    static Object runMain(Path dir, String... body) throws IOException {
        StringBuilder src = new StringBuilder("def main():\n");
        for (String line : body) {
            src.append("    ").append(line).append('\n');
        }
        load(dir, Map.of("prog.py", src.toString()));
        return Python.importModule("prog").invoke("main").toJava();
    }
}
