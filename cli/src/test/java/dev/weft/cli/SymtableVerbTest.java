package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.frontend.parser.PythonParsing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code weft symtable} over the real frontend parser. */
class SymtableVerbTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new SymtableVerb(PythonParsing::parse).run(List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsEachFileUnderItsHeaderInOrder() throws IOException {
        String a = file("a.py", "x = 1\ndef f(p):\n    return p + x\n");
        String b = file("b.py", "import os\n");
        assertEquals(0, run(a, b));
        assertEquals("== " + a + "\n"
                + "module top line 0\n"
                + "  f LOCAL DEF_LOCAL\n"
                + "  x LOCAL DEF_LOCAL\n"
                + "  function f line 2\n"
                + "    params p\n"
                + "    p LOCAL DEF_PARAM|USE\n"
                + "    x GLOBAL_IMPLICIT USE\n"
                + "== " + b + "\n"
                + "module top line 0\n"
                + "  os LOCAL DEF_IMPORT\n", out());
    }

    @Test
    void reportsSymbolTableErrorsAsOneLineAndGoesOn() throws IOException {
        String bad = file("bad.py", "def f(a, a):\n    pass\n");
        String good = file("good.py", "y = 2\n");
        assertEquals(1, run(bad, good));
        assertEquals("== " + bad + "\n"
                + "error SyntaxError: duplicate argument 'a' in function definition (1:10-1:11)\n"
                + "== " + good + "\n"
                + "module top line 0\n"
                + "  y LOCAL DEF_LOCAL\n", out());
    }

    @Test
    void marksFilesThatDoNotParse() throws IOException {
        String bad = file("bad.py", "def (:\n");
        assertEquals(1, run(bad));
        assertTrue(out().startsWith("== " + bad + "\nunparseable SyntaxError: "), out());
    }

    @Test
    void readsPathsFromAList() throws IOException {
        String a = file("a.py", "z = 3\n");
        Path list = dir.resolve("list.txt");
        Files.writeString(list, a + "\n");
        assertEquals(0, run("--files-from", list.toString()));
        assertEquals("== " + a + "\nmodule top line 0\n  z LOCAL DEF_LOCAL\n", out());
    }

    @Test
    void compileModeReportsTheFirstCompileTimeError() throws IOException {
        String good = file("good.py", "for x in y:\n    break\n");
        String bad = file("bad.py", "def f():\n    break\n");
        assertEquals(0, run("--compile", good));
        assertEquals(1, run("--compile", bad));
        assertEquals("== " + good + "\nok\n== " + bad + "\nerror SyntaxError: 'break' outside loop (2:5-2:10)\n", out());
    }

    @Test
    void withoutFilesPrintsUsage() {
        assertEquals(2, run());
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: weft symtable"));
    }
}
