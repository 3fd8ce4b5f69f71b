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

    /** The names of the methods of the class {@code source} compiles to, and whether it packs constants. */
    private static java.util.List<String> methodsAndConstants(String source) {
        ModuleCompiler.ClassFile cf = SourceCompiler.compile(source.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "big.py", "big", false);
        java.util.List<String> out = new java.util.ArrayList<>();
        new org.objectweb.asm.ClassReader(cf.bytes()).accept(new org.objectweb.asm.ClassVisitor(org.objectweb.asm.Opcodes.ASM9) {
            @Override
            public org.objectweb.asm.MethodVisitor visitMethod(int access, String name, String descriptor,
                                                               String signature, String[] exceptions) {
                out.add(name);
                return new org.objectweb.asm.MethodVisitor(org.objectweb.asm.Opcodes.ASM9) {
                    @Override
                    public void visitLdcInsn(Object value) {
                        if (value instanceof org.objectweb.asm.ConstantDynamic c && c.getName().equals("constants")
                                && !out.contains("constant table")) {
                            out.add("constant table");
                        }
                    }
                };
            }
        }, 0);
        return out;
    }

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

    /** A generator whose yields sit in loops, handlers, finally bodies and yield from, over 64 KB. */
    private static String hugeGenerator(int sections) {
        StringBuilder sb = new StringBuilder("def sub(k):\n    got = yield k\n    return (k, got)\n\n");
        sb.append("def big(n):\n    total = 0\n    log = []\n");
        for (int i = 0; i < sections; i++) {
            sb.append("    try:\n");
            sb.append("        for j in range(2):\n");
            sb.append("            sent = yield ").append(i).append(" * n + j\n");
            sb.append("            total += j + (sent or 0)\n");
            sb.append("        if ").append(i).append(" % 97 == 0:\n");
            sb.append("            raise ValueError(").append(i).append(")\n");
            sb.append("    except ValueError as e:\n");
            sb.append("        log.append((yield from sub(e.args[0])))\n");
            sb.append("    finally:\n");
            sb.append("        total += 1\n");
        }
        sb.append("    return total, log\n\n");
        return sb.toString();
    }

    @Test
    void hugeGeneratorIsSplitAndYieldsSendsAndReturnsAsOneMethodWould() throws IOException {
        int sections = 300;
        assertTrue(methodsAndConstants(hugeGenerator(sections)).stream().anyMatch(m -> m.matches("big\\$\\d+\\$p1")),
                "the generator is split");
        String src = hugeGenerator(sections) + """
                g = big(3)
                values = [next(g)]
                try:
                    while True:
                        values.append(g.send(1))
                except StopIteration as stop:
                    result = stop.value
                print(len(values), sum(values), result[0], result[1][:3], len(result[1]))
                """;
        ProgramHarness.Result r = run(src);
        assertEquals("", r.stderr());
        // Expected, computed as the program does: two yields per section (i*3 + j), each
        // resumed by send(1) (adding j + 1); sections i % 97 == 0 yield once more from sub(i)
        // (which gets 1 sent in), and every finally adds 1.
        long count = 0;
        long sum = 0;
        long total = 0;
        StringBuilder log = new StringBuilder();
        int logged = 0;
        for (int i = 0; i < sections; i++) {
            for (int j = 0; j < 2; j++) {
                count++;
                sum += i * 3L + j;
                total += j + 1;
            }
            if (i % 97 == 0) {
                count++;
                sum += i;
                if (logged < 3) {
                    log.append(logged == 0 ? "" : ", ").append("(").append(i).append(", 1)");
                }
                logged++;
            }
            total += 1;
        }
        assertEquals(count + " " + sum + " " + total + " [" + log + "] " + logged, r.stdout().strip());
    }

    @Test
    void hugeGeneratorIsClosedAndThrownIntoThroughItsHandlers() throws IOException {
        String src = hugeGenerator(300) + """
                g = big(1)
                print(next(g), next(g), next(g), next(g))
                print(g.throw(ValueError(5)))
                g.close()
                print(list(g))
                h = big(1)
                print(next(h))
                try:
                    h.throw(KeyError('k'))
                except KeyError as e:
                    print('KeyError', e)
                """;
        ProgramHarness.Result r = run(src);
        assertEquals("", r.stderr());
        // Section 0 yields 0, 1, then (raising ValueError(0)) 0 from sub(0); section 1 yields 1,
        // where ValueError(5) thrown in is handled by its except: sub(5) yields 5. close() runs
        // the finally bodies; KeyError thrown in is handled nowhere.
        assertEquals("0 1 0 1\n5\n[]\n0\nKeyError 'k'", r.stdout().strip());
    }

    @Test
    void hugeCoroutineIsSplitAndAwaitsThroughItsParts() throws IOException {
        StringBuilder sb = new StringBuilder("""
                class Step:
                    def __await__(self):
                        return (yield 'step')

                async def big():
                    total = 0
                """);
        for (int i = 0; i < 1500; i++) {
            sb.append("    total += (await Step()) + ").append(i).append("\n");
        }
        assertTrue(methodsAndConstants(sb.toString()).stream().anyMatch(m -> m.matches("big\\$\\d+\\$p1")),
                "the coroutine is split");
        sb.append("""
                    return total

                c = big()
                steps = 0
                value = c.send(None)
                try:
                    while True:
                        steps += 1
                        value = c.send(2)
                except StopIteration as stop:
                    print(steps, stop.value)
                """);
        ProgramHarness.Result r = run(sb.toString());
        assertEquals("", r.stderr());
        assertEquals("1500 " + (1500L * 2 + 1499L * 1500 / 2), r.stdout().strip());
    }

    @Test
    void moduleOfTenThousandDistinctStringEntriesRuns() throws IOException {
        StringBuilder sb = new StringBuilder("table = {\n");
        for (int i = 0; i < 10_000; i++) {
            sb.append("    'key-").append(i).append("': 'value-").append(i).append("-").append(i * 7).append("',\n");
        }
        sb.append("}\nprint(len(table), table['key-9999'], len(set(table.values())))\n");
        ProgramHarness.Result r = run(sb.toString());
        assertEquals("", r.stderr());
        assertEquals("10000 value-9999-69993 10000", r.stdout().strip());
    }

    @Test
    void longStraightLineScriptOfDistinctConstantsRuns() throws IOException {
        StringBuilder sb = new StringBuilder("checked = 0\ndef check(name, value, expected):\n"
                + "    global checked\n    assert value == expected, name\n    checked += 1\n");
        for (int i = 0; i < 12_000; i++) {
            sb.append("check('case ").append(i).append("', ").append(i).append(" * 3, ").append(i * 3).append(")\n");
        }
        sb.append("print(checked)\n");
        assertTrue(methodsAndConstants(sb.toString()).contains("constant table"), "constants are packed");
        ProgramHarness.Result r = run(sb.toString());
        assertEquals("", r.stderr());
        assertEquals("12000", r.stdout().strip());
    }
}
