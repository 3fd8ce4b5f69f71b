package dev.weft.frontend.parser;

import dev.weft.frontend.ast.Module;
import dev.weft.frontend.dump.AstDumper;
import dev.weft.frontend.error.PythonSyntaxError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** Throwaway differential runner over token dumps made by CPython (not a unit test). */
public final class StdlibHarness {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int showFailures = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> index = Files.readAllLines(dir.resolve("index.tsv"));
        List<Object[]> inputs = new ArrayList<>();
        for (String entry : index) {
            String id = entry.split("\t")[0];
            List<Token> tokens = CpythonTokenDump.read(dir.resolve(id + ".tok"));
            String src = Files.readString(dir.resolve(id + ".src"), StandardCharsets.UTF_8);
            String[] expected = Files.readString(dir.resolve(id + ".dump"), StandardCharsets.UTF_8).split("\n");
            inputs.add(new Object[] {entry, tokens, src, expected});
        }
        int plain = 0;
        int attrs = 0;
        int errors = 0;
        int shown = 0;
        long parseNanos = 0;
        for (Object[] in : inputs) {
            @SuppressWarnings("unchecked")
            List<Token> tokens = (List<Token>) in[1];
            String[] expected = (String[]) in[3];
            try {
                long t0 = System.nanoTime();
                Module m = PythonParsing.parseTokens(tokens, (String) in[2], (String) in[0]);
                parseNanos += System.nanoTime() - t0;
                String d1 = AstDumper.dump(m, false);
                String d2 = AstDumper.dump(m, true);
                boolean ok1 = d1.equals(expected[0]);
                boolean ok2 = d2.equals(expected[1]);
                plain += ok1 ? 1 : 0;
                attrs += ok2 ? 1 : 0;
                if ((!ok1 || !ok2) && shown < showFailures) {
                    shown++;
                    String a = ok1 ? d2 : d1;
                    String b = ok1 ? expected[1] : expected[0];
                    int k = 0;
                    while (k < a.length() && k < b.length() && a.charAt(k) == b.charAt(k)) {
                        k++;
                    }
                    int from = Math.max(0, k - 150);
                    System.out.println("MISMATCH " + in[0] + (ok1 ? " (attributes)" : "") + "\n  got: "
                        + a.substring(from, Math.min(a.length(), k + 150)) + "\n  exp: "
                        + b.substring(from, Math.min(b.length(), k + 150)));
                }
            } catch (PythonSyntaxError e) {
                errors++;
                if (shown++ < showFailures) {
                    System.out.println("ERROR " + in[0] + ": " + e.getMessage() + " line " + e.lineno + " offset " + e.offset
                                       + " text " + e.text);
                }
            }
        }
        System.out.println("LL fallbacks: " + PythonParsing.LL_FALLBACKS.get());
        int passes = Integer.getInteger("passes", 0);
        for (int p = 0; p < passes; p++) {
            long t0 = System.nanoTime();
            long treeNanos = 0;
            for (Object[] in : inputs) {
                @SuppressWarnings("unchecked")
                List<Token> tokens = (List<Token>) in[1];
                try {
                    PythonParsing.parseTokens(tokens, (String) in[2], (String) in[0]);
                } catch (PythonSyntaxError e) {
                    // counted above
                }
            }
            System.out.printf("pass %d: %.2fs%n", p + 1, (System.nanoTime() - t0) / 1e9);
        }
        System.out.printf("files %d, match %d, match with attributes %d, errors %d, parse time %.2fs%n",
                          inputs.size(), plain, attrs, errors, parseNanos / 1e9);
    }
}
