package dev.weft.frontend.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.frontend.ast.Module;
import dev.weft.frontend.dump.AstDumper;
import dev.weft.frontend.error.PythonSyntaxError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of the grammar and the AST builder against CPython 3.13, on CPython's own tokens
 * (generated with the sources by frontend/tools/gen_parser_goldens.py): the tree of every
 * parser/ok/*.py dumps as CPython's ast.dump (with and without positions), and every snippet of
 * parser/errors/cases.txt fails with CPython's error type, message and position.
 */
class ParserGoldenTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = ParserGoldenTest.class.getResourceAsStream("/parser/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource parser/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Token> tokens(String dump) throws IOException {
        Path tmp = Files.createTempFile("tokens", ".txt");
        try {
            Files.writeString(tmp, dump, StandardCharsets.UTF_8);
            return CpythonTokenDump.read(tmp);
        } finally {
            Files.delete(tmp);
        }
    }

    @TestFactory
    Stream<DynamicTest> sourcesBuildTheSameTreesAsCPython() {
        return Stream.of("statements", "compound", "expressions", "match").map(name ->
            DynamicTest.dynamicTest(name + ".py", () -> {
                String source = resource("ok/" + name + ".py");
                String[] expected = resource("ok/" + name + ".ast").split("\n");
                Module module = PythonParsing.parseTokens(tokens(resource("ok/" + name + ".tokens")), source, name + ".py");
                assertEquals(expected[0], AstDumper.dump(module, false), "ast.dump");
                assertEquals(expected[1], AstDumper.dump(module, true), "ast.dump(include_attributes=True)");
            }));
    }

    @TestFactory
    Stream<DynamicTest> invalidSnippetsFailWithCPythonsErrors() throws IOException {
        String[] sources = resource("errors/cases.txt").split("\n---\n");
        List<String[]> expected = new ArrayList<>();
        List<StringBuilder> tokenDumps = new ArrayList<>();
        for (String line : resource("errors/expected.txt").split("\n")) {
            if (line.startsWith("=== ")) {
                expected.add(line.substring(4).split("\t"));
                tokenDumps.add(new StringBuilder());
            } else {
                tokenDumps.get(tokenDumps.size() - 1).append(line).append('\n');
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            String source = sources[i].replaceAll("\n+$", "") + "\n";
            String[] want = expected.get(i);
            String tokenDump = tokenDumps.get(i).toString();
            tests.add(DynamicTest.dynamicTest(source.strip().replace('\n', '|'), () -> {
                List<Token> tokens = tokens(tokenDump);
                PythonSyntaxError e = assertThrows(PythonSyntaxError.class,
                                                   () -> PythonParsing.parseTokens(tokens, source, "<test>"));
                String got = String.join("\t", e.type, e.msg, "" + e.lineno, "" + e.offset, "" + e.endLineno, "" + e.endOffset);
                assertEquals(String.join("\t", want), got);
            }));
        }
        return tests.stream();
    }
}
