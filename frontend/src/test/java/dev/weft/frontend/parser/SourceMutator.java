package dev.weft.frontend.parser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Makes broken and odd variants of real source files for the parser fuzz test: byte edits,
 * insertions of Python tokens and troublesome bytes, line shuffles, re-indentation, splices
 * with another file, deep nesting. Deterministic for a given {@link Random}.
 */
final class SourceMutator {
    /** Fragments that stress the tokenizer and the grammar when dropped anywhere. */
    private static final String[] FRAGMENTS = {
        "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "=", ":=", "->", "**", "*", "@", "\\",
        "\\\n", "\n", "\r\n", "\r", "\t", "    ", "\f", "#", "'", "\"", "'''", "\"\"\"", "f'", "f\"{", "rb'",
        "b'", "u'", "{x!r:>{w}}", "}", "{{", "0x", "0b2", "1e", "1_", "1__0", "09", "0o8", ".5j", "lambda",
        "def ", "class ", "if ", "else", "elif ", "while ", "for ", "in ", "not ", "is ", "and ", "or ",
        "async ", "await ", "yield ", "return", "match ", "case ", "type ", "_", "try:", "except*",
        "finally:", "with ", "as ", "import ", "from ", "global ", "nonlocal ", "del ", "pass", "None",
        "True", "__debug__", "é", "𝔘", "€", "\u00a0", "\u200b", "\u2028", "\0", "\\N{", "\\x", "\\u12",
        "# -*- coding: latin-1 -*-\n", "# coding: bogus\n", "\ufeff",
    };
    private static final byte[][] RAW_BYTES = {{(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xe9}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
        {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, {0}, {0x1a}, {0x0b}};

    private final List<byte[]> corpus;
    private final Random random;

    SourceMutator(List<byte[]> corpus, Random random) {
        this.corpus = corpus;
        this.random = random;
    }

    /** A mutant of a random corpus file, after one to four mutations. */
    byte[] next() {
        byte[] source = corpus.get(random.nextInt(corpus.size()));
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            source = mutate(source);
        }
        return source;
    }

    private byte[] mutate(byte[] s) {
        int at = s.length == 0 ? 0 : random.nextInt(s.length + 1);
        switch (random.nextInt(10)) {
            case 0: // delete a range
                return splice(s, at, Math.min(s.length, at + 1 + random.nextInt(16)), new byte[0]);
            case 1: // insert a fragment
                return splice(s, at, at, FRAGMENTS[random.nextInt(FRAGMENTS.length)].getBytes(StandardCharsets.UTF_8));
            case 2: // insert raw bytes, often not UTF-8
                return splice(s, at, at, RAW_BYTES[random.nextInt(RAW_BYTES.length)]);
            case 3: // overwrite one byte
                if (s.length == 0) {
                    return s;
                }
                byte[] copy = s.clone();
                copy[Math.min(at, s.length - 1)] = (byte) random.nextInt(128);
                return copy;
            case 4: // duplicate a range
                int end = Math.min(s.length, at + random.nextInt(200));
                return splice(s, end, end, java.util.Arrays.copyOfRange(s, at, end));
            case 5: // truncate
                return java.util.Arrays.copyOf(s, at);
            case 6: // splice in a piece of another file
                byte[] other = corpus.get(random.nextInt(corpus.size()));
                int from = random.nextInt(other.length + 1);
                int to = Math.min(other.length, from + random.nextInt(300));
                return splice(s, at, Math.min(s.length, at + random.nextInt(100)), java.util.Arrays.copyOfRange(other, from, to));
            case 7: // re-indent from a line start
                return splice(s, lineStart(s, at), lineStart(s, at), (random.nextBoolean() ? " " : "\t").repeat(1 + random.nextInt(9))
                        .getBytes(StandardCharsets.UTF_8));
            case 8: // nest deeply
                String open = random.nextBoolean() ? "(" : random.nextBoolean() ? "[" : "{";
                int depth = 1 + random.nextInt(random.nextBoolean() ? 30 : 400);
                return splice(s, at, at, (open.repeat(depth) + "x" + ")".repeat(random.nextInt(depth + 1)))
                        .getBytes(StandardCharsets.UTF_8));
            default: // swap two lines
                return swapLines(s);
        }
    }

    private static int lineStart(byte[] s, int at) {
        int i = Math.min(at, s.length);
        while (i > 0 && s[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    private byte[] swapLines(byte[] s) {
        String[] lines = new String(s, StandardCharsets.ISO_8859_1).split("\n", -1);
        if (lines.length < 2) {
            return s;
        }
        int a = random.nextInt(lines.length);
        int b = random.nextInt(lines.length);
        String t = lines[a];
        lines[a] = lines[b];
        lines[b] = t;
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] splice(byte[] s, int from, int to, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length + insert.length);
        out.write(s, 0, from);
        out.write(insert, 0, insert.length);
        out.write(s, to, s.length - to);
        return out.toByteArray();
    }
}
