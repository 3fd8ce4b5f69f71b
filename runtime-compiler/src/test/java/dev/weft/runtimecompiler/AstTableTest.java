package dev.weft.runtimecompiler;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The golden table of tools/gen_ast_tables.py (CPython 3.13): {@code compile(..., PyCF_ONLY_AST)}
 * gives the same tree with the same positions, the {@code _ast} classes and constructor behave
 * as 3.13's, and trees compile back, with CPython's errors for malformed ones. All cases run in
 * one Weft program (one compilation), each case's line of output is one test.
 */
class AstTableTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = AstTableTest.class.getResourceAsStream("/ast/" + name)) {
            if (in == null) {
                throw new IOException("missing resource /ast/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Object addresses differ between runs and implementations. */
    private static String withoutAddresses(String s) {
        return s.replaceAll(" at 0x[0-9a-f]+>", " at 0x>");
    }

    @TestFactory
    List<DynamicTest> casesGiveWhatCPython313Gives() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : resource("cases.tsv").split("\n")) {
            if (!line.isEmpty()) {
                rows.add(line.split("\t", 2));
            }
        }
        StringBuilder program = new StringBuilder(resource("canon.py"));
        program.append("\nCASES = [\n");
        for (String[] row : rows) {
            program.append("    ").append(row[0]).append(",\n");
        }
        program.append("""
                ]
                for case in CASES:
                    try:
                        value = canon(eval(case))
                    except Exception as e:
                        value = '!%s: %s' % (type(e).__name__, e)
                    print(value.replace('\\\\', '\\\\\\\\').replace('\\n', '\\\\n'))
                """);
        String[] out = SnippetRunner.stdout(program.toString()).split("\n", -1);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            String actual = i < out.length ? out[i] : "<no output>";
            tests.add(DynamicTest.dynamicTest((i + 1) + " " + row[0],
                    () -> assertEquals(withoutAddresses(row[1]), withoutAddresses(actual), row[0])));
        }
        return tests;
    }

    @Test
    void typeCommentsAreRefusedRatherThanDropped() {
        // CPython keeps "# type:" comments in the tree; the frontend drops comments, so Weft says so
        assertEquals("NotImplementedError\n", SnippetRunner.stdout("""
                try:
                    compile('x = []  # type: list[int]', '<s>', 'exec', 0x400 | 0x1000)
                except NotImplementedError as e:
                    print(type(e).__name__)
                """));
    }
}
