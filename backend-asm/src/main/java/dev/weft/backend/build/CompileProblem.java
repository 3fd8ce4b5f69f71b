package dev.weft.backend.build;

import java.nio.file.Path;

/**
 * A module that failed to compile: where, and the error as Python names it.
 *
 * @param file    the source file
 * @param line    1-based line (0 if unknown)
 * @param column  1-based column in characters (0 if unknown)
 * @param type    the Python exception type ({@code SyntaxError}, {@code IndentationError},
 *                {@code NotImplementedError}, {@code SystemError} for a compiler bug)
 * @param message the exception's message
 * @param pythonReport the report CPython would print for it (without a traceback header)
 */
public record CompileProblem(Path file, int line, int column, String type, String message, String pythonReport) {

    /** The line build tools print: {@code /path/file.py:[line,column] Type: message} (Maven's compiler format). */
    public String toBuildToolLine() {
        return file + ":[" + Math.max(line, 1) + "," + Math.max(column, 1) + "] " + type + ": " + message;
    }
}
