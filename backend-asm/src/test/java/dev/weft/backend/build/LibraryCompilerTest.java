package dev.weft.backend.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryCompilerTest {
    @TempDir
    Path dir;

    private Path lib;
    private Path out;

    private void write(String rel, String text) throws IOException {
        Path p = lib.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private LibraryCompiler.Summary build(List<String> exclusions, List<String> changes) throws IOException {
        return LibraryCompiler.build(lib, out, dir.resolve("state.tsv"), ExclusionList.parse(exclusions, "excl"),
                ChangedSourceDecisions.parse(changes, "changes"), List.of("graalpy"));
    }

    private void setUp() throws IOException {
        lib = dir.resolve("Lib");
        out = dir.resolve("classes");
        write("good.py", "X = 1\n");
        write("pkg/__init__.py", "from .sub import Y\n");
        write("pkg/sub.py", "Y = 2\n");
        // a construct the compiler refuses (two lone surrogates a Java string would merge)
        write("bad.py", "x = 1\ny = '\\ud800\\udc00'\n");
        write("test/test_good.py", "import good\n");
    }

    @Test
    void compilesUnderTheStdlibPrefixAndShipsTheSources() throws IOException {
        setUp();
        LibraryCompiler.Summary s = build(List.of("test/ tests"), List.of());
        assertTrue(Files.isRegularFile(out.resolve("pystdlib/good.class")));
        assertTrue(Files.isRegularFile(out.resolve("pystdlib/pkg/__init__.class")));
        assertTrue(Files.isRegularFile(out.resolve("pystdlib/pkg/sub.class")));
        assertEquals("X = 1\n", Files.readString(out.resolve("weft-stdlib/good.py")));
        assertFalse(Files.exists(out.resolve("pystdlib/test/test_good.class")));
        assertEquals(4, s.selected());
        assertEquals(1, s.excluded());
    }

    @Test
    void aModuleThatDoesNotCompileIsReportedNotFatal() throws IOException {
        setUp();
        LibraryCompiler.Summary s = build(List.of("test/ tests"), List.of());
        assertEquals(1, s.failed().size());
        assertFalse(Files.exists(out.resolve("pystdlib/bad.class")));
        List<String> report = Files.readAllLines(out.resolve("weft-stdlib/compile-report.tsv"));
        assertTrue(report.contains("failed\tbad\tmodule\tweft-stdlib/bad.py\t2\tNotImplementedError\t"
                + "a str constant with a lone high surrogate followed by a lone low surrogate is not supported by weft yet"),
                report.toString());
        assertTrue(report.contains("ok\tpkg\tpackage\tweft-stdlib/pkg/__init__.py\t0\t\t"), report.toString());
        assertTrue(s.describe().startsWith("weft-stdlib: 3 modules compiled (3 now, 0 up to date), 1 failed, "
                + "1 files excluded\n"), s.describe());
    }

    @Test
    void aMarkedFileNeedsADecision() throws IOException {
        setUp();
        write("vendor.py", "# GraalPy change\nV = 1\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> build(List.of("test/ t"), List.of()));
        assertTrue(e.getMessage().contains("[vendor.py]"), e.getMessage());
        build(List.of("test/ t"), List.of("vendor.py exclude needs the vendor's runtime"));
        assertFalse(Files.exists(out.resolve("pystdlib/vendor.class")));
    }

    @Test
    void anEditIsAppliedToTheCompiledAndShippedSource() throws IOException {
        setUp();
        write("vendor.py", "# GraalPy change\nV = __graalpython__.home\n");
        build(List.of("test/ t"), List.of("vendor.py edit why", "  - __graalpython__.home", "  + 'home'"));
        assertEquals("# GraalPy change\nV = 'home'\n", Files.readString(out.resolve("weft-stdlib/vendor.py")));
        assertTrue(Files.isRegularFile(out.resolve("pystdlib/vendor.class")));
    }

    @Test
    void aNewlyExcludedModuleLosesItsClassAndSource() throws IOException {
        setUp();
        build(List.of("test/ t"), List.of());
        LibraryCompiler.Summary again = build(List.of("test/ t", "good.py now excluded"), List.of());
        assertFalse(Files.exists(out.resolve("pystdlib/good.class")));
        assertFalse(Files.exists(out.resolve("weft-stdlib/good.py")));
        assertEquals(2, again.upToDate());
    }

    private LibraryCompiler.Summary buildWithOwn(List<String> exclusions, Path own) throws IOException {
        return LibraryCompiler.build(lib, out, dir.resolve("state.tsv"), ExclusionList.parse(exclusions, "excl"),
                ChangedSourceDecisions.parse(List.of(), "changes"), List.of("graalpy"), LibUpgrades.none(), own);
    }

    @Test
    void aModuleWrittenForWeftReplacesAnExcludedLibModule() throws IOException {
        setUp();
        write("mp/__init__.py", "FROM = 'lib'\n");
        Path own = dir.resolve("own");
        Files.createDirectories(own.resolve("mp"));
        Files.writeString(own.resolve("mp/__init__.py"), "FROM = 'weft'\n");
        Files.writeString(own.resolve("mp/pool.py"), "P = 1\n");
        buildWithOwn(List.of("test/ t", "bad.py t", "mp/ processes"), own);
        assertEquals("FROM = 'weft'\n", Files.readString(out.resolve("weft-stdlib/mp/__init__.py")));
        assertTrue(Files.isRegularFile(out.resolve("pystdlib/mp/__init__.class")));
        assertTrue(Files.isRegularFile(out.resolve("pystdlib/mp/pool.class")));
    }

    @Test
    void aModuleWrittenForWeftMayNotShadowABuiltLibModule() throws IOException {
        setUp();
        Path own = dir.resolve("own");
        Files.createDirectories(own);
        Files.writeString(own.resolve("good.py"), "X = 2\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> buildWithOwn(List.of("test/ t"), own));
        assertTrue(e.getMessage().contains("good.py"), e.getMessage());
    }
}
