package dev.weft.runtime.text;

/**
 * The built-in codec error handlers of CPython (strict, ignore, replace, backslashreplace,
 * xmlcharrefreplace, namereplace, surrogateescape, surrogatepass): the replacement texts and
 * the decode side. An unknown handler name is LookupError "unknown error handler name 'x'",
 * raised only when an error actually occurs, as CPython does.
 */
final class ErrorHandlers {
    private ErrorHandlers() {
    }

    private static final java.util.Map<String, CustomErrorHandler> CUSTOM =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final java.util.Set<String> BUILT_IN = java.util.Set.of("strict", "ignore",
            "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape",
            "surrogatepass");

    static void register(String name, CustomErrorHandler handler) {
        CUSTOM.put(name, handler);
    }

    static boolean exists(String name) {
        return BUILT_IN.contains(name) || CUSTOM.containsKey(name);
    }

    static TextError unknownHandler(String errors) {
        return TextError.lookupError("unknown error handler name '" + errors + "'");
    }

    /** Calls a registered handler; returns its result with the position made absolute. */
    static CustomErrorHandler.Result callCustom(String errors, UnicodeCodecError error,
                                                int inputLength) {
        String shape = error.isDecodeError() ? "decoding error handler must return (str, int) tuple"
                : "encoding error handler must return (str/bytes, int) tuple";
        CustomErrorHandler handler = CUSTOM.get(errors);
        if (handler == null) {
            throw unknownHandler(errors);
        }
        CustomErrorHandler.Result r = handler.handle(error);
        if (r == null || !(r.replacement instanceof String
                || (r.replacement instanceof byte[] && !error.isDecodeError()))) {
            throw TextError.typeError(shape);
        }
        int pos = r.position < 0 ? r.position + inputLength : r.position;
        if (pos < 0 || pos > inputLength) {
            throw new TextError("IndexError",
                    "position " + r.position + " from error handler out of bounds");
        }
        return new CustomErrorHandler.Result(r.replacement, pos);
    }

    /** The replacement of one code point for backslash-, name- or xmlcharref-replace. */
    static void appendEncodeReplacement(String errors, int c, StringBuilder rep) {
        if (errors.equals("xmlcharrefreplace")) {
            rep.append("&#").append(c).append(';');
            return;
        }
        if (errors.equals("namereplace")) {
            String name = UnicodeNames.name(c);
            if (name != null) {
                rep.append("\\N{").append(name).append('}');
                return;
            }
        }
        if (c <= 0xFF) {
            StrRepr.hex(rep, 'x', c, 2);
        } else if (c <= 0xFFFF) {
            StrRepr.hex(rep, 'u', c, 4);
        } else {
            StrRepr.hex(rep, 'U', c, 8);
        }
    }

    /** How a decoder reads a surrogate for surrogatepass: its length, or 0 if none at start. */
    @FunctionalInterface
    interface SurrogateReader {
        /** Returns the surrogate code point encoded at input[start..], or -1. */
        int read(byte[] input, int start);
    }

    /** The number of bytes a codec's surrogate occupies for surrogatepass (3, 2 or 4). */
    static int surrogateWidth(String codecName) {
        if (codecName.startsWith("utf-16")) {
            return 2;
        }
        if (codecName.startsWith("utf-32")) {
            return 4;
        }
        return 3;
    }

    /**
     * Applies a decode error handler to input[start:end) with the decoder's reason; appends the
     * replacement to {@code out} and returns the position to resume at.
     * {@code surrogates} is null for codecs without a surrogatepass form.
     */
    static int decodeError(String codec, byte[] input, int start, int end, String reason,
                           String errors, StringBuilder out, SurrogateReader surrogates) {
        switch (errors) {
            case "strict":
                throw UnicodeCodecError.decode(codec, input, start, end, reason);
            case "ignore":
                return end;
            case "replace":
                out.append('\uFFFD');
                return end;
            case "backslashreplace":
                for (int k = start; k < end; k++) {
                    StrRepr.hex(out, 'x', input[k] & 0xFF, 2);
                }
                return end;
            case "surrogateescape": {
                int k = start;
                while (k < end && (input[k] & 0xFF) >= 128) {
                    out.append((char) (0xDC00 + (input[k] & 0xFF)));
                    k++;
                }
                if (k == start) {
                    throw UnicodeCodecError.decode(codec, input, start, end, reason);
                }
                return k;
            }
            case "surrogatepass": {
                int c = surrogates == null ? -1 : surrogates.read(input, start);
                if (c < 0) {
                    throw UnicodeCodecError.decode(codec, input, start, end, reason);
                }
                out.append((char) c);
                return start + surrogateWidth(codec);
            }
            case "xmlcharrefreplace":
            case "namereplace":
                throw TextError.typeError(
                        "don't know how to handle UnicodeDecodeError in error callback");
            default: {
                CustomErrorHandler.Result r = callCustom(errors,
                        UnicodeCodecError.decode(codec, input, start, end, reason), input.length);
                out.append((String) r.replacement);
                return r.position;
            }
        }
    }
}
