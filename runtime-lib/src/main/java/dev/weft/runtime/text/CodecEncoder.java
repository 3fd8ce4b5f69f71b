package dev.weft.runtime.text;

/**
 * The encode loop shared by the codecs, with CPython's error-handler semantics: an unencodable
 * run of code points (or a single one, for UTF-16/32) is passed to the handler as one
 * [start, end) range; the handler's replacement text is encoded by the codec itself.
 */
abstract class CodecEncoder {
    /** The codec name used in UnicodeEncodeError ("utf-8", "latin-1", "charmap", ...). */
    final String name;
    /** The reason in UnicodeEncodeError ("ordinal not in range(128)", ...). */
    final String reason;

    CodecEncoder(String name, String reason) {
        this.name = name;
        this.reason = reason;
    }

    abstract boolean encodable(int cp);

    /** Writes an encodable code point. */
    abstract void put(ByteSink out, int cp);

    /** Bytes written before anything else (a BOM). */
    void start(ByteSink out) {
    }

    /** Whether errors cover one code point (UTF-16/32) instead of the whole unencodable run. */
    boolean perCharErrors() {
        return false;
    }

    /** Whether surrogateescape is applied inline (utf-8, ascii, latin-1: prefix then fail). */
    boolean inlineSurrogateEscape() {
        return false;
    }

    /** Whether a bytes replacement of this length is acceptable (UTF-16/32 need whole units). */
    boolean acceptsBytes(int length) {
        return true;
    }

    /** Writes a surrogate for surrogatepass, or returns false if the codec has no such form. */
    boolean putSurrogate(ByteSink out, int cp) {
        return false;
    }

    final byte[] encode(String s, String errors) {
        int[] cps = s.codePoints().toArray();
        ByteSink out = new ByteSink(cps.length + 8);
        start(out);
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            if (encodable(c)) {
                put(out, c);
                i++;
                continue;
            }
            int end = i + 1;
            if (!perCharErrors()) {
                while (end < cps.length && !encodable(cps[end])) {
                    end++;
                }
            }
            i = handleError(s, cps, i, end, errors, out);
        }
        return out.toByteArray();
    }

    private UnicodeCodecError error(String s, int start, int end) {
        return UnicodeCodecError.encode(name, s, start, end, reason);
    }

    /** Applies the error handler to cps[start:end); returns the position to resume at. */
    private int handleError(String s, int[] cps, int start, int end, String errors, ByteSink out) {
        switch (errors) {
            case "strict":
                throw error(s, start, end);
            case "ignore":
                return end;
            case "replace":
                putText(s, start, end, "?".repeat(end - start), out);
                return end;
            case "backslashreplace":
            case "namereplace":
            case "xmlcharrefreplace": {
                StringBuilder rep = new StringBuilder();
                for (int k = start; k < end; k++) {
                    ErrorHandlers.appendEncodeReplacement(errors, cps[k], rep);
                }
                putText(s, start, end, rep.toString(), out);
                return end;
            }
            case "surrogateescape":
                return surrogateEscape(s, cps, start, end, out);
            case "surrogatepass": {
                ByteSink rep = new ByteSink(8);
                for (int k = start; k < end; k++) {
                    int c = cps[k];
                    if (c < 0xD800 || c > 0xDFFF || !putSurrogate(rep, c)) {
                        throw error(s, start, end);
                    }
                }
                out.put(rep.toByteArray());
                return end;
            }
            default: {
                CustomErrorHandler.Result r = ErrorHandlers.callCustom(errors,
                        error(s, start, end), cps.length);
                if (r.replacement instanceof byte[]) {
                    byte[] bytes = (byte[]) r.replacement;
                    if (!acceptsBytes(bytes.length)) {
                        throw error(s, start, end);
                    }
                    out.put(bytes);
                } else {
                    putText(s, start, end, (String) r.replacement, out);
                }
                return r.position;
            }
        }
    }

    private int surrogateEscape(String s, int[] cps, int start, int end, ByteSink out) {
        int k = start;
        if (inlineSurrogateEscape()) {
            while (k < end && cps[k] >= 0xDC80 && cps[k] <= 0xDCFF) {
                out.put(cps[k] - 0xDC00);
                k++;
            }
            if (k == end) {
                return end;
            }
            throw error(s, k, end);
        }
        if (!acceptsBytes(end - start)) {
            throw error(s, start, end);
        }
        for (; k < end; k++) {
            if (cps[k] < 0xDC80 || cps[k] > 0xDCFF) {
                throw error(s, start, end);
            }
        }
        for (k = start; k < end; k++) {
            out.put(cps[k] - 0xDC00);
        }
        return end;
    }

    /** Encodes a handler's replacement text; an unencodable character fails the whole range. */
    private void putText(String s, int start, int end, String replacement, ByteSink out) {
        for (int i = 0; i < replacement.length(); ) {
            int c = replacement.codePointAt(i);
            if (!encodable(c)) {
                throw error(s, start, end);
            }
            put(out, c);
            i += Character.charCount(c);
        }
    }
}
