package dev.weft.ir.lower;

import dev.weft.frontend.error.PythonSyntaxError;
import dev.weft.ir.IrVerifier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lowers every .py file under a directory (CPython's standard library) and tallies the outcome:
 * lowered and verified, unsupported construct (by construct), syntax error, or a crash — the
 * last must never happen. Run: {@code java -cp ... dev.weft.ir.lower.StdlibLoweringHarness DIR}.
 */
public final class StdlibLoweringHarness {
    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Paths.get(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("site-packages"))
                     .sorted().collect(Collectors.toList());
        }
        int ok = 0, syntax = 0, crashes = 0;
        Map<String, Integer> unsupported = new TreeMap<>();
        for (Path f : files) {
            try {
                IrVerifier.verify(LoweringGoldenTest.lower(Files.readAllBytes(f), f.getFileName().toString()));
                ok++;
            } catch (UnsupportedConstructError e) {
                unsupported.merge(e.construct, 1, Integer::sum);
            } catch (PythonSyntaxError e) {
                syntax++;
            } catch (RuntimeException | StackOverflowError e) {
                crashes++;
                if (crashes <= 15) {
                    System.out.println("CRASH " + f + ": " + e);
                    StackTraceElement[] st = e.getStackTrace();
                    for (int i = 0; i < Math.min(4, st.length); i++) {
                        System.out.println("    at " + st[i]);
                    }
                }
            }
        }
        System.out.println("files " + files.size() + ": lowered " + ok + ", syntax errors " + syntax
                + ", crashes " + crashes);
        unsupported.forEach((k, v) -> System.out.println("  unsupported " + k + ": " + v + " files"));
    }
}
