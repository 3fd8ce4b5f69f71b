package dev.weft.runtime.imp;

import dev.weft.runtime.types.PyDict;

import java.util.List;
import java.util.function.Consumer;

/** Finds the code of a module by its full dotted name (the JVM-side counterpart of {@code sys.meta_path}). */
@FunctionalInterface
public interface ModuleFinder {
    /** The module's code, or null if this finder does not know it. */
    ModuleCode find(String fullName);

    /**
     * Whether this finder searches {@code sys.path} (program files, the standard library): a
     * namespace package found there wins over modules of finders that do not (Java packages),
     * as CPython's PathFinder comes before later meta-path finders.
     */
    default boolean searchesSysPath() {
        return true;
    }

    /**
     * A found module: its file, whether it is a package, and how to run its body over its
     * globals; a namespace package (a directory without {@code __init__.py}) has no file and
     * no body, only its directories.
     */
    record ModuleCode(String filename, boolean isPackage, Consumer<PyDict> body, List<String> namespacePath) {
        public ModuleCode(String filename, boolean isPackage, Consumer<PyDict> body) {
            this(filename, isPackage, body, null);
        }

        /** A namespace package spread over {@code directories}. */
        public static ModuleCode namespace(List<String> directories) {
            return new ModuleCode(null, true, globals -> { }, List.copyOf(directories));
        }

        public boolean isNamespace() {
            return namespacePath != null;
        }
    }
}
