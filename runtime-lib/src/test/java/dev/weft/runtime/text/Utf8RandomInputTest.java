package dev.weft.runtime.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Random byte strings (fixed seed, bounded count) through the hand-written UTF-8 decoder: it
 * accepts exactly what a strict standard decoder accepts, and surrogateescape round-trips
 * every input, as PEP 383 promises.
 */
class Utf8RandomInputTest {
    private static final int ROUNDS = 20_000;

    private static String jdkStrict(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static byte[] randomUtf8ish(Random random) {
        byte[] b = new byte[random.nextInt(12)];
        for (int i = 0; i < b.length; i++) {
            int kind = random.nextInt(6);
            b[i] = (byte) (kind == 0 ? random.nextInt(0x80)
                    : kind <= 2 ? 0x80 + random.nextInt(0x40)
                    : kind == 3 ? 0xC0 + random.nextInt(0x20)
                    : kind == 4 ? 0xE0 + random.nextInt(0x10) : 0xF0 + random.nextInt(0x10));
        }
        return b;
    }

    @Test
    void strictDecodingAcceptsExactlyValidUtf8() {
        Random random = new Random(20261122);
        for (int round = 0; round < ROUNDS; round++) {
            byte[] b = randomUtf8ish(random);
            String expected = jdkStrict(b);
            String actual;
            try {
                actual = Utf8Codec.decode(b, "strict", false);
            } catch (UnicodeCodecError e) {
                actual = null;
            }
            assertEquals(expected, actual, () -> java.util.HexFormat.of().formatHex(b));
        }
    }

    @Test
    void surrogateescapeRoundTripsEveryByteString() {
        Random random = new Random(383);
        for (int round = 0; round < ROUNDS; round++) {
            byte[] b = randomUtf8ish(random);
            String s = Utf8Codec.decode(b, "surrogateescape", false);
            assertNotNull(s);
            assertArrayEquals(b, Codecs.encode(s, "utf-8", "surrogateescape"),
                    () -> java.util.HexFormat.of().formatHex(b));
        }
    }
}
