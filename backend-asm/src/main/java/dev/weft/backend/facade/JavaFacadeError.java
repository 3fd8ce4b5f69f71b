package dev.weft.backend.facade;

/** A {@code @weft.java_class} declaration the compiler cannot turn into a Java class (reported as a TypeError). */
public final class JavaFacadeError extends RuntimeException {
    private final int line;

    public JavaFacadeError(String message, int line) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
