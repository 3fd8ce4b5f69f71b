package dev.weft.runtime.imp;

/**
 * How compiled Python modules are named as JVM classes (the backend emits these names; the
 * importer finds classes by them): module {@code a.b} is class {@code py.a.b} (internal name
 * {@code py/a/b}), package {@code a} is class {@code py.a.__init__}. Each module class has
 * {@code public static PyObject weft$run(PyDict globals)}, running the module body once over
 * the given globals, and {@code public static String weft$file()}, the source file name.
 *
 * <p>Modules of the compiled standard library (the weft-stdlib jar) are classes under
 * {@link #STDLIB_PREFIX} ({@code pystdlib.json.decoder}), so a program's own module of the same
 * name never clashes with them; their file names are paths under {@link #STDLIB_FILE_ROOT},
 * and the jar holds each source as a resource of that name.
 */
public final class ModuleClassNames {
    private ModuleClassNames() { }

    public static final String PREFIX = "py";
    public static final String STDLIB_PREFIX = "pystdlib";
    public static final String STDLIB_FILE_ROOT = "weft-stdlib";
    /** The resource listing the standard library modules that did not compile, and why (see StdlibFinder). */
    public static final String STDLIB_REPORT = STDLIB_FILE_ROOT + "/compile-report.tsv";
    public static final String RUN_METHOD = "weft$run";
    public static final String FILE_METHOD = "weft$file";

    /** The binary (dotted) class name of module {@code dottedName}. */
    public static String moduleClass(String dottedName) {
        return moduleClass(PREFIX, dottedName);
    }

    /** The binary (dotted) class name of package {@code dottedName}'s {@code __init__}. */
    public static String packageClass(String dottedName) {
        return packageClass(PREFIX, dottedName);
    }

    /** The binary class name of module {@code dottedName} under class-name prefix {@code prefix}. */
    public static String moduleClass(String prefix, String dottedName) {
        return prefix + "." + dottedName;
    }

    /** The binary class name of package {@code dottedName}'s {@code __init__} under {@code prefix}. */
    public static String packageClass(String prefix, String dottedName) {
        return prefix + "." + dottedName + ".__init__";
    }

    /** The internal (slashed) class name for a module, given whether it is a package. */
    public static String internalName(String dottedName, boolean isPackage) {
        String n = isPackage ? packageClass(dottedName) : moduleClass(dottedName);
        return n.replace('.', '/');
    }
}
