package dev.weft.runtime.link;

import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.imp.Importer;
import dev.weft.runtime.imp.ModuleFinder;
import dev.weft.runtime.modules.Lifecycle;

import java.util.Arrays;

/**
 * Runs a program's main module as {@code __main__} the way CPython's interpreter does: sets
 * {@code sys.argv}, runs the body, reports an uncaught exception through {@code sys.excepthook}
 * (SystemExit gives its code), then waits for non-daemon threads, runs the {@code atexit}
 * handlers and flushes the streams ({@link Lifecycle}). No Java exception escapes.
 */
public final class ProgramRunner {
    private ProgramRunner() { }

    /** Runs {@code main} with {@code argv} ({@code argv[0]} is the script) and returns the exit status. */
    public static int run(ModuleFinder.ModuleCode main, String[] argv) {
        return run(main, argv, null);
    }

    /**
     * As {@link #run(ModuleFinder.ModuleCode, String[])}; with {@code mainModule} non-null the
     * code is that module, run as {@code -m} runs one: its package is imported first and is the
     * main module's {@code __package__}.
     */
    public static int run(ModuleFinder.ModuleCode main, String[] argv, String mainModule) {
        Lifecycle.start(argv.length == 0 ? "" : argv[0],
                argv.length == 0 ? new String[0] : Arrays.copyOfRange(argv, 1, argv.length));
        PyException uncaught = null;
        try {
            if (mainModule == null) {
                Importer.runAsModule("__main__", main);
            } else {
                Importer.runAsMain(main, mainModule);
            }
        } catch (Throwable t) {
            uncaught = asPython(t);
        }
        return Lifecycle.finish(uncaught);
    }

    private static PyException asPython(Throwable t) {
        try {
            return Errors.wrap(t);
        } catch (Throwable again) {
            System.err.println("Fatal error in the weft runtime: " + t);
            return Errors.wrap(new IllegalStateException(String.valueOf(t)));
        }
    }
}
