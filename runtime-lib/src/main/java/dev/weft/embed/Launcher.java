package dev.weft.embed;

import dev.weft.runtime.imp.CompiledModuleFinder;
import dev.weft.runtime.imp.Importer;
import dev.weft.runtime.imp.ModuleFinder;
import dev.weft.runtime.imp.ModuleClassNames;
import dev.weft.runtime.modules.sys.SysModule;
import dev.weft.runtime.link.ProgramRunner;
import dev.weft.runtime.types.PyStr;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * Main class of a runnable jar made by {@code weft jar} or the Maven plugin: runs the compiled
 * module named by the manifest attribute {@value #MAIN_MODULE_ATTRIBUTE} as {@code __main__}
 * (as {@code python -m MODULE} would), with every other compiled module on the class path
 * importable, and exits with CPython's status (0, the {@code sys.exit} code, 1 after an
 * uncaught exception). {@code sys.argv[0]} is the jar's path, as for a Python zip application.
 *
 * <p>Without a jar, {@code java -cp CLASSES:weft-runtime.jar dev.weft.embed.Launcher -m MODULE
 * ARGS...} runs a module directly.
 *
 * <p>The program runs on a thread with a 16 MB stack (a manifest cannot set {@code -Xss}), so
 * that Python's default recursion limit is reachable before the JVM's stack is exhausted.
 */
public final class Launcher {
    /** The manifest attribute naming the main module (dotted name, e.g. {@code app.cli}). */
    public static final String MAIN_MODULE_ATTRIBUTE = "Weft-Main-Module";

    private static final long MAIN_THREAD_STACK = 16L << 20;

    private Launcher() { }

    public static void main(String[] args) {
        String module;
        String[] argv;
        if (args.length >= 2 && args[0].equals("-m")) {
            module = args[1];
            argv = new String[args.length - 1];
            argv[0] = module;
            System.arraycopy(args, 2, argv, 1, args.length - 2);
        } else {
            module = mainModuleFromManifest();
            if (module == null) {
                System.err.println("weft: no main module: the jar's manifest has no " + MAIN_MODULE_ATTRIBUTE
                        + " attribute (usage: java -cp ... dev.weft.embed.Launcher -m MODULE [ARGS...])");
                System.exit(2);
                return;
            }
            argv = new String[args.length + 1];
            argv[0] = programPath();
            System.arraycopy(args, 0, argv, 1, args.length);
        }
        int[] status = {0};
        Thread main = new Thread(null, () -> status[0] = run(module, argv), "MainThread", MAIN_THREAD_STACK);
        main.start();
        try {
            main.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status[0] = 1;
        }
        System.exit(status[0]);
    }

    /** Runs compiled module {@code module} as {@code __main__} with {@code sys.argv = argv}; returns the exit status. */
    public static int run(String module, String[] argv) {
        ClassLoader loader = Launcher.class.getClassLoader();
        ModuleFinder finder = new CompiledModuleFinder(loader);
        ModuleFinder.ModuleCode code = finder.find(module);
        if (code == null) {
            // python -m reports a missing module this way, with status 1.
            System.err.println("weft: No module named " + module + " (no compiled class "
                    + ModuleClassNames.moduleClass(module) + " on the class path)");
            return 1;
        }
        Importer.addFinder(finder);
        Importer.addFinder(JavaInterop.packageFinder());
        // As for a zip application, sys.path[0] is the archive.
        SysModule.path().insert(0, PyStr.of(argv[0]));
        return ProgramRunner.run(code, argv);
    }

    private static String mainModuleFromManifest() {
        try {
            Enumeration<URL> manifests = Launcher.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                try (InputStream in = manifests.nextElement().openStream()) {
                    Attributes main = new Manifest(in).getMainAttributes();
                    String value = main.getValue(MAIN_MODULE_ATTRIBUTE);
                    if (value != null && !value.isBlank()) {
                        return value.trim();
                    }
                }
            }
        } catch (IOException e) {
            // an unreadable manifest: reported as a missing main module
        }
        return null;
    }

    /** The jar (or class directory) this program was started from, as {@code sys.argv[0]}. */
    private static String programPath() {
        try {
            return Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (Exception e) {
            return "";
        }
    }
}
