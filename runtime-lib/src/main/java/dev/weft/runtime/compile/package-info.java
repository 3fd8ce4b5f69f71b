/**
 * Compiling Python source at run time ({@code exec}, {@code eval}, {@code compile}) through a
 * {@link dev.weft.runtime.compile.CodeCompiler} service the runtime finds on the class path.
 */
package dev.weft.runtime.compile;
