package dev.weft.frontend.unparse;

import dev.weft.frontend.ast.AnnAssign;
import dev.weft.frontend.ast.Module;
import dev.weft.frontend.ast.Name;
import dev.weft.frontend.ast.Stmt;
import dev.weft.frontend.parser.PythonParsing;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each annotation of {@code unparse/annotations.py} unparses to the string CPython 3.13 stores
 * for it under {@code from __future__ import annotations} ({@code annotations.expected}, written
 * by frontend/tools/gen_unparse_goldens.py).
 */
class ExprUnparserTest {
    @TestFactory
    List<DynamicTest> eachAnnotationUnparsesAsCPythonsCompilerDoes() throws IOException {
        Map<String, String> expected = expected();
        Module module = PythonParsing.parse(resource("annotations.py"), "annotations.py");
        List<DynamicTest> tests = new ArrayList<>();
        for (Stmt s : module.body) {
            if (s instanceof AnnAssign) {
                AnnAssign a = (AnnAssign) s;
                String name = ((Name) a.target).id;
                tests.add(DynamicTest.dynamicTest(name, () ->
                        assertEquals(expected.get(name), ExprUnparser.unparse(a.annotation))));
            }
        }
        assertEquals(expected.size(), tests.size(), "every golden entry has its annotation");
        return tests;
    }

    @Test
    void corpusCoversEveryPrecedenceLevel() throws IOException {
        // A guard against the corpus shrinking to trivia: it must keep its parenthesised cases.
        long parenthesised = expected().values().stream().filter(v -> v.contains("(")).count();
        assertTrue(parenthesised >= 30, "parenthesised cases: " + parenthesised);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ExprUnparserTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing golden " + name);
            }
            return in.readAllBytes();
        }
    }

    private static Map<String, String> expected() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : new String(resource("annotations.expected"), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                int tab = line.indexOf('\t');
                out.put(line.substring(0, tab), jsonString(line.substring(tab + 1)));
            }
        }
        return out;
    }

    /** Decodes one JSON string literal (as Python's json.dumps writes it). */
    static String jsonString(String json) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < json.length() - 1; i++) {
            char c = json.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = json.charAt(++i);
            switch (e) {
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case 'r': sb.append('\r'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'u':
                    sb.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                    break;
                default: sb.append(e); break;
            }
        }
        return sb.toString();
    }
}
