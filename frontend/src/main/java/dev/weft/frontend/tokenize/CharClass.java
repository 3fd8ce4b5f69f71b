package dev.weft.frontend.tokenize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Character classes as CPython 3.13 (Unicode 15.1) defines them for the tokenizer: identifier
 * start/continuation (PEP 3131, {@code str.isidentifier}) and printability
 * ({@code str.isprintable}). Non-ASCII answers come from a generated range table
 * ({@code unicode_tables.txt}, see frontend/tools/gen_tokenize_tables.py), so they do not depend
 * on the JDK's Unicode version.
 */
final class CharClass {
    private CharClass() {}

    private static final int[] ID_START;
    private static final int[] ID_CONTINUE;
    private static final int[] PRINTABLE;
    private static final int[] NAMED;

    static {
        int[][] tables = new int[4][];
        try (InputStream in = CharClass.class.getResourceAsStream("unicode_tables.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource unicode_tables.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String line;
            int section = -1;
            int[] cur = null;
            int fill = 0;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                int sp = line.indexOf(' ');
                String a = line.substring(0, sp);
                String b = line.substring(sp + 1);
                if (a.charAt(0) == '@') {
                    section++;
                    cur = new int[2 * Integer.parseInt(b)];
                    tables[section] = cur;
                    fill = 0;
                } else {
                    cur[fill++] = Integer.parseInt(a, 16);
                    cur[fill++] = Integer.parseInt(b, 16);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ID_START = tables[0];
        ID_CONTINUE = tables[1];
        PRINTABLE = tables[2];
        NAMED = tables[3];
    }

    /** The tokenizer's first test for a name start (ASCII letter, '_' or any non-ASCII char). */
    static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c >= 128;
    }

    static boolean isIdentifierStart(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
        }
        return inRanges(ID_START, cp);
    }

    static boolean isIdentifierContinue(int cp) {
        if (cp < 128) {
            return isPotentialIdentifierChar(cp);
        }
        return inRanges(ID_CONTINUE, cp);
    }

    /** Python's {@code str.isprintable} for one code point. */
    static boolean isPrintable(int cp) {
        if (cp < 128) {
            return cp >= 0x20 && cp < 0x7f;
        }
        return inRanges(PRINTABLE, cp);
    }

    /** Whether CPython's unicodedata gives the (non-ASCII) code point a name. */
    static boolean isNamed(int cp) {
        return cp < 128 ? cp >= 0x20 && cp < 0x7f : inRanges(NAMED, cp);
    }

    private static boolean inRanges(int[] ranges, int cp) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (cp > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
