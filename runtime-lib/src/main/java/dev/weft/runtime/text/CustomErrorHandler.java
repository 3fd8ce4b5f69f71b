package dev.weft.runtime.text;

/**
 * A codec error handler registered by name ({@code codecs.register_error}), called with the
 * UnicodeEncodeError / UnicodeDecodeError for a failing range, as CPython calls a Python error
 * handler. Register with {@link Codecs#registerErrorHandler}.
 */
@FunctionalInterface
public interface CustomErrorHandler {
    /**
     * What to put in place of the failing range and where to resume: {@code replacement} is a
     * {@code String} (for decoding, or encoding through the codec) or a {@code byte[]} (encoding
     * only, copied as is); {@code position} is where to go on, negative counting from the end
     * of the input.
     */
    final class Result {
        final Object replacement;
        final int position;

        public Result(Object replacement, int position) {
            this.replacement = replacement;
            this.position = position;
        }
    }

    /** Handles {@code error}, or throws (typically the error itself) to stop coding. */
    Result handle(UnicodeCodecError error);
}
