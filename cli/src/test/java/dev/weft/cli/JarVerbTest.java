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
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JarVerbTest {
    @TempDir
    Path dir;

    private record Outcome(int status, String out, String err) { }

    private Outcome jar(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new JarVerb().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static Outcome javaJar(Path jar, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Outcome(p.waitFor(), out, err);
    }

    @Test
    void theJarRunsMainAsDunderMainWithTheOtherModulesImportableAndCPythonExitStatus() throws Exception {
        Path main = write("app/main.py", String.join("\n",
                "import sys",
                "from util import double",
                "from pkg.names import NAME",
                "print(__name__, double(21), NAME, sys.argv[1:])",
                "if sys.argv[1:] == ['fail']:",
                "    raise ValueError('bad input')",
                "sys.exit(len(sys.argv) - 1)", ""));
        Path util = write("app/util.py", "def double(x):\n    return 2 * x\n");
        write("lib/pkg/__init__.py", "");
        write("lib/pkg/names.py", "NAME = 'weft'\n");
        Path jar = dir.resolve("out/app.jar");
        Outcome built = jar("--no-compiler", main.toString(), util.toString(), dir.resolve("lib").toString(), "-o",
                jar.toString());
        assertEquals(0, built.status, built.err);

        try (JarFile jf = new JarFile(jar.toFile())) {
            assertEquals("dev.weft.embed.Launcher", jf.getManifest().getMainAttributes().getValue("Main-Class"));
            assertEquals("main", jf.getManifest().getMainAttributes().getValue("Weft-Main-Module"));
            assertNotNull(jf.getEntry("py/main.class"));
            assertNotNull(jf.getEntry("py/pkg/__init__.class"));
            assertNotNull(jf.getEntry("dev/weft/runtime/core/PyObject.class"));
            assertTrue(jf.stream().noneMatch(e -> e.getName().startsWith("dev/weft/backend/")),
                    "with --no-compiler, the compiler is not packaged");
        }

        Outcome run = javaJar(jar, "a", "b");
        assertEquals("__main__ 42 weft ['a', 'b']\n", run.out);
        assertEquals(2, run.status);

        Outcome failed = javaJar(jar, "fail");
        assertEquals(1, failed.status);
        assertTrue(failed.err.startsWith("Traceback (most recent call last):\n  File \"main.py\", line 6, in <module>\n"),
                failed.err);
        assertTrue(failed.err.endsWith("ValueError: bad input\n"), failed.err);
    }

    @Test
    void theJarCarriesTheCompilerForExecAndEvalUnlessToldNotTo() throws Exception {
        Path main = write("calc.py", "print(eval('6 * 7'))\nexec('def f(x):\\n    return x + 1\\nprint(f(1))')\n");
        Path jar = dir.resolve("calc.jar");
        assertEquals(0, jar(main.toString(), "-o", jar.toString()).status);
        try (JarFile jf = new JarFile(jar.toFile())) {
            assertNotNull(jf.getEntry("META-INF/services/dev.weft.runtime.compile.CodeCompiler"));
            assertNotNull(jf.getEntry("dev/weft/backend/SourceCompiler.class"));
        }
        Outcome run = javaJar(jar);
        assertEquals("42\n2\n", run.out, run.err);
        assertEquals(0, run.status);

        Path bare = dir.resolve("bare.jar");
        assertEquals(0, jar("--no-compiler", main.toString(), "-o", bare.toString()).status);
        Outcome failed = javaJar(bare);
        assertEquals(1, failed.status);
        assertTrue(failed.err.endsWith("NotImplementedError: eval() needs the Weft compiler at run time, and it is not on "
                + "the class path (add the weft-runtime-compiler artifact and its dependencies)\n"), failed.err);
    }

    @Test
    void aScriptWhoseNameIsNoModuleNameIsStillTheMainModule() throws Exception {
        Path main = write("my-app.py", "print(__name__, __file__)\n");
        Path jar = dir.resolve("my-app.jar");
        assertEquals(0, jar(main.toString(), "-o", jar.toString()).status);
        Outcome run = javaJar(jar);
        assertEquals("__main__ my-app.py\n", run.out);
        assertEquals(0, run.status);
    }

    @Test
    void compileErrorsOfEveryModuleAreReportedAndNoJarIsWritten() throws IOException {
        Path main = write("main.py", "import other\nprint(1\n");
        Path other = write("other.py", "def f(:\n    pass\n");
        Path jar = dir.resolve("app.jar");
        Outcome o = jar(main.toString(), other.toString(), "-o", jar.toString());
        assertEquals(1, o.status);
        assertTrue(o.err.contains("File \"" + main.toAbsolutePath() + "\", line 2"), o.err);
        assertTrue(o.err.contains("SyntaxError: '(' was never closed"), o.err);
        assertTrue(o.err.contains("File \"" + other.toAbsolutePath() + "\", line 1"), o.err);
        assertTrue(o.err.contains("SyntaxError: invalid syntax"), o.err);
        assertFalse(Files.exists(jar));
    }

    @Test
    void usageErrorsExitWithStatusTwo() {
        assertEquals(2, jar("main.py").status);
        assertEquals(2, jar(dir.resolve("missing.py").toString(), "-o", dir.resolve("x.jar").toString()).status);
    }
}
