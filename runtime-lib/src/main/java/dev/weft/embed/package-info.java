/**
 * Java and Python together: {@link dev.weft.embed.Python} imports compiled Python modules and
 * calls them from Java ({@link dev.weft.embed.PythonObject}, {@link dev.weft.embed.Conversions},
 * {@link dev.weft.embed.PythonException}); {@link dev.weft.embed.JavaInterop} lets Python code
 * import and use Java classes; {@link dev.weft.embed.Launcher} is the main class of runnable jars.
 *
 * <p>The package is part of the runtime ({@code weft-runtime}), not of the compiler: it only
 * needs compiled classes on the class path, so an application that embeds Python depends on
 * the runtime alone (about 1 MB), never on the parser or the bytecode generator.
 *
 * <p>Python code called from Java runs on the calling Java thread, with that thread's stack:
 * deeply recursive Python code may need a thread created with a larger stack size (the
 * launcher runs programs on a 16 MB stack).
 */
package dev.weft.embed;
