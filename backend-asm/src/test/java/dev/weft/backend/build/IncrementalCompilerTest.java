package dev.weft.backend.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncrementalCompilerTest {
    @TempDir
    Path dir;

    private Path src() {
        return dir.resolve("src");
    }

    private Path out() {
        return dir.resolve("classes");
    }

    private Path state() {
        return dir.resolve("state/compile-state.txt");
    }

    private void write(String rel, String text) throws IOException {
        Path p = src().resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private IncrementalCompiler.Outcome build() throws IOException {
        return IncrementalCompiler.compile(new SourceTree(src(), null, null).modules(), out(), state());
    }

    private static List<String> names(IncrementalCompiler.Outcome o) {
        return o.compiled().stream().map(SourceModule::module).toList();
    }

    @Test
    void compilesEverythingOnceThenNothingWhileSourcesAreUnchanged() throws IOException {
        write("a.py", "X = 1\n");
        write("pkg/__init__.py", "");
        write("pkg/b.py", "def f():\n    return 2\n");
        IncrementalCompiler.Outcome first = build();
        assertEquals(List.of("a", "pkg", "pkg.b"), names(first));
        assertTrue(Files.isRegularFile(out().resolve("py/a.class")));
        assertTrue(Files.isRegularFile(out().resolve("py/pkg/__init__.class")));
        assertTrue(Files.isRegularFile(out().resolve("py/pkg/b.class")));
        IncrementalCompiler.Outcome second = build();
        assertEquals(List.of(), names(second));
        assertEquals(3, second.upToDate());
    }

    @Test
    void recompilesOnlyAChangedSourceAndRemovesTheClassOfADeletedOne() throws IOException {
        write("a.py", "X = 1\n");
        write("b.py", "Y = 2\n");
        write("c.py", "Z = 3\n");
        build();
        write("b.py", "Y = 20\n");
        Files.delete(src().resolve("c.py"));
        IncrementalCompiler.Outcome o = build();
        assertEquals(List.of("b"), names(o));
        assertEquals(1, o.upToDate());
        assertEquals(List.of(out().resolve("py/c.class")), o.removedClasses());
        assertFalse(Files.exists(out().resolve("py/c.class")));
    }

    @Test
    void javaClassesOfDecoratedClassesAreWrittenKeptAndRemovedWithTheirModule() throws IOException {
        String decorated = "import weft\n@weft.java_class('com.example.Greeter')\nclass Greeter:\n"
                + "    def greet(self, name: str) -> str:\n        return name\n";
        write("g.py", decorated);
        write("h.py", "X = 1\n");
        build();
        Path greeter = out().resolve("com/example/Greeter.class");
        assertTrue(Files.isRegularFile(greeter));
        assertEquals(List.of(), names(build()));
        Files.delete(greeter);
        assertEquals(List.of("g"), names(build()), "a missing Java class recompiles its module");
        assertTrue(Files.isRegularFile(greeter));
        write("g.py", decorated.replace("com.example.Greeter", "com.example.Hello"));
        build();
        assertFalse(Files.exists(greeter), "the class of a renamed declaration is removed");
        assertTrue(Files.isRegularFile(out().resolve("com/example/Hello.class")));
        Files.delete(src().resolve("g.py"));
        IncrementalCompiler.Outcome o = build();
        assertFalse(Files.exists(out().resolve("com/example/Hello.class")));
        assertTrue(o.removedClasses().contains(out().resolve("com/example/Hello.class")));
    }

    @Test
    void aSourceTouchedWithoutChangingItsContentIsNotRecompiled() throws IOException {
        write("a.py", "X = 1\n");
        build();
        Files.setLastModifiedTime(src().resolve("a.py"), java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() + 60_000));
        assertEquals(List.of(), names(build()));
    }

    @Test
    void deeplyNestedExpressionsCompileWhateverTheCallersStack() throws Exception {
        // CPython compiles this; on a 256 KB stack the compiler's recursion overflows.
        write("deep.py", "X = " + "(".repeat(199) + "1" + ")".repeat(199) + "\n"
                + "Z = " + "-".repeat(3000) + "1\n"
                + "W = 1" + " + 1".repeat(3000) + "\n");
        IncrementalCompiler.Outcome[] o = new IncrementalCompiler.Outcome[1];
        Exception[] failure = new Exception[1];
        // A thread with a small stack, as Maven's own threads may have.
        Thread t = new Thread(null, () -> {
            try {
                o[0] = build();
            } catch (Exception e) {
                failure[0] = e;
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        if (failure[0] != null) {
            throw failure[0];
        }
        assertTrue(o[0].ok(), () -> o[0].problems().toString());
    }

    @Test
    void aMissingClassFileIsCompiledAgain() throws IOException {
        write("a.py", "X = 1\n");
        build();
        Files.delete(out().resolve("py/a.class"));
        assertEquals(List.of("a"), names(build()));
    }

    @Test
    void reportsEveryFailingModuleRemovesItsOldClassAndRetriesItNextTime() throws IOException {
        write("good.py", "X = 1\n");
        write("bad1.py", "X = 1\n");
        write("bad2.py", "def f():\nreturn 1\n");
        build();
        write("bad1.py", "x = (1,\n");
        IncrementalCompiler.Outcome o = build();
        assertEquals(2, o.problems().size());
        CompileProblem p1 = o.problems().get(0);
        CompileProblem p2 = o.problems().get(1);
        assertEquals(src().resolve("bad1.py") + ":[1,5] SyntaxError: '(' was never closed", p1.toBuildToolLine());
        assertEquals("IndentationError", p2.type());
        assertEquals(2, p2.line());
        assertFalse(Files.exists(out().resolve("py/bad1.class")));
        // Still failing: reported again, not taken for up to date.
        assertEquals(2, build().problems().size());
        write("bad1.py", "x = (1,)\n");
        write("bad2.py", "def f():\n    return 1\n");
        IncrementalCompiler.Outcome fixed = build();
        assertTrue(fixed.ok());
        assertEquals(List.of("bad1", "bad2"), names(fixed));
    }
}
