/**
 * The Weft compiler offered to the runtime as a {@link dev.weft.runtime.compile.CodeCompiler}
 * service (registered in {@code META-INF/services}), so that {@code exec}, {@code eval} and
 * {@code compile} work at run time. The runtime never refers to this package; it is found with
 * {@link java.util.ServiceLoader} when one of those builtins first compiles source. Runnable
 * jars ({@code weft jar}) carry it with the frontend, IR, backend, ASM and ANTLR.
 */
package dev.weft.runtimecompiler;
