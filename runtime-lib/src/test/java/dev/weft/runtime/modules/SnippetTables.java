package dev.weft.runtime.modules;

import dev.weft.runtime.core.PyObject;
import org.junit.jupiter.api.DynamicTest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The golden snippet tables the tools/gen_*_tables.py scripts write with CPython 3.13: one
 * {@code snippet<TAB>expected} per line (blank lines and {@code #} comments skipped; a
 * {@code !prelude<TAB>code} line is run before every later snippet of its table). Each snippet
 * runs through {@link MiniPy} and its result, after {@code normalise}, must equal the expected.
 */
final class SnippetTables {
    private SnippetTables() { }

    /** One dynamic test per snippet of {@code /modules/<prefix><table>.tsv} for each table. */
    static List<DynamicTest> tests(String prefix, String[] tables, Map<String, PyObject> globals,
                                   UnaryOperator<String> normalise) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String table : tables) {
            InputStream in = SnippetTables.class.getResourceAsStream("/modules/" + prefix + table + ".tsv");
            if (in == null) {
                throw new IOException("missing table " + prefix + table);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String prelude = null;
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    String[] parts = line.split("\t", -1);
                    if (parts[0].equals("!prelude")) {
                        prelude = parts[1];
                        continue;
                    }
                    String code = prelude == null ? parts[0] : prelude + "; " + parts[0];
                    tests.add(DynamicTest.dynamicTest(table + ":" + n + " " + parts[0],
                            () -> assertEquals(parts[1], normalise.apply(MiniPy.run(code, globals)), parts[0])));
                }
            }
        }
        return tests;
    }
}
