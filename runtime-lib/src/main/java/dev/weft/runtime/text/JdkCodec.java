package dev.weft.runtime.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * CJK multibyte codecs through JDK charsets. The JDK's tables and the extent of a malformed
 * sequence can differ from CPython's; errors use CPython's reasons ("illegal multibyte
 * sequence", "incomplete multibyte sequence") and the CPython codec name.
 */
final class JdkCodec {
    private JdkCodec() {
    }

    private static Charset charset(CodecRegistry.Codec codec) {
        try {
            return Charset.forName(codec.jdkCharset);
        } catch (IllegalArgumentException e) {
            throw TextError.lookupError("encoding '" + codec.name + "' is not supported by Weft");
        }
    }

    static String decode(CodecRegistry.Codec codec, byte[] in, String errors) {
        CharsetDecoder decoder = charset(codec).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder out = new StringBuilder(in.length);
        CharBuffer chars = CharBuffer.allocate(Math.max(16, in.length * 2));
        int pos = 0;
        while (true) {
            ByteBuffer bytes = ByteBuffer.wrap(in, pos, in.length - pos);
            decoder.reset();
            CoderResult r;
            while (true) {
                chars.clear();
                r = decoder.decode(bytes, chars, true);
                chars.flip();
                out.append(chars);
                if (!r.isOverflow()) {
                    break;
                }
            }
            if (r.isUnderflow()) {
                if (bytes.hasRemaining()) {
                    int start = bytes.position();
                    pos = ErrorHandlers.decodeError(codec.name, in, start, in.length,
                            "incomplete multibyte sequence", errors, out, null);
                    continue;
                }
                chars.clear();
                decoder.flush(chars);
                chars.flip();
                out.append(chars);
                return out.toString();
            }
            int start = bytes.position();
            int end = Math.min(in.length, start + r.length());
            String reason = end == in.length && truncated(codec, in, start)
                    ? "incomplete multibyte sequence" : "illegal multibyte sequence";
            pos = ErrorHandlers.decodeError(codec.name, in, start, end, reason, errors, out, null);
            if (pos >= in.length) {
                return out.toString();
            }
        }
    }

    /** Whether in[start..] is the beginning of a sequence that more input would complete. */
    private static boolean truncated(CodecRegistry.Codec codec, byte[] in, int start) {
        CharsetDecoder decoder = charset(codec).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(in, start, in.length - start);
        CoderResult r = decoder.decode(bytes, CharBuffer.allocate(in.length * 2 + 4), false);
        return r.isUnderflow() && bytes.position() == start;
    }

    static byte[] encode(CodecRegistry.Codec codec, String s, String errors) {
        Charset cs = charset(codec);
        CharsetEncoder probe = cs.newEncoder();
        if (!CodePoints.hasLoneSurrogates(s) && probe.canEncode(s)) {
            return s.getBytes(cs); // whole string at once: right for stateful ISO-2022 codecs
        }
        CodecEncoder encoder = new CodecEncoder(codec.name, "illegal multibyte sequence") {
            @Override
            boolean encodable(int cp) {
                if (cp >= 0xD800 && cp <= 0xDFFF) {
                    return false;
                }
                return probe.canEncode(CodePoints.fromCodePoint(cp));
            }

            @Override
            void put(ByteSink out, int cp) {
                out.put(CodePoints.fromCodePoint(cp).getBytes(cs));
            }

            @Override
            boolean perCharErrors() {
                return true; // CPython's multibyte codecs report one character at a time
            }
        };
        return encoder.encode(s, errors);
    }
}
