package dev.weft.frontend.symtable;

import dev.weft.frontend.ast.Mod;
import dev.weft.frontend.error.PythonSyntaxError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every case of errors/cases.txt raises, from the symbol table or the compile-time checks, the
 * SyntaxError (message, position and source line) that CPython 3.13's compile() raises for it,
 * or none when CPython accepts it.
 */
class SyntaxErrorGoldenTest {
    @TestFactory
    List<DynamicTest> compileErrorsMatchCPython() {
        List<String[]> cases = GoldenFiles.errorCases();
        String[] asts = GoldenFiles.read(GoldenFiles.dir().resolve("errors/asts.jsonl")).split("\n");
        Map<String, String> expected = readExpected();
        assertEquals(cases.size(), asts.length, "asts.jsonl is stale: rerun gen_symtable_goldens.py");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String name = cases.get(i)[0];
            String source = cases.get(i)[1];
            String json = asts[i];
            tests.add(DynamicTest.dynamicTest(name, () -> {
                assertEquals(expected.get(name), compile(json, name + ".py", source));
            }));
        }
        return tests;
    }

    private static String compile(String json, String filename, String source) {
        Mod mod = AstJsonReader.read(json);
        try {
            SymbolTable table = SymbolTable.build(mod, filename, source);
            CompileChecks.check(mod, table, filename, source);
            return "ok";
        } catch (PythonSyntaxError e) {
            return describe(e);
        }
    }

    /** The error as gen_symtable_goldens.py describes CPython's. */
    static String describe(PythonSyntaxError e) {
        return e.type + ": " + e.msg + " (" + e.lineno + ":" + e.offset + "-" + e.endLineno + ":" + e.endOffset
                + ") text=" + PythonRepr.repr(e.text);
    }

    /** The expected outcome of each case, in case order. */
    static List<String> readExpectedInOrder() {
        return new ArrayList<>(readExpected().values());
    }

    private static Map<String, String> readExpected() {
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = GoldenFiles.read(GoldenFiles.dir().resolve("errors/expected.txt")).split("\n");
        for (int i = 0; i + 1 < lines.length; i += 2) {
            out.put(lines[i].substring(4), lines[i + 1]);
        }
        return out;
    }
}
