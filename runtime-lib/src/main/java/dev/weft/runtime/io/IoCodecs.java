package dev.weft.runtime.io;

import dev.weft.runtime.exc.LibraryErrors;
import dev.weft.runtime.text.Codecs;
import dev.weft.runtime.text.TextError;

/** The codec calls of the file stack, raising Python exceptions (the text library raises {@link TextError}). */
final class IoCodecs {
    private IoCodecs() { }

    static byte[] encode(String s, String encoding, String errors) {
        try {
            return Codecs.encode(s, encoding, errors);
        } catch (TextError e) {
            throw LibraryErrors.convert(e);
        }
    }

    static String decode(byte[] b, String encoding, String errors) {
        try {
            return Codecs.decode(b, encoding, errors);
        } catch (TextError e) {
            throw LibraryErrors.convert(e);
        }
    }

    static dev.weft.runtime.text.CodecRegistry.Codec lookup(String encoding) {
        try {
            return dev.weft.runtime.text.CodecRegistry.lookup(encoding);
        } catch (TextError e) {
            throw LibraryErrors.convert(e);
        }
    }
}
