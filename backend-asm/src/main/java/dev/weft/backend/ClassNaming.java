package dev.weft.backend;

import dev.weft.ir.IrFunction;

import java.util.HashSet;
import java.util.Set;

/**
 * Names of generated classes and methods. Module {@code a.b} is class {@code py/a/b};
 * package {@code a} (its {@code __init__.py}) is {@code py/a/__init__} (the runtime's
 * importer looks them up by the same rule). Modules of Weft's compiled standard library
 * (the {@code weft-stdlib} jar) live under their own prefix, {@code pystdlib/}, so that a
 * program's own {@code json.py} and the library's {@code json} can share one class path. A Python function becomes a static method named
 * {@code name$N} ({@code N} unique in the class); names in angle brackets, which JVM method
 * names cannot hold, become {@code $module$N}, {@code $lambda$N}, {@code $genexpr$N}. The
 * runtime recovers the Python name from these for tracebacks.
 */
public final class ClassNaming {
    private ClassNaming() { }

    public static final String PREFIX = "py";
    /** The class-name prefix of standard library modules (the runtime's ModuleClassNames has the same). */
    public static final String STDLIB_PREFIX = "pystdlib";
    /**
     * The file name of a standard library module is its path under this root
     * ({@code weft-stdlib/json/decoder.py}); the weft-stdlib jar holds the source as a resource of
     * the same name, where tracebacks find its lines.
     */
    public static final String STDLIB_FILE_ROOT = "weft-stdlib";
    public static final String RUN_METHOD = "weft$run";
    public static final String FILE_METHOD = "weft$file";
    /** {@code public static String weft$positions()}: the source-position table (runtime-lib/ABI.md). */
    public static final String POSITIONS_METHOD = "weft$positions";
    /** The entry of code compiled for exec/eval: {@code weft$exec(PyDict globals, PyObject locals)}. */
    public static final String EXEC_METHOD = "weft$exec";

    /** The internal class name of module {@code dottedName} (a package's {@code __init__} if {@code isPackage}). */
    public static String moduleClass(String dottedName, boolean isPackage) {
        return moduleClass(PREFIX, dottedName, isPackage);
    }

    /** The internal class name of module {@code dottedName} under class-name prefix {@code prefix}. */
    public static String moduleClass(String prefix, String dottedName, boolean isPackage) {
        String base = prefix + "/" + dottedName.replace('.', '/');
        return isPackage ? base + "/__init__" : base;
    }

    /** Allocates unique JVM method names within one class. */
    static final class MethodNames {
        private final Set<String> used = new HashSet<>();
        private int counter;

        String allocate(IrFunction f) {
            String name = f.name();
            String base = name.startsWith("<") && name.endsWith(">")
                    ? "$" + name.substring(1, name.length() - 1) : name;
            base = sanitize(base);
            String candidate;
            do {
                candidate = base + "$" + counter++;
            } while (!used.add(candidate));
            return candidate;
        }

        private static String sanitize(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                sb.append(c == '.' || c == ';' || c == '[' || c == '/' || c == '<' || c == '>' ? '_' : c);
            }
            return sb.toString();
        }
    }
}
