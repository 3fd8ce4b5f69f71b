package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.frontend.ast.Constant;
import dev.weft.frontend.ast.ExprStmt;
import dev.weft.frontend.ast.Module;
import dev.weft.frontend.dump.BatchDumper;
import dev.weft.frontend.dump.ModuleParser;
import dev.weft.frontend.error.PythonSyntaxError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AstVerbTest {
    /** Stands in for the parser: a file holding {@code bad} is a syntax error, else its text is a str constant. */
    private static final ModuleParser FAKE_PARSER = (source, filename) -> {
        String text = new String(source, StandardCharsets.UTF_8);
        if (text.startsWith("bad")) {
            throw PythonSyntaxError.at("invalid syntax", filename, 1, 1, text);
        }
        return new Module(List.of(new ExprStmt(new Constant(text, null).at(1, 0, 1, 3)).at(1, 0, 1, 3)), List.of());
    };

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new AstVerb(FAKE_PARSER).run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsOneDumpPerFileInOrder() throws IOException {
        String a = file("a.py", "é");
        String b = file("b.py", "b");
        assertEquals(0, run(a, b));
        assertEquals("Module(body=[Expr(value=Constant(value='é'))])\nModule(body=[Expr(value=Constant(value='b'))])\n",
                out());
    }

    @Test
    void attributesOptionAddsPositions() throws IOException {
        assertEquals(0, run("--attributes", file("a.py", "x")));
        assertEquals("Module(body=[Expr(value=Constant(value='x', lineno=1, col_offset=0, end_lineno=1, "
                + "end_col_offset=3), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)])\n", out());
    }

    @Test
    void syntaxErrorPrintsCPythonReportAndExitsOne() throws IOException {
        String bad = file("bad.py", "bad\n");
        String good = file("good.py", "g");
        assertEquals(1, run(bad, good));
        assertEquals("  File \"" + bad + "\", line 1\n    bad\n    ^\nSyntaxError: invalid syntax\n", err());
        assertEquals("Module(body=[Expr(value=Constant(value='g'))])\n", out());
    }

    @Test
    void missingFileIsReportedAsCPythonDoesWithExitTwo() {
        String missing = dir.resolve("x.py").toString();
        assertEquals(2, run(missing));
        assertEquals("weft: can't open file '" + missing + "': [Errno 2] No such file or directory\n", err());
    }

    @Test
    void noFilesIsAUsageError() {
        assertEquals(2, run());
        assertTrue(err().startsWith("weft ast: no input files\nusage: weft ast"));
        assertEquals(2, run("--bogus", "a.py"));
    }

    @Test
    void digestModeReportsOneLinePerFileFromAList() throws IOException {
        String good = file("good.py", "g");
        String bad = file("bad.py", "bad");
        String missing = dir.resolve("none.py").toString();
        String list = file("list.txt", good + "\n" + bad + "\n" + missing + "\n");
        assertEquals(0, run("--digests", "--jobs", "2", "--files-from", list));
        String[] lines = out().split("\n");
        assertEquals(3, lines.length);
        assertEquals(good + "\tOK\t" + BatchDumper.sha256("Module(body=[Expr(value=Constant(value='g'))])") + "\t"
                + BatchDumper.sha256("Module(body=[Expr(value=Constant(value='g', lineno=1, col_offset=0, "
                + "end_lineno=1, end_col_offset=3), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)])"),
                lines[0]);
        assertEquals(bad + "\tERROR\tSyntaxError\t1\t1\tinvalid syntax", lines[1]);
        assertTrue(lines[2].startsWith(missing + "\tUNREADABLE\t"), lines[2]);
    }

    @Test
    void digestModeReportsCrashesAndHangsAgainstTheirFile() throws IOException {
        ModuleParser misbehaving = (source, filename) -> {
            if (source.length == 0) {
                throw new IllegalStateException("boom");
            }
            try {
                Thread.sleep(60_000);  // hangs until the batch gives up on it and interrupts it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("interrupted");
        };
        String empty = file("empty.py", "");
        String hang = file("hang.py", "x");
        int status = new AstVerb(misbehaving).run(List.of("--digests", "--timeout", "1", empty, hang),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status);
        String[] lines = out().split("\n");
        assertTrue(lines[0].startsWith(empty + "\tCRASH\tjava.lang.IllegalStateException: boom"), lines[0]);
        assertEquals(hang + "\tTIMEOUT\t1000", lines[1]);
    }

    @Test
    void benchmarkModeReportsSizesAndOneTimePerPass() throws IOException {
        String good = file("good.py", "a\nb\n");
        String bad = file("bad.py", "bad\n");
        assertEquals(0, run("--benchmark", "3", good, bad));
        String[] lines = out().split("\n");
        assertEquals("files 2", lines[0]);
        assertEquals("lines 3", lines[1]);
        assertEquals("rejected 1", lines[2]);
        assertTrue(lines[3].startsWith("cold "), lines[3]);
        assertTrue(lines[4].matches("pass 1 [0-9.]+ [0-9.]+") && lines[6].startsWith("pass 3 "), out());
        assertEquals(7, lines.length);
    }
}
