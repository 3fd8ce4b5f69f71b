package dev.weft.frontend.dump;

import dev.weft.frontend.ast.Module;
import dev.weft.frontend.error.PythonSyntaxError;

/** Parses one source file (its raw bytes, encoding declaration included) into a module. */
@FunctionalInterface
public interface ModuleParser {
    /**
     * Returns the tree of {@code source}, or throws {@link PythonSyntaxError} as CPython would
     * reject it; {@code filename} is what errors report.
     */
    Module parse(byte[] source, String filename) throws PythonSyntaxError;
}
