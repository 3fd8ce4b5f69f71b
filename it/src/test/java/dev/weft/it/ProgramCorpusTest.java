package dev.weft.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs every program of the corpus through {@code weft run} and compares stdout, the exit status
 * and (by the README's rule) stderr with CPython's. Programs listed in {@code PASSING} must pass
 * (a ratchet: the list only grows); the others run too, and are reported as skipped while they
 * fail. The summary names programs that pass but are not listed yet.
 */
class ProgramCorpusTest {
    private static final Path ROOT = Paths.get("src/test/resources/programs");
    private static final long TIMEOUT_SECONDS = 60;
    private static final Set<String> PASSED = new ConcurrentSkipListSet<>();
    private static final java.util.Map<String, String> FAILED = new java.util.concurrent.ConcurrentSkipListMap<>();
    private static Set<String> mustPass = Set.of();

    @TestFactory
    Stream<DynamicTest> everyProgramBehavesAsUnderCPython() throws IOException {
        mustPass = new HashSet<>(Files.readAllLines(ROOT.resolve("PASSING")).stream()
                .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList()));
        List<Program> programs = ProgramCorpus.discover(ROOT);
        // Each program runs in its own JVM; run as many at once as there are cores.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Runtime.getRuntime().availableProcessors()));
        java.util.Map<String, java.util.concurrent.Future<WeftRunner.Result>> runs = new java.util.HashMap<>();
        for (Program p : programs) {
            runs.put(p.id(), pool.submit(() -> WeftRunner.run(p, TIMEOUT_SECONDS)));
        }
        pool.shutdown();
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.id(), () -> check(p, runs.get(p.id()).get())));
    }

    private static void check(Program p, WeftRunner.Result r) {
        String problem = compare(p, r);
        if (problem == null) {
            PASSED.add(p.id());
            return;
        }
        FAILED.put(p.id(), problem);
        if (mustPass.contains(p.id())) {
            fail(p.id() + " is listed in PASSING but now fails: " + problem);
        }
        assumeTrue(false, "not passing yet: " + problem);
    }

    /** Null when the run matches; otherwise the first difference. */
    static String compare(Program p, WeftRunner.Result r) {
        if (r.timedOut()) {
            return "timed out after " + TIMEOUT_SECONDS + "s";
        }
        String out = new String(r.stdout(), StandardCharsets.UTF_8);
        String expectedOut = new String(p.expectedOut(), StandardCharsets.UTF_8);
        if (!out.equals(expectedOut)) {
            return "stdout differs; first lines: " + head(out) + " / stderr: " + head(r.stderr());
        }
        if (r.exit() != p.expectedExit()) {
            return "exit status " + r.exit() + ", expected " + p.expectedExit() + "; stderr: " + head(r.stderr());
        }
        if (p.compareStderr()) {
            String err = TracebackComparison.normalisePaths(r.stderr(), p.file().getParent().toAbsolutePath().toString());
            List<String> actual = p.strictStderr() ? List.of(err) : TracebackComparison.significantLines(err);
            List<String> expected = p.strictStderr() ? List.of(p.expectedErr())
                    : TracebackComparison.significantLines(p.expectedErr());
            try {
                assertEquals(String.join("\n", expected), String.join("\n", actual));
            } catch (AssertionError e) {
                return "stderr differs: " + head(err);
            }
        }
        return null;
    }

    /** target/corpus-report.tsv: every program with PASS or its first difference, for triage. */
    private static void writeReport() {
        StringBuilder sb = new StringBuilder();
        PASSED.forEach(id -> sb.append(id).append("\tPASS\n"));
        FAILED.forEach((id, problem) -> sb.append(id).append("\tFAIL\t").append(problem).append('\n'));
        try {
            Files.writeString(Paths.get("target/corpus-report.tsv"), sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.out.println("[corpus] could not write the report: " + e);
        }
    }

    private static String head(String s) {
        String t = s.length() > 600 ? s.substring(0, 300) + " ... " + s.substring(s.length() - 300) : s;
        return t.replace("\n", "\\n");
    }

    @AfterAll
    static void summary() {
        Set<String> newlyPassing = PASSED.stream().filter(id -> !mustPass.contains(id))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        System.out.println("[corpus] " + PASSED.size() + " of " + (PASSED.size() + FAILED.size())
                + " programs behave as under CPython 3.13 (" + mustPass.size() + " required by PASSING)");
        writeReport();
        if (!newlyPassing.isEmpty()) {
            System.out.println("[corpus] passing but not yet in PASSING: " + String.join(" ", newlyPassing));
        }
    }
}
