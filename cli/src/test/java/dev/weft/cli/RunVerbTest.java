package dev.weft.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunVerbTest {
    @TempDir
    Path dir;

    private record Outcome(int status, String out, String err) { }

    private Outcome run(CompiledModuleCache cache, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new RunVerb(() -> cache).run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void runsTheScriptWithArgvAndImportsModulesNextToIt() throws IOException {
        write("helper.py", "def twice(x):\n    return 2 * x\n");
        Path main = write("app.py", "import sys\nfrom helper import twice\nprint(twice(21), sys.argv[1:])\n");
        Outcome o = run(new CompiledModuleCache(dir.resolve("cache")), main.toString(), "a", "b");
        assertEquals("42 ['a', 'b']\n", o.out);
        assertEquals("", o.err);
        assertEquals(0, o.status);
    }

    @Test
    void aScriptSubclassesJdkClassesThatJdkCodeThenCalls() throws IOException {
        Path main = write("jdk_subclasses.py", String.join("\n",
                "from java.util import AbstractList, ArrayList, Collections, Timer, TimerTask",
                "from java.util.concurrent import CountDownLatch",
                "class Tick(TimerTask):",
                "    def __init__(self, latch):",
                "        super().__init__()",
                "        self.latch = latch",
                "        self.ticks = 0",
                "    def run(self):",
                "        self.ticks += 1",
                "        self.latch.countDown()",
                "latch = CountDownLatch(3)",
                "tick = Tick(latch)",
                "timer = Timer(True)",
                "timer.scheduleAtFixedRate(tick, 0, 5)",
                "latch.await_()",
                "tick.cancel()",
                "timer.cancel()",
                "print('ticks >= 3:', tick.ticks >= 3)",
                "class Words(AbstractList):",
                "    def __init__(self, text):",
                "        self.words = text.split()",
                "    def get(self, i):",
                "        return self.words[i]",
                "    def size(self):",
                "        return len(self.words)",
                "    def set(self, i, word):",
                "        old, self.words[i] = self.words[i], word",
                "        return old",
                "w = Words('pear apple fig')",
                "Collections.sort(w)",
                "print(w.words, Collections.max(w), ArrayList(w), w.indexOf('fig'), isinstance(w, AbstractList))",
                ""));
        Outcome o = run(new CompiledModuleCache(dir.resolve("cache")), main.toString());
        assertEquals("", o.err);
        assertEquals("ticks >= 3: True\n['apple', 'fig', 'pear'] pear [apple, fig, pear] 1 True\n", o.out);
        assertEquals(0, o.status);
    }

    private Outcome runIn(Path cwd, String pythonPath, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompiledModuleCache cache = new CompiledModuleCache(dir.resolve("cache"));
        int status = new RunVerb(() -> cache, cwd, pythonPath).run(List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void dashMRunsAPackageMainWithRelativeImportsAfterImportingThePackage() throws IOException {
        write("proj/pkg/__init__.py", "print('init', __name__)\n");
        write("proj/pkg/helper.py", "VALUE = 42\n");
        write("proj/pkg/__main__.py", "import sys\nfrom . import helper\n"
                + "print(__name__, __package__, sys.argv[0].endswith('__main__.py'), sys.argv[1:], helper.VALUE)\n");
        Outcome o = runIn(dir.resolve("proj"), null, "-m", "pkg", "a", "b");
        assertEquals("init pkg\n__main__ pkg True ['a', 'b'] 42\n", o.out);
        assertEquals(0, o.status);
    }

    @Test
    void dashMFindsModulesOnPythonPathAfterTheCurrentDirectory() throws IOException {
        write("lib1/shared.py", "WHERE = 'lib1'\n");
        write("lib2/shared.py", "WHERE = 'lib2'\n");
        write("lib2/tool.py", "import sys, shared\nprint(__name__, shared.WHERE, sys.path[1].endswith('lib1'))\n");
        write("cwd/placeholder.txt", "");
        Outcome o = runIn(dir.resolve("cwd"), "../lib1" + java.io.File.pathSeparator + "../lib2", "-m", "tool");
        assertEquals("__main__ lib1 True\n", o.out);
        assertEquals(0, o.status);
    }

    @Test
    void namespacePackagesSpanSearchPathEntriesAndHaveNoFile() throws IOException {
        write("app/ns/a.py", "A = 1\n");
        write("lib/ns/b.py", "B = 2\n");
        Path main = write("app/main.py", "import ns.a, ns.b\nimport ns\n"
                + "print(ns.a.A + ns.b.B, getattr(ns, '__file__', None), len(ns.__path__), ns.__spec__.origin)\n");
        Outcome o = runIn(dir, "lib", main.toString());
        assertEquals("3 None 2 None\n", o.out);
    }

    @Test
    void importlibImportsRelativelyAndReloadsIntoTheSameModule() throws IOException {
        write("app/pkg/__init__.py", "");
        write("app/pkg/mod.py", "import sys\nCOUNT = getattr(sys.modules.get('pkg.mod'), 'COUNT', 0) + 1\n");
        Path main = write("app/main.py", "import importlib\nm = importlib.import_module('.mod', 'pkg')\n"
                + "print(m.COUNT, importlib.reload(m) is m, m.COUNT, m.__spec__.name)\n"
                + "try:\n    importlib.import_module('.mod')\nexcept TypeError as e:\n    print(e)\n");
        Outcome o = runIn(dir, null, main.toString());
        assertEquals("1 True 2 pkg.mod\nthe 'package' argument is required to perform a relative import for '.mod'\n",
                o.out);
    }

    @Test
    void dashMRefusesAsCPythonDoes() throws IOException {
        write("proj/bare/__init__.py", "");
        Path cwd = dir.resolve("proj");
        assertEquals("weft: No module named nope\n", runIn(cwd, null, "-m", "nope").err);
        assertEquals("weft: No code object available for sys\n", runIn(cwd, null, "-m", "sys").err);
        Outcome bare = runIn(cwd, null, "-m", "bare");
        assertEquals("weft: No module named bare.__main__; 'bare' is a package and cannot be directly executed\n",
                bare.err);
        assertEquals(1, bare.status);
        assertEquals(2, runIn(cwd, null, "-m").status);
    }

    @Test
    void secondRunOfUnchangedFilesCompilesNothing() throws IOException {
        write("helper.py", "X = 1\n");
        Path main = write("app.py", "import helper\nprint(helper.X)\n");
        CompiledModuleCache first = new CompiledModuleCache(dir.resolve("cache"));
        assertEquals("1\n", run(first, main.toString()).out);
        assertEquals(2, first.compiledCount());
        CompiledModuleCache second = new CompiledModuleCache(dir.resolve("cache"));
        assertEquals("1\n", run(second, main.toString()).out);
        assertEquals(0, second.compiledCount());
        write("helper.py", "X = 2\n");
        CompiledModuleCache third = new CompiledModuleCache(dir.resolve("cache"));
        assertEquals("2\n", run(third, main.toString()).out);
        assertEquals(1, third.compiledCount());
    }

    @Test
    void uncaughtExceptionPrintsTracebackAndExitsOne() throws IOException {
        Path main = write("boom.py", "def f():\n    raise ValueError('bad')\n\nf()\n");
        Outcome o = run(new CompiledModuleCache(dir.resolve("cache")), main.toString());
        assertEquals(1, o.status);
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"" + main + "\", line 4, in <module>\n    f()\n    ~^^\n"
                + "  File \"" + main + "\", line 2, in f\n    raise ValueError('bad')\n"
                + "ValueError: bad\n", o.err);
    }

    @Test
    void threadingShutdownRunsAfterTheMainModuleAsInCPython() throws IOException {
        // CPython calls sys.modules['threading']._shutdown() at exit, after the traceback.
        write("threading.py", "def _shutdown():\n    print('threading._shutdown called')\n");
        Path ok = write("fine.py", "import threading\nprint('main done')\n");
        Outcome o = run(new CompiledModuleCache(dir.resolve("cache")), ok.toString());
        assertEquals("main done\nthreading._shutdown called\n", o.out);
        assertEquals(0, o.status);
        Path bad = write("bad.py", "import threading\nraise ValueError('x')\n");
        o = run(new CompiledModuleCache(dir.resolve("cache")), bad.toString());
        assertEquals("threading._shutdown called\n", o.out);
        assertTrue(o.err.endsWith("ValueError: x\n"), o.err);
        assertEquals(1, o.status);
    }

    @Test
    void sysExitCodeIsTheExitStatus() throws IOException {
        Path main = write("quit.py", "import sys\nprint('bye')\nsys.exit(4)\n");
        Outcome o = run(new CompiledModuleCache(dir.resolve("cache")), main.toString());
        assertEquals(4, o.status);
        assertEquals("bye\n", o.out);
    }

    @Test
    void syntaxErrorIsReportedAsCPythonDoes() throws IOException {
        Path main = write("bad.py", "x = (1,\n");
        Outcome o = run(new CompiledModuleCache(dir.resolve("cache")), main.toString());
        assertEquals(1, o.status);
        assertTrue(o.err.contains("SyntaxError: '(' was never closed"), o.err);
        assertTrue(!o.err.contains("at dev.weft"), o.err);
    }

    @Test
    void generatorTooLargeForOneJvmMethodRuns() throws IOException {
        // Split into several methods (unsupported constructs: strConstantWithLoneSurrogatePairIsRefusedNotMerged).
        Path main = write("m.py", "def gen():\n    x = 0\n" + "    x = x + 1\n".repeat(6000)
                + "    yield x\n\nprint(list(gen()))\n");
        Outcome o = run(new CompiledModuleCache(dir.resolve("cache")), main.toString());
        assertEquals("", o.err);
        assertEquals(0, o.status);
        assertEquals("[6000]\n", o.out);
    }

    @Test
    void strConstantWithLoneSurrogatePairIsRefusedNotMerged() throws IOException {
        // Python: two code points; a Java string would hold one astral character (a wrong len()).
        Path main = write("s.py", "print('ok')\ns = '\\ud800' '\\udc00'\nprint(len(s))\n");
        Outcome o = run(new CompiledModuleCache(dir.resolve("cache")), main.toString());
        assertEquals(1, o.status);
        assertEquals("", o.out);
        assertTrue(o.err.contains("NotImplementedError: a str constant with a lone high surrogate followed by a lone low"
                + " surrogate is not supported by weft yet (") && o.err.contains("line 2)"), o.err);
    }

    @Test
    void compileTimeSyntaxErrorsOfAFileAreSyntaxErrors() throws IOException {
        // Errors CPython's code generator raises (not its parser or symbol table).
        Path loop = write("loop.py", "print('never')\nbreak\n");
        Outcome o = run(new CompiledModuleCache(dir.resolve("cache")), loop.toString());
        assertEquals(1, o.status);
        assertEquals("", o.out);
        assertTrue(o.err.endsWith("    break\n    ^^^^^\nSyntaxError: 'break' outside loop\n"), o.err);
        Path params = write("params.py", "def f[T=int, U](): pass\n");
        o = run(new CompiledModuleCache(dir.resolve("cache")), params.toString());
        assertEquals(1, o.status);
        assertTrue(o.err.endsWith("SyntaxError: non-default type parameter 'U' follows default type parameter\n"), o.err);
    }

    @Test
    void missingFileExitsTwo() {
        Outcome o = run(new CompiledModuleCache(dir.resolve("cache")), dir.resolve("nope.py").toString());
        assertEquals(2, o.status);
        assertTrue(o.err.contains("can't open file"), o.err);
    }

    @Test
    void compileWritesClassFilesIncrementally() throws IOException {
        Path src = dir.resolve("src");
        write("src/pkg/__init__.py", "");
        write("src/pkg/mod.py", "Y = 3\n");
        Path outDir = dir.resolve("out");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of(src.toString(), "-d", outDir.toString()));
        int status = new CompileVerb().run(args, new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, status);
        assertTrue(Files.isRegularFile(outDir.resolve("py/pkg/__init__.class")));
        assertTrue(Files.isRegularFile(outDir.resolve("py/pkg/mod.class")));
        assertTrue(out.toString().contains("2 compiled"), out.toString());
        out.reset();
        new CompileVerb().run(args, new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));
        assertTrue(out.toString().contains("0 compiled"), out.toString());
    }

    @Test
    void irVerbPrintsTheModule() throws IOException {
        Path main = write("i.py", "x = 1\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new IrVerb().run(List.of(main.toString()), new PrintStream(out), new PrintStream(out));
        assertEquals(0, status);
        assertTrue(out.toString().startsWith("module i ("), out.toString());
    }
}
