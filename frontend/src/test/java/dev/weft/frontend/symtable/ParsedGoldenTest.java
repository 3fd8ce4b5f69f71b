package dev.weft.frontend.symtable;

import dev.weft.frontend.ast.Module;
import dev.weft.frontend.error.PythonSyntaxError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The same goldens as {@link SymbolTableGoldenTest} and {@link SyntaxErrorGoldenTest}, with the
 * trees made by Weft's tokenizer and parser from the .py sources instead of CPython's AST.
 */
class ParsedGoldenTest {
    @TestFactory
    List<DynamicTest> symbolTableOfParsedSourceMatchesCPython() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path source : GoldenFiles.sources()) {
            tests.add(DynamicTest.dynamicTest(source.getFileName().toString(), () -> {
                String text = GoldenFiles.read(source);
                SymbolTable table = SymbolTable.build(WeftParse.parse(text, source.toString()), source.toString(), text);
                assertEquals(GoldenFiles.read(GoldenFiles.sibling(source, ".symtable")),
                        SymbolTableFormatter.format(table));
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> errorsOfParsedSourceMatchCPython() {
        List<String> expected = SyntaxErrorGoldenTest.readExpectedInOrder();
        List<String[]> cases = GoldenFiles.errorCases();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String name = cases.get(i)[0];
            String source = cases.get(i)[1];
            String want = expected.get(i);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                String filename = name + ".py";
                Module mod = WeftParse.parse(source, filename);
                String got;
                try {
                    SymbolTable table = SymbolTable.build(mod, filename, source);
                    CompileChecks.check(mod, table, filename, source);
                    got = "ok";
                } catch (PythonSyntaxError e) {
                    got = SyntaxErrorGoldenTest.describe(e);
                }
                assertEquals(want, got);
            }));
        }
        return tests;
    }
}
