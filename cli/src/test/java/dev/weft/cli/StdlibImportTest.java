package dev.weft.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Programs run by {@code weft run} and packed by {@code weft jar} import the compiled standard library (weft-stdlib). */
class StdlibImportTest {
    @TempDir
    Path dir;

    private record Outcome(int status, String out, String err) { }

    private Outcome run(Path main) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompiledModuleCache cache = new CompiledModuleCache(dir.resolve("cache"));
        int status = new RunVerb(() -> cache).run(List.of(main.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void aLibraryModuleIsImportedFromTheCompiledStdlib() throws IOException {
        Path main = write("app/main.py", "import keyword\n"
                + "print(keyword.iskeyword('def'), keyword.__file__, keyword.__spec__.name)\n");
        Outcome o = run(main);
        assertEquals("True weft-stdlib/keyword.py keyword\n", o.out, o.err);
        assertEquals(0, o.status);
    }

    @Test
    void theProgramsOwnModuleShadowsTheLibrarysAndAJavaModuleWinsOverLib() throws IOException {
        write("app/keyword.py", "kwlist = ['mine']\n");
        Path main = write("app/main.py", "import keyword, heapq\n"
                + "print(keyword.kwlist, getattr(heapq, '__file__', None) == 'weft-stdlib/heapq.py')\n");
        Outcome o = run(main);
        assertEquals("['mine'] False\n", o.out, o.err);
    }

    @Test
    void aTracebackThroughLibraryCodeShowsTheLibrarySourceLine() throws IOException {
        Path main = write("app/main.py", "import sched\nsched.scheduler().cancel(None)\n");
        Outcome o = run(main);
        assertEquals(1, o.status);
        assertTrue(o.err.contains("File \"weft-stdlib/sched.py\", line "), o.err);
        assertTrue(o.err.contains("    self._queue.remove(event)\n"), o.err);
        assertTrue(o.err.endsWith("ValueError: list.remove(x): x not in list\n"), o.err);
    }

    @Test
    void anExcludedLibraryModuleIsNotFound() throws IOException {
        Path main = write("app/main.py", "import tkinter\n");
        Outcome o = run(main);
        assertTrue(o.err.endsWith("ModuleNotFoundError: No module named 'tkinter'\n"), o.err);
    }

    @Test
    void weftJarPacksTheLibrary() throws IOException {
        Path main = write("app/main.py", "import keyword\n");
        Path jar = dir.resolve("app.jar");
        int status = new JarVerb().run(List.of(main.toString(), "-o", jar.toString()),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, status);
        try (JarFile jf = new JarFile(jar.toFile())) {
            assertNotNull(jf.getEntry("pystdlib/keyword.class"));
            assertNotNull(jf.getEntry("weft-stdlib/keyword.py"));
            assertNotNull(jf.getEntry("weft-stdlib/compile-report.tsv"));
        }
    }
}
