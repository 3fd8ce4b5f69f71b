package dev.weft.runtime.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * {@code str.encode} and {@code bytes.decode}: codec lookup by Python name (with aliases and
 * normalisation, see {@link CodecRegistry}), the built-in error handlers, and CPython's exact
 * UnicodeEncodeError / UnicodeDecodeError ({@link UnicodeCodecError}).
 */
public final class Codecs {
    private Codecs() {
    }

    /** {@code s.encode(encoding, errors)}; null arguments mean "utf-8" and "strict". */
    public static byte[] encode(String s, String encoding, String errors) {
        if (errors == null) {
            errors = "strict";
        }
        String common = commonModule(encoding);
        if (common != null) {
            if (common.equals("utf_8") && !CodePoints.hasLoneSurrogates(s)) {
                return s.getBytes(StandardCharsets.UTF_8); // exact when nothing can fail
            }
            return builtinEncoder(common).encode(s, errors);
        }
        CodecRegistry.Codec codec = CodecRegistry.lookup(encoding);
        if (codec.module.equals("charmap")) {
            return SingleByteCodec.LATIN_1.encoder.encode(s, errors); // no mapping: Latin-1
        }
        switch (codec.kind) {
            case BUILTIN:
                return builtinEncoder(codec.module).encode(s, errors);
            case CHARMAP:
                return CodecRegistry.charmap(codec).encoder.encode(s, errors);
            case JDK:
                return JdkCodec.encode(codec, s, errors);
            case NOT_TEXT:
                throw TextError.lookupError("'" + encoding + "' is not a text encoding; "
                        + "use codecs.encode() to handle arbitrary codecs");
            default:
                throw unsupported(codec);
        }
    }

    /** {@code b.decode(encoding, errors)}; null arguments mean "utf-8" and "strict". */
    public static String decode(byte[] b, String encoding, String errors) {
        if (errors == null) {
            errors = "strict";
        }
        String common = commonModule(encoding);
        if (common != null) {
            if (common.equals("utf_8")) {
                String fast = strictJdkUtf8(b);
                if (fast != null) {
                    return fast;
                }
            }
            return builtinDecode(common, b, errors);
        }
        if (b.length == 0) {
            return ""; // CPython returns '' before looking the codec up
        }
        CodecRegistry.Codec codec = CodecRegistry.lookup(encoding);
        if (codec.module.equals("charmap")) {
            return SingleByteCodec.LATIN_1.decode(b, errors); // no mapping: Latin-1
        }
        switch (codec.kind) {
            case BUILTIN:
                return builtinDecode(codec.module, b, errors);
            case CHARMAP:
                return CodecRegistry.charmap(codec).decode(b, errors);
            case JDK:
                return JdkCodec.decode(codec, b, errors);
            case NOT_TEXT:
                throw TextError.lookupError("'" + encoding + "' is not a text encoding; "
                        + "use codecs.decode() to handle arbitrary codecs");
            default:
                throw unsupported(codec);
        }
    }

    /**
     * {@code codecs.register_error(name, handler)}: makes {@code name} usable as the errors
     * argument of every codec here. The built-in names cannot be overridden (CPython allows it,
     * but its codecs then bypass the override for the fast paths anyway).
     */
    public static void registerErrorHandler(String name, CustomErrorHandler handler) {
        ErrorHandlers.register(name, handler);
    }

    /** Whether {@code codecs.lookup_error(name)} would succeed. */
    public static boolean hasErrorHandler(String name) {
        return ErrorHandlers.exists(name);
    }

    private static TextError unsupported(CodecRegistry.Codec codec) {
        if (codec.module.equals("undefined")) {
            return new TextError("UnicodeError", "undefined encoding");
        }
        return TextError.lookupError("encoding '" + codec.name + "' is not supported by Weft");
    }

    /**
     * The JDK's UTF-8 decoder accepts exactly what CPython's does (no surrogates, overlongs or
     * values past U+10FFFF), so valid input can take it; null on any error, to let our decoder
     * report it as CPython does.
     */
    private static String strictJdkUtf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * The module of the most common spellings, resolved without loading the codec registry
     * (as CPython's own fast path does); null for anything else.
     */
    private static String commonModule(String encoding) {
        if (encoding == null) {
            return "utf_8";
        }
        switch (encoding) {
            case "utf-8": case "utf8": case "UTF-8": case "UTF8": case "utf_8":
                return "utf_8";
            case "ascii": case "us-ascii": case "ASCII": case "US-ASCII":
                return "ascii";
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "latin_1":
            case "ISO-8859-1":
                return "latin_1";
            default:
                return null;
        }
    }

    private static CodecEncoder builtinEncoder(String module) {
        switch (module) {
            case "utf_8":
                return Utf8Codec.ENCODER;
            case "utf_8_sig":
                return Utf8Codec.SIG_ENCODER;
            case "ascii":
                return SingleByteCodec.ASCII.encoder;
            case "latin_1":
                return SingleByteCodec.LATIN_1.encoder;
            case "utf_16":
                return Utf16Codec.encoder("utf-16", 2, false, true);
            case "utf_16_le":
                return Utf16Codec.encoder("utf-16-le", 2, false, false);
            case "utf_16_be":
                return Utf16Codec.encoder("utf-16-be", 2, true, false);
            case "utf_32":
                return Utf16Codec.encoder("utf-32", 4, false, true);
            case "utf_32_le":
                return Utf16Codec.encoder("utf-32-le", 4, false, false);
            case "utf_32_be":
                return Utf16Codec.encoder("utf-32-be", 4, true, false);
            case "unicode_escape":
                return EscapeCodecs.UNICODE_ESCAPE_ENCODER;
            case "raw_unicode_escape":
                return EscapeCodecs.RAW_UNICODE_ESCAPE_ENCODER;
            default:
                throw new IllegalStateException("no built-in codec " + module);
        }
    }

    private static String builtinDecode(String module, byte[] b, String errors) {
        switch (module) {
            case "utf_8":
                return Utf8Codec.decode(b, errors, false);
            case "utf_8_sig":
                return Utf8Codec.decode(b, errors, true);
            case "ascii":
                return SingleByteCodec.ASCII.decode(b, errors);
            case "latin_1":
                return SingleByteCodec.LATIN_1.decode(b, errors);
            case "utf_16":
                return Utf16Codec.decode16(b, errors, 0);
            case "utf_16_le":
                return Utf16Codec.decode16(b, errors, -1);
            case "utf_16_be":
                return Utf16Codec.decode16(b, errors, 1);
            case "utf_32":
                return Utf16Codec.decode32(b, errors, 0);
            case "utf_32_le":
                return Utf16Codec.decode32(b, errors, -1);
            case "utf_32_be":
                return Utf16Codec.decode32(b, errors, 1);
            case "unicode_escape":
                return EscapeCodecs.decodeUnicodeEscape(b, errors);
            case "raw_unicode_escape":
                return EscapeCodecs.decodeRawUnicodeEscape(b, errors);
            default:
                throw new IllegalStateException("no built-in codec " + module);
        }
    }
}
