package dev.weft.backend.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibUpgradesTest {
    @TempDir
    Path dir;

    @Test
    void replacementsApplyInOrderAndAdditionsAreAppendedAfterAMarker() {
        LibUpgrades u = LibUpgrades.parse(List.of(
                "# comment",
                "m.py   3.13 says it differently; adds g",
                "  -     raise E('a')",
                "  +     raise E('b')",
                "  - raise E('a')",
                "  + raise E('c')"), "list", "py313", Map.of("m.py", "def g():\n    return 2\n"));
        String src = "def f():\n    raise E('a')\nraise E('a')\n";
        String out = u.apply("m.py", src);
        assertEquals("def f():\n    raise E('b')\nraise E('c')\n\n"
                + "# --- weft: additions from stdlib/py313/m.py (not CPython's code) ---\n"
                + "def g():\n    return 2\n", out);
        assertEquals(src, u.apply("other.py", src));
    }

    @Test
    void anEntryNeedsReplacementsOrAnAdditionsFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                LibUpgrades.parse(List.of("m.py  nothing to do"), "list", "py313", Map.of()));
        assertTrue(e.getMessage().contains("neither replacements nor a file py313/m.py"), e.getMessage());
    }

    @Test
    void anAdditionsFileNeedsAnEntry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                LibUpgrades.parse(List.of(), "list", "py313", Map.of("x.py", "X = 1\n")));
        assertTrue(e.getMessage().contains("[x.py]"), e.getMessage());
    }

    @Test
    void anEntryForAFileThatIsNotBuiltFailsTheBuild() {
        LibUpgrades u = LibUpgrades.parse(List.of("gone.py  renamed upstream"), "list", "py313",
                Map.of("gone.py", "X = 1\n"));
        assertThrows(IllegalStateException.class, () -> u.checkAllUsed(Set.of("kept.py")));
        u.checkAllUsed(Set.of("gone.py"));
    }

    @Test
    void aReplacementWhoseTextIsMissingFailsTheBuild() {
        LibUpgrades u = LibUpgrades.parse(List.of("m.py  why", "  - absent", "  + present"), "list", "py313", Map.of());
        assertThrows(IllegalStateException.class, () -> u.apply("m.py", "X = 1\n"));
    }

    @Test
    void theLibraryBuildCompilesTheUpgradedSource() throws IOException {
        Path lib = dir.resolve("Lib");
        Files.createDirectories(lib);
        Files.writeString(lib.resolve("m.py"), "X = 1\n");
        Path additions = dir.resolve("py313");
        Files.createDirectories(additions);
        Files.writeString(additions.resolve("m.py"), "Y = X + 1\n");
        Path list = dir.resolve("py313-changes.txt");
        Files.writeString(list, "m.py  adds Y\n");
        Path out = dir.resolve("classes");
        LibraryCompiler.build(lib, out, dir.resolve("state.tsv"), ExclusionList.parse(List.of(), "excl"),
                ChangedSourceDecisions.parse(List.of(), "changes"), List.of(), LibUpgrades.read(list, additions));
        assertTrue(Files.readString(out.resolve("weft-stdlib/m.py")).endsWith("Y = X + 1\n"));
        assertTrue(Files.isRegularFile(out.resolve("pystdlib/m.class")));
    }
}
