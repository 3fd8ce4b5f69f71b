package dev.weft.backend;

import dev.weft.runtime.imp.CompiledModuleFinder;
import dev.weft.runtime.imp.Importer;
import dev.weft.runtime.imp.ModuleFinder;
import dev.weft.runtime.io.PyFile;
import dev.weft.runtime.io.StdStreams;
import dev.weft.runtime.link.ProgramRunner;
import dev.weft.runtime.ops.Ops;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compiles and runs a Python program in-process: the main file and the modules it imports
 * from its directory (compiled on first import), every generated class checked by ASM's
 * CheckClassAdapter, stdout and stderr captured.
 */
final class ProgramHarness {
    record Result(String stdout, String stderr, int exitCode) { }

    private ProgramHarness() { }

    static synchronized Result run(Path mainFile, String... args) throws IOException {
        Path dir = mainFile.toAbsolutePath().getParent();
        GeneratedClassLoader loader = new GeneratedClassLoader(ProgramHarness.class.getClassLoader());
        Importer.reset();
        Importer.addFinder(name -> {
            Path pkg = dir.resolve(name.replace('.', '/')).resolve("__init__.py");
            Path mod = dir.resolve(name.replace('.', '/') + ".py");
            boolean isPackage = Files.isRegularFile(pkg);
            Path file = isPackage ? pkg : mod;
            if (!Files.isRegularFile(file)) {
                return null;
            }
            ModuleCompiler.ClassFile cf = compileChecked(file, name, isPackage);
            loader.add(cf);
            return new CompiledModuleFinder(loader).find(name);
        });
        ModuleCompiler.ClassFile main = compileChecked(mainFile.toAbsolutePath(), moduleName(mainFile), false);
        loader.add(main);
        ModuleFinder.ModuleCode code;
        try {
            code = CompiledModuleFinder.codeOf(loader.loadClass(main.internalName().replace('/', '.')), false);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
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
            String[] argv = new String[args.length + 1];
            argv[0] = mainFile.toAbsolutePath().toString();
            System.arraycopy(args, 0, argv, 1, args.length);
            status = ProgramRunner.run(code, argv);
            Ops.callMethod(outFile, "flush");
            Ops.callMethod(errFile, "flush");
        } finally {
            StdStreams.setStdout(oldOut);
            StdStreams.setStderr(oldErr);
        }
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    static String moduleName(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".py") ? n.substring(0, n.length() - 3) : n;
    }

    static ModuleCompiler.ClassFile compileChecked(Path file, String moduleName, boolean isPackage) {
        byte[] source;
        try {
            source = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ModuleCompiler.ClassFile cf = SourceCompiler.compile(source, file.toString(), moduleName, isPackage);
        check(cf);
        return cf;
    }

    /** ASM's CheckClassAdapter: structural checks plus data-flow verification of every method. */
    static void check(ModuleCompiler.ClassFile cf) {
        StringWriter sw = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(cf.bytes()), ProgramHarness.class.getClassLoader(), false,
                new PrintWriter(sw));
        if (!sw.toString().isEmpty()) {
            throw new AssertionError("generated class " + cf.internalName() + " does not verify:\n" + sw);
        }
    }
}
