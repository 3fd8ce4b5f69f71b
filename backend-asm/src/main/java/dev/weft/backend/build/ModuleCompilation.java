package dev.weft.backend.build;

import dev.weft.backend.BackendLimitError;
import dev.weft.backend.ModuleCompiler;
import dev.weft.backend.SourceCompiler;
import dev.weft.frontend.error.PythonSyntaxError;
import dev.weft.ir.lower.UnsupportedConstructError;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Compiles one {@link SourceModule}; every compiler failure becomes a {@link CompileProblem}. */
public final class ModuleCompilation {
    private ModuleCompilation() { }

    /** The outcome: a class, or the problem that prevented it. */
    public record Result(SourceModule source, ModuleCompiler.ClassFile classFile, CompileProblem problem,
                         List<ModuleCompiler.ClassFile> javaClasses) {
        public Result(SourceModule source, ModuleCompiler.ClassFile classFile, CompileProblem problem) {
            this(source, classFile, problem, List.of());
        }

        public boolean ok() {
            return problem == null;
        }
    }

    /** Stack size of compiler threads: deeply nested source needs more than a default thread has. */
    private static final long COMPILER_STACK = 16L << 20;

    /**
     * Compiles modules on up to one thread per processor (the compiler is deterministic and
     * thread-safe), each with a large stack; results are in the order of {@code modules}.
     * {@code sources} gives each module's bytes (null: read the file).
     */
    public static List<Result> compileAll(List<SourceModule> modules, List<byte[]> sources) {
        int n = modules.size();
        Result[] results = new Result[n];
        int threads = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors()));
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                byte[] src = sources == null ? null : sources.get(i);
                results[i] = src == null ? compile(modules.get(i)) : compile(modules.get(i), src);
            }
        };
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(null, worker, "weft-compiler-" + t, COMPILER_STACK);
            th.setDaemon(true);
            th.start();
            started.add(th);
        }
        for (Thread th : started) {
            boolean interrupted = false;
            while (true) {
                try {
                    th.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return List.of(results);
    }

    public static Result compile(SourceModule m) {
        byte[] source;
        try {
            source = Files.readAllBytes(m.file());
        } catch (IOException e) {
            return failed(m, 0, 0, "OSError", "cannot read the file: " + e.getMessage(), null);
        }
        return compile(m, source);
    }

    /**
     * Compiles {@code source} as module {@code m}. The class records {@code m.compiledFileName()}
     * as its file name; problems name the real file.
     */
    public static Result compile(SourceModule m, byte[] source) {
        try {
            SourceCompiler.Compiled c = SourceCompiler.compileWithJavaClasses(source, m.compiledFileName(), m.module(),
                    m.isPackage(), m.classPrefix());
            return new Result(m, c.module(), null, c.javaClasses());
        } catch (dev.weft.backend.facade.JavaFacadeError e) {
            return failed(m, e.line(), 0, "TypeError", e.getMessage(), null);
        } catch (PythonSyntaxError e) {
            PythonSyntaxError real = new PythonSyntaxError(e.type, e.msg, m.file().toString(), e.lineno, e.offset,
                    e.endLineno, e.endOffset, e.text);
            return new Result(m, null,
                    new CompileProblem(m.file(), e.lineno, e.offset, e.type, e.msg, real.format()));
        } catch (UnsupportedConstructError e) {
            String msg = e.construct + " is not supported by weft yet";
            return failed(m, e.lineno, 0, "NotImplementedError", msg, null);
        } catch (BackendLimitError e) {
            String msg = e.getMessage() + " is not supported by weft yet";
            return failed(m, e.line(), 0, "NotImplementedError", msg, null);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(m, 0, 0, "SystemError", "internal error in the weft compiler: " + e, null);
        }
    }

    private static Result failed(SourceModule m, int line, int column, String type, String msg, String report) {
        String text = report != null ? report
                : type + ": " + msg + " (" + m.file() + (line > 0 ? ", line " + line : "") + ")\n";
        return new Result(m, null, new CompileProblem(m.file(), line, column, type, msg, text));
    }
}
