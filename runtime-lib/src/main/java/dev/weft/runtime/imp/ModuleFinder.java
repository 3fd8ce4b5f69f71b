package dev.weft.runtime.imp;

import dev.weft.runtime.types.PyDict;

import java.util.function.Consumer;

/** Finds the code of a module by its full dotted name (the JVM-side counterpart of {@code sys.meta_path}). */
@FunctionalInterface
public interface ModuleFinder {
    /** The module's code, or null if this finder does not know it. */
    ModuleCode find(String fullName);

    /** A found module: its file, whether it is a package, and how to run its body over its globals. */
    record ModuleCode(String filename, boolean isPackage, Consumer<PyDict> body) { }
}
