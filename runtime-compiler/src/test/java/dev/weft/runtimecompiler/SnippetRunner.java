package dev.weft.runtimecompiler;

import dev.weft.backend.ModuleCompiler;
import dev.weft.backend.SourceCompiler;
import dev.weft.runtime.imp.CompiledModuleFinder;
import dev.weft.runtime.imp.Importer;
import dev.weft.runtime.io.PyFile;
import dev.weft.runtime.io.StdStreams;
import dev.weft.runtime.link.ProgramRunner;
import dev.weft.runtime.ops.Ops;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Compiles a Python program as {@code __main__} and runs it in-process, capturing stdout and stderr. */
final class SnippetRunner {
    record Result(String stdout, String stderr, int exitCode) { }

    private SnippetRunner() { }

    static synchronized Result run(String source) {
        ModuleCompiler.ClassFile cf = SourceCompiler.compile(source.getBytes(StandardCharsets.UTF_8), "/snippets/main.py",
                "__main__", false);
        Class<?> c = new ClassLoader(SnippetRunner.class.getClassLoader()) {
            Class<?> define() {
                return defineClass(cf.internalName().replace('/', '.'), cf.bytes(), 0, cf.bytes().length);
            }
        }.define();
        Importer.reset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PyFile outFile = PyFile.textStream("<stdout>", null, out);
        PyFile errFile = PyFile.textStream("<stderr>", null, err);
        var oldOut = StdStreams.stdout();
        var oldErr = StdStreams.stderr();
        StdStreams.setStdout(outFile);
        StdStreams.setStderr(errFile);
        int status;
        try {
            status = ProgramRunner.run(CompiledModuleFinder.codeOf(c, false), new String[] {"/snippets/main.py"});
            Ops.callMethod(outFile, "flush");
            Ops.callMethod(errFile, "flush");
        } finally {
            StdStreams.setStdout(oldOut);
            StdStreams.setStderr(oldErr);
        }
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    /** Runs {@code source} and returns its stdout, failing with stderr if it did not exit cleanly. */
    static String stdout(String source) {
        Result r = run(source);
        if (r.exitCode() != 0) {
            throw new AssertionError("program failed with status " + r.exitCode() + ":\n" + r.stderr());
        }
        return r.stdout();
    }
}
