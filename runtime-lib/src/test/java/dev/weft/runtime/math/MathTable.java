package dev.weft.runtime.math;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a table written by runtime-lib/tools/gen_math_tables.py and encodes results the same
 * way: f + 16 hex digits (a float's bits; fnan for any NaN), i + Python hex() (an int), b1/b0,
 * n (None), ',' between list items, ';' between tuple items, '!Type: message' for an exception.
 */
final class MathTable {
    private MathTable() {}

    static List<String[]> read(String name) {
        InputStream in = MathTable.class.getResourceAsStream("/math/" + name + ".tsv.gz");
        if (in == null) {
            throw new IllegalStateException("missing table " + name);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static Object decode(String s) {
        if (s.equals("n")) {
            return null;
        }
        if (s.equals("b1") || s.equals("b0")) {
            return s.equals("b1") ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (s.equals("fnan")) {
            return Double.NaN;
        }
        if (s.startsWith("f")) {
            return Double.longBitsToDouble(Long.parseUnsignedLong(s.substring(1), 16));
        }
        if (s.startsWith("i")) {
            String h = s.substring(1);
            boolean neg = h.startsWith("-");
            BigInteger v = new BigInteger(h.substring(neg ? 3 : 2), 16);
            return neg ? v.negate() : v;
        }
        throw new IllegalArgumentException("bad value " + s);
    }

    static List<Number> decodeList(String s) {
        List<Number> out = new ArrayList<>();
        if (!s.isEmpty()) {
            for (String part : s.split(",")) {
                out.add((Number) decode(part));
            }
        }
        return out;
    }

    static double[] decodeDoubles(String s) {
        List<Number> items = decodeList(s);
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) {
            Number v = items.get(i);
            out[i] = v instanceof BigInteger ? Summation.intToFloat((BigInteger) v) : v.doubleValue();
        }
        return out;
    }

    static BigInteger[] decodeInts(String s) {
        return decodeList(s).stream().map(v -> (BigInteger) v).toArray(BigInteger[]::new);
    }

    static String encode(Object v) {
        if (v instanceof Boolean) {
            return (Boolean) v ? "b1" : "b0";
        }
        if (v instanceof Double) {
            double d = (Double) v;
            return Double.isNaN(d) ? "fnan" : String.format("f%016x", Double.doubleToRawLongBits(d));
        }
        if (v instanceof Integer || v instanceof Long) {
            return encode(BigInteger.valueOf(((Number) v).longValue()));
        }
        if (v instanceof BigInteger) {
            BigInteger b = (BigInteger) v;
            return "i" + (b.signum() < 0 ? "-0x" + b.negate().toString(16) : "0x" + b.toString(16));
        }
        if (v instanceof PyMath.Frexp) {
            PyMath.Frexp f = (PyMath.Frexp) v;
            return encode(f.mantissa()) + ";" + encode(f.exponent());
        }
        if (v instanceof PyMath.Modf) {
            PyMath.Modf m = (PyMath.Modf) v;
            return encode(m.fractional()) + ";" + encode(m.integral());
        }
        throw new IllegalArgumentException("cannot encode " + v);
    }
}
