package dev.weft.runtime.compile;

/**
 * The Python compiler as a service of the runtime: what {@code exec}, {@code eval} and
 * {@code compile} need when given source text. The runtime knows nothing of the compiler; it
 * finds an implementation with {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/dev.weft.runtime.compile.CodeCompiler} entry) the first time one of
 * these builtins compiles something, so programs that never call them never load it.
 */
public interface CodeCompiler {
    /**
     * Compiles {@code source} in {@code mode} ("exec", "eval" or "single") to one class named
     * {@code binaryName} that has {@code public static PyObject weft$exec(PyDict globals,
     * PyObject locals)}: it runs the code with its module-level names in {@code locals} (a
     * mapping) and returns the expression's value in "eval" mode, None otherwise. The
     * class's {@code SourceFile} is {@code filename} and its line numbers are the source's.
     *
     * @throws dev.weft.runtime.exc.PyException a Python {@code SyntaxError} (or subclass)
     *         for invalid source, {@code NotImplementedError} for constructs the compiler does
     *         not handle
     */
    byte[] compile(String source, String filename, String mode, String binaryName);

    /**
     * Parses {@code source} to a tree of {@code ast} objects (the classes of
     * {@link dev.weft.runtime.modules.ast.AstClasses}): {@code compile(source, filename, mode,
     * ast.PyCF_ONLY_AST)}. {@code mode} is "exec", "eval", "single" or "func_type";
     * {@code flags} are compile()'s; {@code featureVersion} is the minor version of
     * {@code ast.parse(feature_version=...)} or -1.
     *
     * @throws dev.weft.runtime.exc.PyException SyntaxError for invalid source
     */
    default dev.weft.runtime.core.PyObject parse(String source, String filename, String mode, int flags,
                                                 int featureVersion) {
        throw dev.weft.runtime.exc.Errors.notImplemented("compile() to an AST is not supported by this compiler");
    }

    /**
     * Compiles a tree of {@code ast} objects ({@code compile(tree, filename, mode)}) to a class as
     * {@link #compile} does.
     *
     * @throws dev.weft.runtime.exc.PyException TypeError or ValueError for a malformed tree,
     *         SyntaxError for what the compiler rejects
     */
    default byte[] compileTree(dev.weft.runtime.core.PyObject tree, String filename, String mode,
                               String binaryName) {
        throw dev.weft.runtime.exc.Errors.notImplemented("compile() of an AST object is not supported by this compiler");
    }
}
