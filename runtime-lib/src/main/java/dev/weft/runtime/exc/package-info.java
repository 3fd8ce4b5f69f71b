/**
 * Exceptions: the one Java carrier {@link dev.weft.runtime.exc.PyException}, the Python 3.13
 * hierarchy ({@link dev.weft.runtime.exc.ExceptionTypes}), exception objects with their
 * fields, tracebacks from JVM frames and the {@link dev.weft.runtime.exc.Errors} factories.
 */
package dev.weft.runtime.exc;
