package dev.weft.cli.build;

import dev.weft.backend.BackendLimitError;
import dev.weft.backend.ModuleCompiler;
import dev.weft.backend.SourceCompiler;
import dev.weft.frontend.error.PythonSyntaxError;
import dev.weft.ir.lower.UnsupportedConstructError;

import java.io.IOException;
import java.nio.file.Files;

/** Compiles one {@link SourceModule}; every compiler failure becomes a {@link CompileProblem}. */
public final class ModuleCompilation {
    private ModuleCompilation() { }

    /** The outcome: a class, or the problem that prevented it. */
    public record Result(SourceModule source, ModuleCompiler.ClassFile classFile, CompileProblem problem) {
        public boolean ok() {
            return problem == null;
        }
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
     * Compiles {@code source} as module {@code m}. The class records {@code m.relativePath()}
     * as its file name; problems name the real file.
     */
    public static Result compile(SourceModule m, byte[] source) {
        try {
            ModuleCompiler.ClassFile cf = SourceCompiler.compile(source, m.relativePath(), m.module(), m.isPackage());
            return new Result(m, cf, null);
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
