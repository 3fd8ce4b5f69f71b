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
import java.util.ArrayList;
import java.util.List;

/**
 * {@code weft run FILE.py [ARGS...]}: compiles the script (and, on import, the modules next to
 * it or in {@code PYTHONPATH}) and runs it as {@code __main__} with
 * {@code sys.argv = [FILE.py, ARGS...]}; {@code weft run -m MODULE [ARGS...]} finds the module
 * on that path, the current directory first, and runs it (a package's {@code __main__}) as
 * CPython's {@code -m} does. Exit status
 * as CPython's: 0, the {@code sys.exit} code, 1 after an uncaught exception or a compile
 * error, 2 when the file cannot be opened.
 */
final class RunVerb implements Verb {
    private final java.util.function.Supplier<CompiledModuleCache> caches;
    private final Path workingDir;
    private final String pythonPathValue;

    RunVerb() {
        this(CompiledModuleCache::standard);
    }

    /** With the cache to use (tests give a temporary directory). */
    RunVerb(java.util.function.Supplier<CompiledModuleCache> caches) {
        this(caches, Path.of("").toAbsolutePath(), System.getenv("PYTHONPATH"));
    }

    /** With the cache, the current directory ({@code -m} searches it first) and the {@code PYTHONPATH} value. */
    RunVerb(java.util.function.Supplier<CompiledModuleCache> caches, Path workingDir, String pythonPathValue) {
        this.caches = caches;
        this.workingDir = workingDir;
        this.pythonPathValue = pythonPathValue;
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
        if (args.isEmpty() || (args.get(0).equals("-m") && args.size() < 2)) {
            err.println("usage: weft run FILE.py [ARGS...]  |  weft run -m MODULE [ARGS...]");
            return 2;
        }
        boolean asModule = args.get(0).equals("-m");
        // sys.path[0]: the script's directory, or the current directory for -m (as CPython).
        Path first;
        Path script = null;
        if (asModule) {
            first = workingDir;
        } else {
            script = workingDir.resolve(args.get(0)).normalize();
            if (!Files.isRegularFile(script)) {
                err.println("weft: can't open file " + quote(args.get(0)) + ": [Errno 2] No such file or directory");
                return 2;
            }
            first = script.getParent();
        }
        List<Path> searchPath = new ArrayList<>();
        searchPath.add(first);
        searchPath.addAll(pythonPath(pythonPathValue, workingDir));
        CompiledModuleCache cache = caches.get();
        SourceModuleFinder finder = new SourceModuleFinder(searchPath, cache, RunVerb.class.getClassLoader());
        Importer.reset();
        Importer.addFinder(finder);
        Importer.addFinder(dev.weft.embed.JavaInterop.packageFinder());
        String mainModule = null;
        ModuleFinder.ModuleCode main;
        String shownName = asModule ? args.get(1) : args.get(0);
        try {
            if (asModule) {
                String module = args.get(1);
                ModuleTarget target = moduleTarget(module, finder);
                if (target.error() != null) {
                    err.println("weft: " + target.error());
                    return 1;
                }
                main = target.code();
                mainModule = target.moduleName();
            } else {
                main = finder.loadDirect(script, "__main__", false);
            }
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
            err.println("weft: can't open file " + quote(shownName) + ": " + e.getMessage());
            return 2;
        } catch (dev.weft.runtime.exc.PyException e) {
            err.println("weft: " + e.value.type().name() + ": " + Ops.strString(e.value));
            return 1;
        } catch (RuntimeException e) {
            // A compiler bug: reported as a Python SystemError, never as a Java stack trace.
            err.println("SystemError: internal error in the weft compiler: " + e + " (" + shownName + ")");
            return 1;
        }
        PyList path = dev.weft.runtime.modules.sys.SysModule.path();
        for (int i = searchPath.size() - 1; i >= 0; i--) {
            path.insert(0, PyStr.of(searchPath.get(i).toString()));
        }
        String[] argv = (asModule ? args.subList(1, args.size()) : args).toArray(new String[0]);
        if (asModule) {
            argv[0] = main.filename();
        }
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
        // Classes of exec'd source (dataclasses' generated methods...) are kept beside the modules'.
        dev.weft.runtime.compile.RuntimeCompilation.useDiskCache(cache.execDir());
        try {
            return ProgramRunner.run(main, argv, mainModule);
        } finally {
            dev.weft.runtime.compile.RuntimeCompilation.useDiskCache(null);
            flush(newOut);
            flush(newErr);
            StdStreams.setStdout(oldOut);
            StdStreams.setStderr(oldErr);
        }
    }

    /** What {@code -m MODULE} runs: the code and the module it is (a package's {@code __main__}), or CPython's refusal. */
    private record ModuleTarget(ModuleFinder.ModuleCode code, String moduleName, String error) { }

    private static ModuleTarget moduleTarget(String module, SourceModuleFinder finder) throws IOException {
        if (module.isEmpty() || module.startsWith(".") || module.endsWith(".") || module.contains("..")) {
            return new ModuleTarget(null, null, "Relative module names not supported");
        }
        ModuleTarget t = codeOf(module, finder);
        if (t == null) {
            return new ModuleTarget(null, null, dev.weft.runtime.modules.ModuleRegistry.find(module) != null
                    ? "No code object available for " + module : "No module named " + module);
        }
        if (!t.code().isPackage()) {
            return t;
        }
        if (t.code().isNamespace()) {
            return new ModuleTarget(null, null, "No module named " + module + ".__main__; '" + module
                    + "' is a package and cannot be directly executed");
        }
        ModuleTarget inner = codeOf(module + ".__main__", finder);
        if (inner == null) {
            return new ModuleTarget(null, null, "No module named " + module + ".__main__; '" + module
                    + "' is a package and cannot be directly executed");
        }
        return inner;
    }

    /** The code of {@code module} from source (compile errors propagate) or from the other finders. */
    private static ModuleTarget codeOf(String module, SourceModuleFinder finder) throws IOException {
        SourceModuleFinder.Located where = finder.locate(module);
        if (where != null) {
            return new ModuleTarget(finder.loadDirect(where.file(), "__main__", where.isPackage()), module, null);
        }
        ModuleFinder.ModuleCode code = Importer.findCode(module);
        return code == null ? null : new ModuleTarget(code, module, null);
    }

    /** The directories of a {@code PYTHONPATH} value, in order (relative entries against {@code cwd}). */
    static List<Path> pythonPath(String value, Path cwd) {
        List<Path> dirs = new ArrayList<>();
        if (value != null) {
            for (String entry : value.split(java.io.File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    dirs.add(cwd.resolve(entry).normalize());
                }
            }
        }
        return dirs;
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

    private static String quote(String s) {
        return "'" + s.replace("'", "\\'") + "'";
    }
}
