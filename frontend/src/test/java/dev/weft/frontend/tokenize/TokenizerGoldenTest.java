package dev.weft.frontend.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares the tokenizer with CPython 3.13 on the golden files that
 * frontend/tools/gen_token_goldens.py generated: token streams (types, code-point and UTF-8
 * byte positions, text) of src/test/resources/tokenize/cases/*.py, and the errors (message,
 * type, position, text) of errors.txt and decoding.txt.
 */
class TokenizerGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/tokenize");

    @TestFactory
    Stream<DynamicTest> tokenStreamsMatchCPython() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR.resolve("cases"))) {
            for (Path py : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                Path golden = Path.of(py.toString().replaceAll("\\.py$", ".tokens"));
                tests.add(DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
                    List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
                    List<String> actual = TokenDump.dump(Files.readAllBytes(py), py.toString());
                    assertEquals(String.join("\n", expected), String.join("\n", actual));
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> tokenizerErrorsMatchCPython() throws IOException {
        return goldenCases("errors.golden");
    }

    @TestFactory
    Stream<DynamicTest> decodingErrorsMatchCPython() throws IOException {
        return goldenCases("decoding.golden");
    }

    /** Each case: "# repr", "CASE hex", then "OK" or the expected error line. */
    private static Stream<DynamicTest> goldenCases(String name) throws IOException {
        List<String> lines = Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8);
        List<DynamicTest> tests = new ArrayList<>();
        String repr = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("# ")) {
                repr = line.substring(2);
            } else if (line.startsWith("CASE ")) {
                byte[] data = HexFormat.of().parseHex(line.substring(5));
                String expected = lines.get(++i);
                String title = repr.length() > 60 ? repr.substring(0, 60) + "..." : repr;
                tests.add(DynamicTest.dynamicTest(title, () -> {
                    List<String> out = TokenDump.dump(data, "x.py");
                    String actual = out.size() == 1 && out.get(0).startsWith("ERROR") ? out.get(0) : "OK";
                    assertEquals(expected, actual);
                }));
            }
        }
        return tests.stream();
    }
}
