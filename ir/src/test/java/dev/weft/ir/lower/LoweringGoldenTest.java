package dev.weft.ir.lower;

import dev.weft.frontend.ast.Module;
import dev.weft.frontend.parser.PythonParsing;
import dev.weft.frontend.symtable.SymbolTable;
import dev.weft.frontend.tokenize.PyToken;
import dev.weft.frontend.tokenize.SourceReader;
import dev.weft.frontend.tokenize.SourceText;
import dev.weft.frontend.tokenize.Tokenizer;
import dev.weft.ir.IrModule;
import dev.weft.ir.IrPrinter;
import dev.weft.ir.IrVerifier;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden IR: each {@code lowering/NAME.py} lowers (and verifies) to exactly {@code NAME.ir}.
 * After a deliberate change of the lowering, regenerate with
 * {@code mvn -pl ir test -Dweft.updateGoldens=true} and review the diff.
 */
class LoweringGoldenTest {
    private static final Path DIR = Paths.get("src/test/resources/lowering");

    @TestFactory
    Stream<DynamicTest> eachProgramLowersToItsGoldenIr() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(DIR)) {
            sources = files.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        return sources.stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
            String actual = lower(py);
            Path golden = Paths.get(py.toString().replaceAll("\\.py$", ".ir"));
            if (Boolean.getBoolean("weft.updateGoldens")) {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
        }));
    }

    static String lower(Path py) throws IOException {
        byte[] bytes = Files.readAllBytes(py);
        String filename = py.getFileName().toString();
        IrModule ir = lower(bytes, filename);
        IrVerifier.verify(ir);
        return IrPrinter.print(ir);
    }

    static IrModule lower(byte[] bytes, String filename) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Module module = PythonParsing.parse(bytes, filename);
        SymbolTable table = SymbolTable.build(module, filename, text);
        return ModuleLowering.lower(module, table, filename.replaceAll("\\.py$", ""), filename);
    }
}
