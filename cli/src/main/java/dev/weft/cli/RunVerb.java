package dev.weft.cli;

import dev.weft.backend.BackendLimitError;
import dev.weft.frontend.error.PythonSyntaxError;
import dev.weft.ir.lower.UnsupportedConstructError;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.imp.Importer;
import dev.weft.runtime.io.PyFile;
import dev.weft.runtime.io.StdStreams;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.imp.ModuleFinder;
import dev.weft.runtime.link.ProgramRunner;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyStr;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code weft run FILE.py [ARGS...]}: compiles the script (and, on import, the modules next to
 * it) and runs it as {@code __main__} with {@code sys.argv = [FILE.py, ARGS...]}. Exit status
 * as CPython's: 0, the {@code sys.exit} code, 1 after an uncaught exception or a compile
 * error, 2 when the file cannot be opened.
 */
final class RunVerb implements Verb {
    private final java.util.function.Supplier<CompiledModuleCache> caches;

    RunVerb() {
        this(CompiledModuleCache::standard);
    }

    /** With the cache to use (tests give a temporary directory). */
    RunVerb(java.util.function.Supplier<CompiledModuleCache> caches) {
        this.caches = caches;
    }

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "compile and run a Python program";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("usage: weft run FILE.py [ARGS...]");
            return 2;
        }
        Path script = Path.of(args.get(0)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(script)) {
            err.println("weft: can't open file " + quote(args.get(0)) + ": [Errno 2] No such file or directory");
            return 2;
        }
        CompiledModuleCache cache = caches.get();
        SourceModuleFinder finder = new SourceModuleFinder(script.getParent(), cache, RunVerb.class.getClassLoader());
        ModuleFinder.ModuleCode main;
        try {
            main = compileMain(script, cache, finder);
        } catch (PythonSyntaxError e) {
            err.print(e.format());
            return 1;
        } catch (UnsupportedConstructError e) {
            err.println(e.pythonMessage());
            return 1;
        } catch (BackendLimitError e) {
            err.println(e.format());
            return 1;
        } catch (IOException e) {
            err.println("weft: can't open file " + quote(args.get(0)) + ": " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            // A compiler bug: reported as a Python SystemError, never as a Java stack trace.
            err.println("SystemError: internal error in the weft compiler: " + e + " (" + script + ")");
            return 1;
        }
        Importer.reset();
        Importer.addFinder(finder);
        Importer.addFinder(dev.weft.embed.JavaInterop.packageFinder());
        PyList path = dev.weft.runtime.modules.sys.SysModule.path();
        path.insert(0, PyStr.of(script.getParent().toString()));
        String[] argv = args.toArray(new String[0]);
        // The verb's streams become sys.stdout/sys.stderr unless they are the process's own.
        PyObject oldOut = StdStreams.stdout();
        PyObject oldErr = StdStreams.stderr();
        PyFile newOut = out == System.out ? null : PyFile.textStream("<stdout>", null, out);
        PyFile newErr = err == System.err ? null : PyFile.textStream("<stderr>", null, err);
        if (newOut != null) {
            StdStreams.setStdout(newOut);
        }
        if (newErr != null) {
            StdStreams.setStderr(newErr);
        }
        try {
            return ProgramRunner.run(main, argv);
        } finally {
            flush(newOut);
            flush(newErr);
            StdStreams.setStdout(oldOut);
            StdStreams.setStderr(oldErr);
        }
    }

    private static void flush(PyFile f) {
        if (f != null) {
            try {
                Ops.callMethod(f, "flush");
            } catch (RuntimeException e) {
                // a closed stream: nothing left to write
            }
        }
    }

    private static ModuleFinder.ModuleCode compileMain(Path script, CompiledModuleCache cache, SourceModuleFinder finder)
            throws IOException {
        return finder.loadDirect(script, "__main__", false);
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "\\'") + "'";
    }
}
