package dev.weft.frontend.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.weft.frontend.error.PythonSyntaxError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Feeds mutants of real source files to the tokenizer and parser for a few seconds: every input
 * must give a tree or a {@link PythonSyntaxError}, never another exception (nor the parser's
 * "internal error in the parser", its report of its own bugs), never a hang. Failing inputs are
 * written to target/fuzz-failures/ to be replayed. Time budget and seed: system properties
 * {@code weft.fuzz.seconds} (default 3) and {@code weft.fuzz.seed} (default fixed, so a run is
 * reproducible up to how many inputs fit in the budget).
 */
class ParserFuzzTest {
    private static final String[] SEEDS = {
        "statements.py", "functions.py", "expressions.py", "fstrings_match.py", "layout.py", "latin1.py", "bom.py",
    };
    private static final long PER_INPUT_TIMEOUT_SECONDS = 10;
    private static final long STACK_BYTES = 64L << 20;

    @Test
    void mutatedSourcesGiveATreeOrASyntaxErrorInBoundedTime() throws Exception {
        double budgetSeconds = Double.parseDouble(System.getProperty("weft.fuzz.seconds", "3"));
        long seed = Long.getLong("weft.fuzz.seed", 3_130L);
        SourceMutator mutator = new SourceMutator(seeds(), new Random(seed));
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "parser-fuzz", STACK_BYTES);
            t.setDaemon(true);  // a hung parse must not keep the test JVM alive
            return t;
        });
        List<String> failures = new ArrayList<>();
        long deadline = System.nanoTime() + (long) (budgetSeconds * 1e9);
        int inputs = 0;
        int trees = 0;
        try {
            while (System.nanoTime() < deadline && failures.size() < 5) {
                byte[] input = mutator.next();
                inputs++;
                Future<?> parse = worker.submit(() -> PythonParsing.parse(input, "<fuzz>"));
                try {
                    parse.get(PER_INPUT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    trees++;
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof PythonSyntaxError) || isInternalError((PythonSyntaxError) e.getCause())) {
                        failures.add(record(inputs, input, e.getCause().toString()));
                    }
                } catch (TimeoutException e) {
                    failures.add(record(inputs, input, "no result after " + PER_INPUT_TIMEOUT_SECONDS + " s"));
                    break;  // the worker thread is stuck; the remaining budget cannot be used
                }
            }
        } finally {
            worker.shutdownNow();
        }
        if (!failures.isEmpty()) {
            fail("seed " + seed + ", " + inputs + " inputs (" + trees + " trees):\n" + String.join("\n", failures));
        }
        assertTrue(inputs > 0, "no input was tried");
    }

    /** The parser reports its own bugs as SyntaxErrors with this message; they are failures here. */
    private static boolean isInternalError(PythonSyntaxError e) {
        return e.msg != null && e.msg.startsWith("internal error in the parser");
    }

    private static List<byte[]> seeds() throws IOException {
        List<byte[]> corpus = new ArrayList<>();
        for (String name : SEEDS) {
            try (InputStream in = ParserFuzzTest.class.getResourceAsStream("fuzz-seeds/" + name)) {
                corpus.add(in.readAllBytes());
            }
        }
        return corpus;
    }

    private static String record(int index, byte[] input, String problem) throws IOException {
        Path dir = Path.of("target", "fuzz-failures");
        Files.createDirectories(dir);
        Path file = dir.resolve("input-" + index + ".py");
        Files.write(file, input);
        return "  " + file + ": " + problem;
    }
}
