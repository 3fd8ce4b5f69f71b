package dev.weft.runtime.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every code point 0..0x10FFFF against CPython 3.13: for each property the test serialises
 * "%X:value\n" for all code points exactly as gen_text_unicode.py does from CPython's behaviour
 * and compares SHA-256 digests (unicode_digests.txt).
 */
class UnicodeDatabaseDigestTest {
    private static String codePoints(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(Integer.toHexString(c).toUpperCase());
        });
        return sb.toString();
    }

    private static String bool(boolean b) {
        return b ? "1" : "0";
    }

    private static Map<String, IntFunction<String>> properties() {
        Map<String, IntFunction<String>> p = new LinkedHashMap<>();
        p.put("category", UnicodeDatabase::category);
        p.put("bidirectional", UnicodeDatabase::bidirectional);
        p.put("east_asian_width", UnicodeDatabase::eastAsianWidth);
        p.put("mirrored", c -> UnicodeDatabase.isMirrored(c) ? "1" : "0");
        p.put("isalpha", c -> bool(StrCase.isalpha(CodePoints.fromCodePoint(c))));
        p.put("isdecimal", c -> bool(StrCase.isdecimal(CodePoints.fromCodePoint(c))));
        p.put("isdigit", c -> bool(StrCase.isdigit(CodePoints.fromCodePoint(c))));
        p.put("isnumeric", c -> bool(StrCase.isnumeric(CodePoints.fromCodePoint(c))));
        p.put("isalnum", c -> bool(StrCase.isalnum(CodePoints.fromCodePoint(c))));
        p.put("isspace", c -> bool(StrCase.isspace(CodePoints.fromCodePoint(c))));
        p.put("isprintable", c -> bool(StrCase.isprintable(CodePoints.fromCodePoint(c))));
        p.put("islower", c -> bool(StrCase.islower(CodePoints.fromCodePoint(c))));
        p.put("isupper", c -> bool(StrCase.isupper(CodePoints.fromCodePoint(c))));
        p.put("istitle", c -> bool(StrCase.istitle(CodePoints.fromCodePoint(c))));
        p.put("isidentifier_start", c -> bool(StrCase.isidentifier(CodePoints.fromCodePoint(c))));
        p.put("isidentifier_continue",
                c -> bool(StrCase.isidentifier("a" + CodePoints.fromCodePoint(c))));
        p.put("decimal", c -> Integer.toString(UnicodeDatabase.decimal(c)));
        p.put("digit", c -> Integer.toString(UnicodeDatabase.digit(c)));
        p.put("numeric", c -> {
            double v = UnicodeDatabase.numeric(c);
            return Double.isNaN(v) ? "-" : String.format("%016x", Double.doubleToLongBits(v));
        });
        p.put("lower", c -> codePoints(StrCase.lower(CodePoints.fromCodePoint(c))));
        p.put("upper", c -> codePoints(StrCase.upper(CodePoints.fromCodePoint(c))));
        p.put("title", c -> codePoints(StrCase.title(CodePoints.fromCodePoint(c))));
        p.put("casefold", c -> codePoints(StrCase.casefold(CodePoints.fromCodePoint(c))));
        p.put("swapcase", c -> codePoints(StrCase.swapcase(CodePoints.fromCodePoint(c))));
        p.put("capitalize", c -> codePoints(StrCase.capitalize(CodePoints.fromCodePoint(c))));
        p.put("name", c -> {
            String n = UnicodeNames.name(c);
            return n == null ? "-" : n;
        });
        return p;
    }

    private static Map<String, String> expectedDigests() throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        try (InputStream in = UnicodeDatabaseDigestTest.class.getResourceAsStream(
                "/text/unicode_digests.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] f = line.split(" ");
                    m.put(f[0], f[1]);
                }
            }
        }
        return m;
    }

    private static String digest(IntFunction<String> property) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        StringBuilder chunk = new StringBuilder(1 << 16);
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            chunk.append(Integer.toHexString(c).toUpperCase()).append(':')
                    .append(property.apply(c)).append('\n');
            if (chunk.length() > 60000) {
                sha.update(chunk.toString().getBytes(StandardCharsets.UTF_8));
                chunk.setLength(0);
            }
        }
        sha.update(chunk.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    @TestFactory
    List<DynamicTest> everyCodePointMatchesCPython() throws IOException {
        Map<String, String> expected = expectedDigests();
        Map<String, IntFunction<String>> props = properties();
        assertEquals(expected.keySet(), props.keySet());
        List<DynamicTest> tests = new ArrayList<>();
        props.forEach((name, fn) -> tests.add(DynamicTest.dynamicTest(
                name + " of all 0x110000 code points matches CPython 3.13",
                () -> assertEquals(expected.get(name), digest(fn), name))));
        return tests;
    }
}
