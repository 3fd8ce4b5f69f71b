package dev.weft.frontend.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.frontend.ast.ConstantValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class PyReprTest {
    @Test
    void strReprMatchesCPythonOnTrickyAndRandomStrings() {
        List<String> failures = new ArrayList<>();
        for (String line : Goldens.lines("str-repr.txt")) {
            String[] c = Goldens.columns(line);
            StringBuilder s = new StringBuilder();
            int previous = 0;
            boolean representable = true;
            if (!c[0].isEmpty()) {
                for (String hex : c[0].split(",")) {
                    int cp = Integer.parseInt(hex, 16);
                    // A Python str with a lone high surrogate followed by a lone low surrogate has
                    // no Java String of its own: in UTF-16 the two make one astral character.
                    representable &= !(Character.isHighSurrogate((char) previous) && Character.isLowSurrogate((char) cp)
                            && previous <= 0xffff && cp <= 0xffff);
                    s.appendCodePoint(cp);
                    previous = cp;
                }
            }
            if (!representable) {
                continue;
            }
            String actual = PyRepr.str(s.toString());
            if (!actual.equals(c[1])) {
                failures.add(c[0] + ": expected " + c[1] + " got " + actual);
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())));
    }

    @Test
    void bytesReprMatchesCPython() {
        List<String> failures = new ArrayList<>();
        for (String line : Goldens.lines("bytes-repr.txt")) {
            String[] c = Goldens.columns(line);
            String actual = PyRepr.repr(new ConstantValue.Bytes(HexFormat.of().parseHex(c[0])));
            if (!actual.equals(c[1])) {
                failures.add(c[0] + ": expected " + c[1] + " got " + actual);
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())));
    }

    @Test
    void strQuotesWithDoubleQuotesOnlyWhenItHoldsSingleQuotesAlone() {
        assertEquals("\"it's\"", PyRepr.str("it's"));
        assertEquals("'it\\'s \"q\"'", PyRepr.str("it's \"q\""));
    }

    @Test
    void loneSurrogatesAreEscaped() {
        assertEquals("'\\ud800x'", PyRepr.str("\ud800x"));
        assertEquals("'\\U000e0001'", PyRepr.str(new String(Character.toChars(0xE0001))));
    }

    @Test
    void singletonsAndIntegers() {
        assertEquals("None", PyRepr.repr(ConstantValue.NONE));
        assertEquals("Ellipsis", PyRepr.repr(ConstantValue.ELLIPSIS));
        assertEquals("True", PyRepr.repr(Boolean.TRUE));
        assertEquals("1267650600228229401496703205376", PyRepr.repr(BigInteger.TWO.pow(100)));
    }
}
