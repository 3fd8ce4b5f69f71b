package dev.weft.runtime.imp;

import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the modules of Weft's compiled standard library (the weft-stdlib jar) on a class
 * path: classes under {@link ModuleClassNames#STDLIB_PREFIX}. A library module the build could
 * not compile is listed in the jar's {@link ModuleClassNames#STDLIB_REPORT}; importing it
 * raises the error its compilation gave (e.g. {@code NotImplementedError: ... is not supported
 * by weft yet (weft-stdlib/foo.py, line 12)}), not ModuleNotFoundError, so the reason is seen.
 * Without the jar on the class path, this finder finds nothing.
 */
public final class StdlibFinder implements ModuleFinder {
    private final ClassLoader loader;
    private final CompiledModuleFinder classes;
    /** The modules that failed to compile, read from the report on first use. */
    private volatile Map<String, Failure> failures;

    /** One module the library build could not compile. */
    record Failure(String module, boolean isPackage, String file, int line, String type, String message) {
        String describe() {
            return message + " (" + file + (line > 0 ? ", line " + line : "") + ")";
        }
    }

    public StdlibFinder(ClassLoader loader) {
        this.loader = loader;
        this.classes = new CompiledModuleFinder(loader, ModuleClassNames.STDLIB_PREFIX);
    }

    @Override
    public ModuleCode find(String fullName) {
        ModuleCode code = classes.find(fullName);
        if (code != null) {
            return code;
        }
        Failure f = failures().get(fullName);
        if (f == null) {
            return null;
        }
        return new ModuleCode(f.file(), f.isPackage(), globals -> {
            throw Errors.make(errorType(f.type()), "%s", f.describe());
        });
    }

    /** Whether the standard library jar is on this finder's class path. */
    public boolean present() {
        return loader.getResource(ModuleClassNames.STDLIB_REPORT) != null;
    }

    private Map<String, Failure> failures() {
        Map<String, Failure> m = failures;
        if (m == null) {
            m = readReport();
            failures = m;
        }
        return m;
    }

    /**
     * The report's lines are {@code status TAB module TAB kind TAB file TAB line TAB type TAB
     * message}; status {@code ok} or {@code failed}, kind {@code package} or {@code module};
     * lines starting with {@code #} are comments.
     */
    private Map<String, Failure> readReport() {
        Map<String, Failure> out = new HashMap<>();
        try (InputStream in = loader.getResourceAsStream(ModuleClassNames.STDLIB_REPORT)) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", 7);
                if (line.startsWith("#") || f.length != 7 || !f[0].equals("failed")) {
                    continue;
                }
                int lineno;
                try {
                    lineno = Integer.parseInt(f[4]);
                } catch (NumberFormatException e) {
                    lineno = 0;
                }
                out.put(f[1], new Failure(f[1], f[2].equals("package"), f[3], lineno, f[5], f[6]));
            }
        } catch (IOException e) {
            // an unreadable report: failed modules are then simply not found
        }
        return out;
    }

    private static PyType errorType(String name) {
        return switch (name) {
            case "NotImplementedError" -> ExceptionTypes.NotImplementedError;
            case "SyntaxError" -> ExceptionTypes.SyntaxError;
            case "IndentationError" -> ExceptionTypes.IndentationError;
            case "TabError" -> ExceptionTypes.TabError;
            default -> ExceptionTypes.SystemError;
        };
    }
}
