package dev.weft.backend;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each program in {@code programs/} compiles (every class passing CheckClassAdapter), runs
 * in-process and prints exactly what CPython 3.13 printed ({@code NAME.out}); programs that
 * fail or exit non-zero also match {@code NAME.err} (exit status and traceback, with CPython
 * 3.13's {@code ~~^^} position markers). Expected files come from backend-asm/tools/gen_expected.py.
 */
class ProgramOutputTest {
    static final Path DIR = Path.of("src/test/resources/programs");

    @TestFactory
    Stream<DynamicTest> programsPrintWhatCPythonPrints() throws IOException {
        List<Path> mains = new ArrayList<>();
        try (Stream<Path> s = Files.list(DIR)) {
            s.filter(p -> p.toString().endsWith(".py") && !p.getFileName().toString().startsWith("mod_"))
                    .sorted().forEach(mains::add);
        }
        return mains.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    static void check(Path py) throws IOException {
        String base = py.getFileName().toString().replaceAll("\\.py$", "");
        String expectedOut = Files.readString(DIR.resolve(base + ".out"), StandardCharsets.UTF_8);
        Path errFile = DIR.resolve(base + ".err");
        String expectedErr = Files.exists(errFile) ? Files.readString(errFile) : "exit 0\n";
        ProgramHarness.Result r = ProgramHarness.run(py);
        String dir = py.toAbsolutePath().getParent().toString() + "/";
        String actualErr = "exit " + r.exitCode() + "\n" + r.stderr().replace(dir, "<dir>/");
        assertEquals(expectedOut, r.stdout(), "stdout of " + base);
        assertEquals(expectedErr, actualErr, "exit status and stderr of " + base);
    }
}
