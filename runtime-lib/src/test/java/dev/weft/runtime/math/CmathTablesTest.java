package dev.weft.runtime.math;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cmath tables generated from CPython 3.13 (runtime-lib/tools/gen_cmath_tables.py).
 * Exceptions and special values must match exactly; finite parts may differ by at most
 * {@link #MAX_ULPS} ulp where glibc's sin, cos, tan, log or atan2 is not correctly rounded
 * (see package-info): a 1-ulp libm difference times another rounded factor (l*cos(y)) can
 * land 2 ulps away. At least {@link #MIN_EXACT_SHARE} of each table must be bit-exact.
 */
class CmathTablesTest {
    private static final long MAX_ULPS = 2;
    /** Functions whose formulas can amplify a 1-ulp libm difference (none needed at present). */
    private static final Map<String, Long> WIDER = Map.of();
    private static final double MIN_EXACT_SHARE = 0.99;

    private static Complex c(String s) {
        String[] parts = s.split(";");
        return new Complex((Double) MathTable.decode(parts[0]), (Double) MathTable.decode(parts[1]));
    }

    private static String enc(Complex z) {
        return MathTable.encode(z.real()) + ";" + MathTable.encode(z.imag());
    }

    private static Function<String[], String> complexFn(Function<Complex, Complex> fn) {
        return row -> enc(fn.apply(c(row[0])));
    }

    private static Map<String, Function<String[], String>> functions() {
        Map<String, Function<String[], String>> m = new LinkedHashMap<>();
        m.put("acos", complexFn(PyCmath::acos));
        m.put("acosh", complexFn(PyCmath::acosh));
        m.put("asin", complexFn(PyCmath::asin));
        m.put("asinh", complexFn(PyCmath::asinh));
        m.put("atan", complexFn(PyCmath::atan));
        m.put("atanh", complexFn(PyCmath::atanh));
        m.put("cos", complexFn(PyCmath::cos));
        m.put("cosh", complexFn(PyCmath::cosh));
        m.put("exp", complexFn(PyCmath::exp));
        m.put("log", complexFn(PyCmath::log));
        m.put("log10", complexFn(PyCmath::log10));
        m.put("sin", complexFn(PyCmath::sin));
        m.put("sinh", complexFn(PyCmath::sinh));
        m.put("sqrt", complexFn(PyCmath::sqrt));
        m.put("tan", complexFn(PyCmath::tan));
        m.put("tanh", complexFn(PyCmath::tanh));
        m.put("phase", row -> MathTable.encode(PyCmath.phase(c(row[0]))));
        m.put("polar", row -> {
            double[] p = PyCmath.polar(c(row[0]));
            return MathTable.encode(p[0]) + ";" + MathTable.encode(p[1]);
        });
        m.put("isfinite", row -> MathTable.encode(PyCmath.isfinite(c(row[0]))));
        m.put("isinf", row -> MathTable.encode(PyCmath.isinf(c(row[0]))));
        m.put("isnan", row -> MathTable.encode(PyCmath.isnan(c(row[0]))));
        m.put("rect", row -> enc(PyCmath.rect((Double) MathTable.decode(row[0]), (Double) MathTable.decode(row[1]))));
        m.put("log_base", row -> enc(PyCmath.log(c(row[0]), c(row[1]))));
        m.put("isclose", row -> MathTable.encode(PyCmath.isclose(c(row[0]), c(row[1]),
                (Double) MathTable.decode(row[2]), (Double) MathTable.decode(row[3]))));
        return m;
    }

    private static boolean close(String got, String want, long maxUlps) {
        String[] g = got.split(";");
        String[] w = want.split(";");
        if (g.length != w.length) {
            return false;
        }
        for (int i = 0; i < g.length; i++) {
            if (g[i].equals(w[i])) {
                continue;
            }
            if (!g[i].startsWith("f") || !w[i].startsWith("f") || g[i].equals("fnan") || w[i].equals("fnan")) {
                return false;
            }
            long a = Long.parseUnsignedLong(g[i].substring(1), 16);
            long b = Long.parseUnsignedLong(w[i].substring(1), 16);
            double da = Double.longBitsToDouble(a);
            double db = Double.longBitsToDouble(b);
            if ((a ^ b) < 0 || !Double.isFinite(da) || !Double.isFinite(db) || Math.abs(a - b) > maxUlps) {
                return false;
            }
        }
        return true;
    }

    private static void check(String name, Function<String[], String> fn) {
        List<String[]> rows = MathTable.read("cmath_" + name);
        int exact = 0;
        int nearly = 0;
        List<String> failures = new ArrayList<>();
        for (String[] row : rows) {
            String want = row[row.length - 1];
            String got;
            try {
                got = fn.apply(row);
            } catch (MathError e) {
                got = "!" + e.pythonType() + ": " + e.getMessage();
            } catch (RuntimeException e) {
                got = "<" + e + ">";
            }
            if (got.equals(want)) {
                exact++;
            } else if (close(got, want, WIDER.getOrDefault(name, MAX_ULPS))) {
                nearly++;
            } else {
                failures.add(String.join(" | ", row) + "  => got " + got);
            }
        }
        String summary = String.format("cmath.%s: %d/%d bit-exact, %d within %d ulp, %d wrong",
                name, exact, rows.size(), nearly, WIDER.getOrDefault(name, MAX_ULPS), failures.size());
        System.out.println(summary);
        assertTrue(failures.isEmpty(), summary + "\n" + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        assertTrue(exact >= MIN_EXACT_SHARE * rows.size(), summary);
    }

    @TestFactory
    Stream<DynamicTest> everyCmathFunctionMatchesCPythonTable() {
        return functions().entrySet().stream().map(e -> DynamicTest.dynamicTest(
                "cmath." + e.getKey() + " matches CPython 3.13", () -> check(e.getKey(), e.getValue())));
    }
}
