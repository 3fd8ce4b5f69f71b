package dev.weft.backend;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Functions whose bytecode exceeds the JVM's 64 KB per method are split into several methods and still run. */
class MethodSplittingTest {
    @TempDir
    Path dir;

    private ProgramHarness.Result run(String source) throws IOException {
        Path p = dir.resolve("big.py");
        Files.writeString(p, source);
        return ProgramHarness.run(p);
    }

    @Test
    void hugeModuleBodyWithOneGiantDictRuns() throws IOException {
        StringBuilder sb = new StringBuilder("table = {\n");
        for (int i = 0; i < 6000; i++) {
            sb.append("    'k").append(i).append("': [").append(i).append(", ").append(i * 2).append("],\n");
        }
        sb.append("}\nprint(len(table), table['k5999'], sum(v[1] for v in table.values()))\n");
        ProgramHarness.Result r = run(sb.toString());
        assertEquals("", r.stderr());
        assertEquals("6000 [5999, 11998] " + (5999L * 6000), r.stdout().strip());
    }

    @Test
    void hugeFunctionWithLoopsHandlersAndClosuresRuns() throws IOException {
        StringBuilder sb = new StringBuilder("def big(n):\n    total = 0\n    seen = []\n");
        for (int i = 0; i < 400; i++) {
            sb.append("    try:\n");
            sb.append("        for j in range(2):\n");
            sb.append("            total += j + ").append(i).append(" * n\n");
            sb.append("        if ").append(i).append(" % 150 == 0:\n");
            sb.append("            raise ValueError(").append(i).append(")\n");
            sb.append("    except ValueError as e:\n");
            sb.append("        seen.append(e.args[0])\n");
        }
        sb.append("    get = lambda: total\n    return get(), seen\n\nprint(big(2))\n");
        ProgramHarness.Result r = run(sb.toString());
        assertEquals("", r.stderr());
        long total = 0;
        for (int i = 0; i < 400; i++) {
            total += 1 + 2L * i * 2;
        }
        assertEquals("(" + total + ", [0, 150, 300])", r.stdout().strip());
    }

    @Test
    void tracebackThroughASplitFunctionNamesThePythonFunction() throws IOException {
        StringBuilder sb = new StringBuilder("def big():\n    x = 0\n");
        for (int i = 0; i < 4000; i++) {
            sb.append("    x = x + ").append(i).append("\n");
        }
        sb.append("    return x // 0\n\nbig()\n");
        ProgramHarness.Result r = run(sb.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().contains("line 4003, in big\n"), r.stderr());
        assertTrue(r.stderr().endsWith("ZeroDivisionError: integer division or modulo by zero\n"), r.stderr());
    }
}
