package dev.weft.runtime.math;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The cmath special-value tables (C99 Annex G as CPython applies it): for each function, the
 * result or the exception for every pair of argument classes with a non-finite member. Read
 * from cmath_special_values.tsv, which runtime-lib/tools/gen_cmath_tables.py derives from
 * CPython 3.13 itself.
 */
final class CmathSpecialValues {
    private CmathSpecialValues() {}

    private static final String[] CLASS_NAMES = {"NINF", "NEG", "NZERO", "PZERO", "POS", "PINF", "NAN"};

    /** function name to a 7x7 table of Complex or MathError (null: computed, not tabled). */
    private static final Map<String, Object[][]> TABLES = load();

    static int classOf(double d) {
        if (Double.isNaN(d)) {
            return 6;
        }
        boolean positive = Math.copySign(1.0, d) == 1.0;
        if (Double.isInfinite(d)) {
            return positive ? 5 : 0;
        }
        if (d == 0) {
            return positive ? 3 : 2;
        }
        return positive ? 4 : 1;
    }

    /** The tabled result for (re, im), one of which is not finite; throws the tabled error. */
    static Complex lookup(String function, double re, double im) {
        Object entry = TABLES.get(function)[classOf(re)][classOf(im)];
        if (entry instanceof MathError) {
            MathError e = (MathError) entry;
            throw new MathError(e.pythonType(), e.getMessage());
        }
        if (entry == null) {
            throw new IllegalStateException("cmath." + function + " has no tabled value for " + re + ", " + im);
        }
        return (Complex) entry;
    }

    private static int classIndex(String name) {
        for (int i = 0; i < CLASS_NAMES.length; i++) {
            if (CLASS_NAMES[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("bad class " + name);
    }

    private static double parseDouble(String s) {
        if (s.equals("fnan")) {
            return Double.NaN;
        }
        return Double.longBitsToDouble(Long.parseUnsignedLong(s.substring(1), 16));
    }

    private static Map<String, Object[][]> load() {
        InputStream in = CmathSpecialValues.class.getResourceAsStream("cmath_special_values.tsv");
        if (in == null) {
            throw new IllegalStateException("missing cmath_special_values.tsv");
        }
        Map<String, Object[][]> tables = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                Object[][] table = tables.computeIfAbsent(f[0], k -> new Object[7][7]);
                Object entry;
                if (f[3].equals("U")) {
                    entry = null;
                } else if (f[3].startsWith("!")) {
                    int colon = f[3].indexOf(": ");
                    entry = new MathError(f[3].substring(1, colon), f[3].substring(colon + 2));
                } else {
                    String[] parts = f[3].split(";");
                    entry = new Complex(parseDouble(parts[0]), parseDouble(parts[1]));
                }
                table[classIndex(f[1])][classIndex(f[2])] = entry;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }
}
