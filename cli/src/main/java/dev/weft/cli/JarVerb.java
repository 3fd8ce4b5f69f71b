package dev.weft.cli;

import dev.weft.backend.build.CompileProblem;
import dev.weft.backend.build.ModuleCompilation;
import dev.weft.backend.build.SourceModule;
import dev.weft.backend.build.SourceTree;
import dev.weft.cli.build.RunnableJarWriter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code weft jar MAIN.py [MORE...] -o app.jar}: compiles MAIN and the other given modules
 * (files are top-level modules; a directory is a source root whose subdirectories are packages)
 * and writes a runnable jar with the runtime and the whole compiled standard library inside:
 * {@code java -jar app.jar ARGS} runs MAIN
 * as {@code __main__}. Every compile error is reported (CPython's format) and no jar is written.
 * The jar also carries the compiler, which the runtime loads only if the program calls
 * {@code exec}, {@code eval} or {@code compile} on source; {@code --no-compiler} leaves it out
 * (those calls then raise NotImplementedError).
 */
final class JarVerb implements Verb {
    private static final String USAGE = "usage: weft jar [--no-compiler] MAIN.py [MODULE.py | SOURCE_DIR]... -o OUT.jar";

    @Override
    public String name() {
        return "jar";
    }

    @Override
    public String summary() {
        return "compile a program into a runnable jar (java -jar OUT.jar)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path jar = null;
        List<Path> inputs = new ArrayList<>();
        boolean withCompiler = true;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--no-compiler")) {
                withCompiler = false;
            } else if (a.equals("-o")) {
                if (i + 1 >= args.size()) {
                    err.println("weft jar: -o needs a file name");
                    return 2;
                }
                jar = Path.of(args.get(++i));
            } else if (a.startsWith("-")) {
                err.println("weft jar: unknown option " + a);
                err.println(USAGE);
                return 2;
            } else {
                inputs.add(Path.of(a));
            }
        }
        if (jar == null || inputs.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        Path main = inputs.get(0).toAbsolutePath().normalize();
        if (!Files.isRegularFile(main) || !main.getFileName().toString().endsWith(".py")) {
            err.println("weft: can't open file '" + inputs.get(0) + "': [Errno 2] No such file or directory");
            return 2;
        }
        // Module name → source; the first source of a module wins, as on sys.path.
        Map<String, SourceModule> modules = new LinkedHashMap<>();
        String mainModule = null;
        for (Path in : inputs.subList(1, inputs.size())) {
            Path abs = in.toAbsolutePath().normalize();
            try {
                for (SourceModule m : collect(abs)) {
                    modules.putIfAbsent(m.internalClassName(), m);
                    if (m.file().equals(main)) {
                        mainModule = m.module();
                    }
                }
            } catch (IOException e) {
                err.println("weft: can't open file '" + in + "': [Errno 2] No such file or directory");
                return 2;
            }
        }
        if (mainModule == null) {
            SourceModule m = SourceModule.of(main, main.getFileName().toString());
            if (m == null) {
                // A script whose name is no module name (my-app.py) can still be the main module.
                m = new SourceModule(main, main.getFileName().toString(), "__main__", false);
            }
            modules.putIfAbsent(m.internalClassName(), m);
            mainModule = m.module();
        }
        RunnableJarWriter writer = new RunnableJarWriter(mainModule);
        List<CompileProblem> problems = new ArrayList<>();
        for (ModuleCompilation.Result r : ModuleCompilation.compileAll(List.copyOf(modules.values()), null)) {
            if (r.ok()) {
                writer.addClass(r.classFile().internalName(), r.classFile().bytes());
                for (dev.weft.backend.ModuleCompiler.ClassFile javaClass : r.javaClasses()) {
                    writer.addClass(javaClass.internalName(), javaClass.bytes());
                }
            } else {
                problems.add(r.problem());
            }
        }
        if (!problems.isEmpty()) {
            for (CompileProblem p : problems) {
                err.print(p.pythonReport());
            }
            err.println("weft jar: " + problems.size() + " module(s) failed to compile; no jar written");
            return 1;
        }
        try {
            writer.addRuntime();
            writer.addStdlib();
            if (withCompiler) {
                writer.addRuntimeCompiler();
            }
            writer.write(jar);
        } catch (IOException | RuntimeException e) {
            err.println("weft jar: cannot write " + jar + ": " + e.getMessage());
            return 2;
        }
        return 0;
    }

    private static List<SourceModule> collect(Path in) throws IOException {
        if (Files.isRegularFile(in)) {
            SourceModule m = SourceModule.of(in, in.getFileName().toString());
            return m == null ? List.of() : List.of(m);
        }
        if (!Files.isDirectory(in)) {
            throw new IOException("no such file");
        }
        return new SourceTree(in, null, null).modules();
    }
}
