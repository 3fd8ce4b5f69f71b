package dev.weft.runtime.imp;

/**
 * How compiled Python modules are named as JVM classes (the backend emits these names; the
 * importer finds classes by them): module {@code a.b} is class {@code py.a.b} (internal name
 * {@code py/a/b}), package {@code a} is class {@code py.a.__init__}. Each module class has
 * {@code public static PyObject weft$run(PyDict globals)}, running the module body once over
 * the given globals, and {@code public static String weft$file()}, the source file name.
 */
public final class ModuleClassNames {
    private ModuleClassNames() { }

    public static final String PREFIX = "py";
    public static final String RUN_METHOD = "weft$run";
    public static final String FILE_METHOD = "weft$file";

    /** The binary (dotted) class name of module {@code dottedName}. */
    public static String moduleClass(String dottedName) {
        return PREFIX + "." + dottedName;
    }

    /** The binary (dotted) class name of package {@code dottedName}'s {@code __init__}. */
    public static String packageClass(String dottedName) {
        return PREFIX + "." + dottedName + ".__init__";
    }

    /** The internal (slashed) class name for a module, given whether it is a package. */
    public static String internalName(String dottedName, boolean isPackage) {
        String n = isPackage ? packageClass(dottedName) : moduleClass(dottedName);
        return n.replace('.', '/');
    }
}
