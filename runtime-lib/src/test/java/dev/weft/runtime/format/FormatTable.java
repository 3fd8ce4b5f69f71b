package dev.weft.runtime.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reads a CPython-generated table (see runtime-lib/tools/format_tables_io.py) and checks rows. */
final class FormatTable {
    private FormatTable() {}

    static List<String[]> read(String name) {
        InputStream in = FormatTable.class.getResourceAsStream("/format/" + name);
        if (in == null) {
            throw new IllegalStateException("missing table " + name);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = unescape(fields[i]);
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 't': sb.append('\t'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 'u': sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16)); i += 4; break;
                default: sb.append(n); break;
            }
        }
        return sb.toString();
    }

    static double bitsToDouble(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    static String doubleToBits(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }

    /** Python's hex(i) back to an int. */
    static BigInteger parseHexInt(String s) {
        boolean neg = s.startsWith("-");
        BigInteger v = new BigInteger(s.substring(neg ? 3 : 2), 16);
        return neg ? v.negate() : v;
    }

    /** The result of an action as the table writes it: the value, or "!Type: message". */
    static String outcome(java.util.function.Supplier<String> action) {
        try {
            return action.get();
        } catch (FormatError e) {
            return "!" + e.pythonType() + ": " + e.getMessage();
        }
    }

    /** Checks every row; fails listing the first mismatches and the pass count. */
    static void checkAll(String name, Function<String[], String> actual, int expectedColumn) {
        List<String[]> rows = read(name);
        List<String> failures = new ArrayList<>();
        for (String[] row : rows) {
            String got;
            try {
                got = actual.apply(row);
            } catch (RuntimeException e) {
                got = "<" + e + ">";
            }
            if (!row[expectedColumn].equals(got)) {
                failures.add(String.join(" | ", row) + "  => got: " + got);
            }
        }
        String summary = name + ": " + (rows.size() - failures.size()) + "/" + rows.size() + " pass\n"
                + String.join("\n", failures.subList(0, Math.min(25, failures.size())));
        System.out.println(name + ": " + (rows.size() - failures.size()) + "/" + rows.size() + " pass");
        assertEquals(0, failures.size(), summary);
    }
}
