package dev.weft.frontend.symtable;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Each committed input's symbol table, built from CPython's own AST of the file, prints exactly
 * as CPython 3.13's {@code _symtable} prints it (the .symtable goldens).
 */
class SymbolTableGoldenTest {
    @TestFactory
    List<DynamicTest> symbolTableMatchesCPython() {
        List<Path> sources = GoldenFiles.sources();
        assertFalse(sources.isEmpty(), "no golden inputs found");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path source : sources) {
            tests.add(DynamicTest.dynamicTest(source.getFileName().toString(), () -> {
                String json = GoldenFiles.read(GoldenFiles.sibling(source, ".ast.json"));
                String expected = GoldenFiles.read(GoldenFiles.sibling(source, ".symtable"));
                SymbolTable table = SymbolTable.build(AstJsonReader.read(json), source.toString(),
                        GoldenFiles.read(source));
                assertEquals(expected, SymbolTableFormatter.format(table));
            }));
        }
        return tests;
    }
}
