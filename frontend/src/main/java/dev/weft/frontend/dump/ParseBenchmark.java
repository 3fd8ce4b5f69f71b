package dev.weft.frontend.dump;

import dev.weft.frontend.error.PythonSyntaxError;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the parser over many files in one JVM, for benchmarks/parse-stdlib.sh (never run by
 * tests). Reads every file first, then parses them all {@code passes} times on one thread and
 * prints, one per line: {@code files N}, {@code lines N}, {@code rejected N}, {@code cold SECONDS CPU}
 * (from the launch time the caller passes to the end of the first pass: JVM start-up, reading and
 * one parse of everything) and {@code pass I SECONDS CPU} for each pass. CPU is the process's CPU
 * time in seconds (all threads: JIT compilers and GC included; since JVM start for cold), which
 * is less disturbed than wall time on a busy machine.
 */
public final class ParseBenchmark {
    private ParseBenchmark() {}

    /**
     * Runs the benchmark; {@code launchedAtEpochNanos} is when the caller started the JVM
     * ({@code date +%s%N}), or 0 to report the cold time from the start of this method.
     */
    public static void run(ModuleParser parser, List<String> files, int passes, long launchedAtEpochNanos,
                           PrintStream out) throws IOException {
        long start = launchedAtEpochNanos != 0 ? launchedAtEpochNanos : epochNanos();
        List<byte[]> sources = new ArrayList<>();
        long lines = 0;
        for (String file : files) {
            byte[] source = Files.readAllBytes(Path.of(file));
            sources.add(source);
            for (byte b : source) {
                lines += b == '\n' ? 1 : 0;
            }
        }
        out.println("files " + files.size());
        out.println("lines " + lines);
        for (int pass = 1; pass <= passes; pass++) {
            long passStart = System.nanoTime();
            long cpuStart = processCpuNanos();
            int rejected = 0;
            for (int i = 0; i < sources.size(); i++) {
                try {
                    parser.parse(sources.get(i), files.get(i));
                } catch (PythonSyntaxError e) {
                    rejected++;
                }
            }
            double seconds = (System.nanoTime() - passStart) / 1e9;
            long cpuEnd = processCpuNanos();
            if (pass == 1) {
                out.println("rejected " + rejected);
                out.printf("cold %.4f %.4f%n", (epochNanos() - start) / 1e9, cpuEnd / 1e9);
            }
            out.printf("pass %d %.4f %.4f%n", pass, seconds, (cpuEnd - cpuStart) / 1e9);
            out.flush();
        }
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean hotspot ? hotspot.getProcessCpuTime() : 0;
    }

    private static long epochNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** Reads a list of paths, one a line. */
    public static List<String> readList(String listFile) throws IOException {
        List<String> files = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(listFile), StandardCharsets.UTF_8)) {
            if (!line.isEmpty()) {
                files.add(line);
            }
        }
        return files;
    }
}
