package dev.weft.frontend.dump;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * CPython 3.13's {@code str.isprintable} for one code point (Unicode 15.1), read from the table
 * {@code nonprintable-ranges.txt} that frontend/tools/gen_nonprintable_table.py derives from
 * CPython itself; the JDK's own Unicode tables are of an older version on JDK 17.
 */
public final class UnicodePrintable {
    private static final String TABLE = "nonprintable-ranges.txt";

    /** Sorted, disjoint ranges: {@code firsts[i]..lasts[i]} (inclusive) are not printable. */
    private static final int[] FIRSTS;
    private static final int[] LASTS;

    static {
        int[][] table = load();
        FIRSTS = table[0];
        LASTS = table[1];
    }

    private UnicodePrintable() {}

    /** Whether {@code repr} keeps this code point as it is (outside ASCII, where repr has its own rules). */
    public static boolean isPrintable(int codePoint) {
        int i = Arrays.binarySearch(FIRSTS, codePoint);
        if (i >= 0) {
            return false;
        }
        int before = -i - 2;  // the last range starting below codePoint
        return before < 0 || codePoint > LASTS[before];
    }

    private static int[][] load() {
        try (InputStream in = UnicodePrintable.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TABLE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            int[] firsts = new int[1024];
            int[] lasts = new int[1024];
            int n = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                if (n == firsts.length) {
                    firsts = Arrays.copyOf(firsts, n * 2);
                    lasts = Arrays.copyOf(lasts, n * 2);
                }
                firsts[n] = Integer.parseInt(line.substring(0, space), 16);
                lasts[n] = Integer.parseInt(line.substring(space + 1), 16);
                n++;
            }
            return new int[][] {Arrays.copyOf(firsts, n), Arrays.copyOf(lasts, n)};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
