package dev.weft.cli;

import dev.weft.backend.BackendLimitError;
import dev.weft.backend.ModuleCompiler;
import dev.weft.backend.SourceCompiler;
import dev.weft.frontend.error.PythonSyntaxError;
import dev.weft.ir.lower.UnsupportedConstructError;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code weft compile FILES_OR_DIRS... -d OUTDIR}: compiles Python files to class files under
 * OUTDIR (module {@code a.b} → {@code OUTDIR/py/a/b.class}). A file argument is a top-level
 * module; a directory argument is a source root whose subdirectories are packages.
 * Incremental: a class not older than its source is kept (as make does: equal times happen
 * when both are written within one tick of the file system clock).
 */
final class CompileVerb implements Verb {
    @Override
    public String name() {
        return "compile";
    }

    @Override
    public String summary() {
        return "compile Python files or source trees to JVM class files";
    }

    private record Unit(Path file, String module, boolean isPackage) { }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path outDir = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("-d")) {
                if (i + 1 >= args.size()) {
                    err.println("weft compile: -d needs a directory");
                    return 2;
                }
                outDir = Path.of(args.get(++i));
            } else {
                inputs.add(Path.of(args.get(i)));
            }
        }
        if (outDir == null || inputs.isEmpty()) {
            err.println("usage: weft compile FILES_OR_DIRS... -d OUTDIR");
            return 2;
        }
        List<Unit> units = new ArrayList<>();
        for (Path in : inputs) {
            try {
                collect(in, units);
            } catch (IOException e) {
                err.println("weft: can't open file '" + in + "': [Errno 2] No such file or directory");
                return 2;
            }
        }
        int status = 0;
        int written = 0;
        for (Unit u : units) {
            try {
                Path target = outDir.resolve(dev.weft.backend.ClassNaming.moduleClass(u.module, u.isPackage) + ".class");
                FileTime src = Files.getLastModifiedTime(u.file);
                if (Files.isRegularFile(target) && Files.getLastModifiedTime(target).compareTo(src) >= 0) {
                    continue;
                }
                byte[] source = Files.readAllBytes(u.file);
                SourceCompiler.Compiled c = SourceCompiler.compileWithJavaClasses(source,
                        u.file.toAbsolutePath().toString(), u.module, u.isPackage, dev.weft.backend.ClassNaming.PREFIX);
                Files.createDirectories(target.getParent());
                Files.write(target, c.module().bytes());
                for (ModuleCompiler.ClassFile javaClass : c.javaClasses()) {
                    Path p = outDir.resolve(javaClass.internalName() + ".class");
                    Files.createDirectories(p.getParent());
                    Files.write(p, javaClass.bytes());
                }
                written++;
            } catch (dev.weft.backend.facade.JavaFacadeError e) {
                err.println("TypeError: " + e.getMessage() + " (" + u.file + ", line " + e.line() + ")");
                status = Math.max(status, 1);
            } catch (IOException e) {
                err.println("weft: " + u.file + ": " + e.getMessage());
                status = Math.max(status, 2);
            } catch (PythonSyntaxError e) {
                err.print(e.format());
                status = Math.max(status, 1);
            } catch (UnsupportedConstructError e) {
                err.println(e.pythonMessage());
                status = Math.max(status, 1);
            } catch (BackendLimitError e) {
                err.println(e.format());
                status = Math.max(status, 1);
            } catch (RuntimeException e) {
                err.println("SystemError: internal error in the weft compiler: " + e + " (" + u.file + ")");
                status = Math.max(status, 1);
            }
        }
        out.println("weft compile: " + written + " compiled, " + (units.size() - written) + " up to date or failed");
        return status;
    }

    private static void collect(Path in, List<Unit> units) throws IOException {
        if (Files.isRegularFile(in)) {
            units.add(new Unit(in, in.getFileName().toString().replaceAll("\\.py$", ""), false));
            return;
        }
        if (!Files.isDirectory(in)) {
            throw new IOException("no such file");
        }
        try (Stream<Path> s = Files.walk(in)) {
            s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().forEach(p -> {
                Path rel = in.relativize(p);
                String dotted = rel.toString().replace('\\', '/').replaceAll("\\.py$", "").replace('/', '.');
                boolean isPackage = dotted.equals("__init__") || dotted.endsWith(".__init__");
                if (isPackage) {
                    dotted = dotted.equals("__init__") ? "" : dotted.substring(0, dotted.length() - ".__init__".length());
                }
                if (!dotted.isEmpty()) {
                    units.add(new Unit(p, dotted, isPackage));
                }
            });
        }
    }
}
