package dev.weft.frontend.dump;

import dev.weft.frontend.ast.Module;
import dev.weft.frontend.error.PythonSyntaxError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parses and dumps many files in one JVM, for the differential test against CPython: one
 * {@link Outcome} per file, in input order. Each file runs on its own thread (with a deep stack)
 * under a time limit, so a hang or a crash is reported against that file and the batch goes on.
 */
public final class BatchDumper {
    /** Stack size of the parsing threads: deeply nested expressions recurse deeply. */
    private static final long STACK_BYTES = 256L << 20;

    private final ModuleParser parser;
    private final int jobs;
    private final long timeoutMillis;
    private final Path dumpDirectory;

    /**
     * @param dumpDirectory when not null, the full dumps of file {@code i} are also written to
     *     {@code i.dump} and {@code i.attrs.dump} there, for showing differences
     */
    public BatchDumper(ModuleParser parser, int jobs, long timeoutMillis, Path dumpDirectory) {
        this.parser = parser;
        this.jobs = Math.max(1, jobs);
        this.timeoutMillis = timeoutMillis;
        this.dumpDirectory = dumpDirectory;
    }

    /** What became of one file: a line of the batch's output. */
    public record Outcome(String path, String kind, List<String> details) {
        /** {@code PATH<TAB>KIND<TAB>DETAIL...}; tabs and newlines in details become spaces. */
        public String line() {
            StringBuilder out = new StringBuilder(path).append('\t').append(kind);
            for (String d : details) {
                out.append('\t').append(d.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
            }
            return out.toString();
        }
    }

    /**
     * Runs the batch. Outcomes: {@code OK sha256(dump) sha256(dump with attributes)},
     * {@code ERROR type lineno offset msg} (a {@link PythonSyntaxError}), {@code UNREADABLE message},
     * {@code CRASH exception}, {@code TIMEOUT millis}.
     */
    public Outcome[] run(List<String> paths) throws InterruptedException {
        Outcome[] outcomes = new Outcome[paths.size()];
        AtomicInteger next = new AtomicInteger();
        Thread[] lanes = new Thread[Math.min(jobs, Math.max(1, paths.size()))];
        for (int lane = 0; lane < lanes.length; lane++) {
            lanes[lane] = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < paths.size(); i = next.getAndIncrement()) {
                    outcomes[i] = runOne(i, paths.get(i));
                }
            }, "dump-lane-" + lane);
            lanes[lane].start();
        }
        for (Thread lane : lanes) {
            lane.join();
        }
        return outcomes;
    }

    private Outcome runOne(int index, String path) {
        Outcome[] result = new Outcome[1];
        Thread worker = new Thread(null, () -> result[0] = parseAndDump(index, path), "dump-" + index, STACK_BYTES);
        worker.setDaemon(true);  // a parser that never returns must not keep the JVM alive
        worker.start();
        try {
            worker.join(timeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            worker.interrupt();
            return new Outcome(path, "TIMEOUT", List.of(Long.toString(timeoutMillis)));
        }
        return result[0];
    }

    private Outcome parseAndDump(int index, String path) {
        byte[] source;
        try {
            source = Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            return new Outcome(path, "UNREADABLE", List.of(String.valueOf(e.getMessage())));
        }
        try {
            Module tree = parser.parse(source, path);
            String dump = AstDumper.dump(tree, false);
            String dumpWithAttributes = AstDumper.dump(tree, true);
            if (dumpDirectory != null) {
                Files.writeString(dumpDirectory.resolve(index + ".dump"), dump);
                Files.writeString(dumpDirectory.resolve(index + ".attrs.dump"), dumpWithAttributes);
            }
            return new Outcome(path, "OK", List.of(sha256(dump), sha256(dumpWithAttributes)));
        } catch (PythonSyntaxError e) {
            return new Outcome(path, "ERROR", List.of(e.type, Integer.toString(e.lineno),
                    Integer.toString(e.offset), String.valueOf(e.msg)));
        } catch (Throwable e) {  // the differential test reports any other failure against its file
            return new Outcome(path, "CRASH", List.of(e.toString() + stackTop(e)));
        }
    }

    private static String stackTop(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length == 0 ? "" : " at " + trace[0];
    }

    /** Hex SHA-256 of the UTF-8 encoding of {@code text}. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
