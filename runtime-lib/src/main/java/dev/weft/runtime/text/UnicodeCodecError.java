package dev.weft.runtime.text;

/**
 * A {@code UnicodeDecodeError} or {@code UnicodeEncodeError} with the attributes CPython gives
 * it: {@code encoding}, {@code object} (a {@code byte[]} for decoding, a {@code String} for
 * encoding), {@code start}, {@code end} (code-point indices for encoding, byte offsets for
 * decoding) and {@code reason}. {@link #getMessage()} is what CPython's {@code str(exc)} prints.
 */
public final class UnicodeCodecError extends TextError {
    private static final long serialVersionUID = 1L;

    private final String encoding;
    private final transient Object object;
    private final int start;
    private final int end;
    private final String reason;

    private UnicodeCodecError(String type, String message, String encoding, Object object,
                              int start, int end, String reason) {
        super(type, message);
        this.encoding = encoding;
        this.object = object;
        this.start = start;
        this.end = end;
        this.reason = reason;
    }

    /** A UnicodeDecodeError over {@code input[start:end]} (byte offsets). */
    public static UnicodeCodecError decode(String encoding, byte[] input, int start, int end,
                                           String reason) {
        String message;
        if (start < input.length && end == start + 1) {
            message = String.format("'%s' codec can't decode byte 0x%02x in position %d: %s",
                    encoding, input[start] & 0xFF, start, reason);
        } else {
            message = String.format("'%s' codec can't decode bytes in position %d-%d: %s",
                    encoding, start, end - 1, reason);
        }
        return new UnicodeCodecError("UnicodeDecodeError", message, encoding, input, start, end,
                reason);
    }

    /** A UnicodeEncodeError over code points {@code [start:end]} of {@code input}. */
    public static UnicodeCodecError encode(String encoding, String input, int start, int end,
                                           String reason) {
        String message;
        int length = CodePoints.length(input);
        if (start < length && end == start + 1) {
            int cp = CodePoints.codePointAt(input, start);
            String escaped;
            if (cp <= 0xFF) {
                escaped = String.format("\\x%02x", cp);
            } else if (cp <= 0xFFFF) {
                escaped = String.format("\\u%04x", cp);
            } else {
                escaped = String.format("\\U%08x", cp);
            }
            message = String.format("'%s' codec can't encode character '%s' in position %d: %s",
                    encoding, escaped, start, reason);
        } else {
            message = String.format("'%s' codec can't encode characters in position %d-%d: %s",
                    encoding, start, end - 1, reason);
        }
        return new UnicodeCodecError("UnicodeEncodeError", message, encoding, input, start, end,
                reason);
    }

    public boolean isDecodeError() {
        return object instanceof byte[];
    }

    public String encoding() {
        return encoding;
    }

    /** The {@code byte[]} being decoded or the {@code String} being encoded. */
    public Object object() {
        return object;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String reason() {
        return reason;
    }
}
