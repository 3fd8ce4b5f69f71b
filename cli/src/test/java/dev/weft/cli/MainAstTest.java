package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code weft ast} end to end through {@link Main} with the real parser (expected texts from CPython 3.13). */
class MainAstTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int weft(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void astVerbDumpsAParsedFileAsCPythonDoes() throws IOException {
        Path file = Files.writeString(dir.resolve("a.py"), "x = 'é' + 1.5\n");
        assertEquals(0, weft("ast", "--attributes", file.toString()));
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
                + "end_col_offset=1)], value=BinOp(left=Constant(value='é', lineno=1, col_offset=4, end_lineno=1, "
                + "end_col_offset=8), op=Add(), right=Constant(value=1.5, lineno=1, col_offset=11, end_lineno=1, "
                + "end_col_offset=14), lineno=1, col_offset=4, end_lineno=1, end_col_offset=14), lineno=1, "
                + "col_offset=0, end_lineno=1, end_col_offset=14)])\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void astVerbReportsSyntaxErrorsAsCPythonDoes() throws IOException {
        Path file = Files.writeString(dir.resolve("e.py"), "x = (1,\n");
        assertEquals(1, weft("ast", file.toString()));
        assertEquals("  File \"" + file + "\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n",
                err.toString(StandardCharsets.UTF_8));
    }
}
