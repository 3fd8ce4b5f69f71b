package dev.weft.runtime.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.DynamicTest;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Replays the CPython-generated cases of src/test/resources/text/*.jsonl.gz (written by
 * runtime-lib/tools/gen_text_expected.py): one dynamic test per method, each checking all its
 * cases and reporting every mismatch.
 */
final class GoldenCases {
    /** One case: method, arguments, and either a result or an expected [type, message]. */
    static final class Case {
        final String method;
        final List<Object> args;
        final Object result;
        final List<Object> error;
        final String line;

        @SuppressWarnings("unchecked")
        Case(String line) {
            this.line = line;
            Map<String, Object> m = (Map<String, Object>) Json.parse(line);
            method = (String) m.get("m");
            args = (List<Object>) m.get("a");
            result = m.get("r");
            error = (List<Object>) m.get("e");
        }

        Object arg(int k) {
            return args.get(k);
        }

        String str(int k) {
            return (String) args.get(k);
        }

        int integer(int k) {
            return ((Long) args.get(k)).intValue();
        }

        byte[] bytes(int k) {
            return GoldenCases.bytes(args.get(k));
        }
    }

    private GoldenCases() {
    }

    @SuppressWarnings("unchecked")
    static byte[] bytes(Object v) {
        if (v == null) {
            return null;
        }
        return HexFormat.of().parseHex((String) ((Map<String, Object>) v).get("b"));
    }

    static Map<String, List<Case>> load(String resource) {
        Map<String, List<Case>> byMethod = new LinkedHashMap<>();
        try (InputStream raw = GoldenCases.class.getResourceAsStream("/text/" + resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(raw), StandardCharsets.US_ASCII));
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isEmpty()) {
                    Case c = new Case(line);
                    byMethod.computeIfAbsent(c.method, k -> new ArrayList<>()).add(c);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return byMethod;
    }

    /** Canonical text of a Java result or a JSON expected value, for comparison. */
    @SuppressWarnings("unchecked")
    static String canon(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof String) {
            StringBuilder sb = new StringBuilder("'");
            ((String) v).chars().forEach(ch -> sb.append(ch < 0x20 || ch > 0x7E
                    ? String.format("\\u%04x", ch) : String.valueOf((char) ch)));
            return sb.append("'").toString();
        }
        if (v instanceof Integer || v instanceof Long) {
            return Long.toString(((Number) v).longValue());
        }
        if (v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof byte[]) {
            return "b:" + HexFormat.of().formatHex((byte[]) v);
        }
        if (v instanceof Object[]) {
            return canon(List.of((Object[]) v));
        }
        if (v instanceof List) {
            StringBuilder sb = new StringBuilder("[");
            for (Object x : (List<Object>) v) {
                sb.append(canon(x)).append(", ");
            }
            return sb.append("]").toString();
        }
        if (v instanceof Map) {
            Map<Object, Object> m = (Map<Object, Object>) v;
            if (m.containsKey("b") && m.size() == 1) {
                return "b:" + m.get("b");
            }
            if (m.containsKey("d") && m.size() == 1) {
                StringBuilder sb = new StringBuilder("{");
                for (Object pair : (List<Object>) m.get("d")) {
                    List<Object> p = (List<Object>) pair;
                    sb.append(canon(p.get(0))).append(": ").append(canon(p.get(1))).append(", ");
                }
                return sb.append("}").toString();
            }
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<Object, Object> e : m.entrySet()) {
                sb.append(canon(e.getKey())).append(": ").append(canon(e.getValue())).append(", ");
            }
            return sb.append("}").toString();
        }
        throw new IllegalArgumentException("cannot compare " + v.getClass());
    }

    /** Runs each case through {@code call} and compares with CPython's result or error. */
    static List<DynamicTest> tests(String resource, Function<Case, Object> call) {
        List<DynamicTest> tests = new ArrayList<>();
        load(resource).forEach((method, cases) -> tests.add(DynamicTest.dynamicTest(
                method + " matches CPython 3.13 (" + cases.size() + " cases)",
                () -> check(cases, call))));
        return tests;
    }

    static void check(List<Case> cases, Function<Case, Object> call) {
        List<String> failures = failures(cases, call);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases.size() + " cases differ:\n  "
                    + String.join("\n  ", failures.subList(0, Math.min(25, failures.size()))));
        }
    }

    /**
     * For areas known to be approximate: fails if more than {@code allowed} cases differ (a
     * regression guard), and prints the differences.
     */
    static void checkAtMost(List<Case> cases, Function<Case, Object> call, int allowed) {
        List<String> failures = failures(cases, call);
        if (!failures.isEmpty()) {
            System.out.println(failures.size() + " of " + cases.size()
                    + " known-approximate cases differ:\n  " + String.join("\n  ", failures));
        }
        if (failures.size() > allowed) {
            fail(failures.size() + " of " + cases.size() + " cases differ, at most " + allowed
                    + " expected:\n  " + String.join("\n  ", failures));
        }
    }

    static List<String> failures(List<Case> cases, Function<Case, Object> call) {
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            String expected = c.error != null ? c.error.get(0) + ": " + c.error.get(1)
                    : canon(c.result);
            String actual;
            try {
                actual = canon(call.apply(c));
            } catch (TextError e) {
                actual = e.pythonType() + ": " + e.getMessage();
            } catch (RuntimeException e) {
                actual = "Java " + e;
            }
            if (!expected.equals(actual)) {
                failures.add(c.line + "\n      got " + actual);
            }
        }
        return failures;
    }
}
