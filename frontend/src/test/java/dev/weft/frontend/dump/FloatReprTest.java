package dev.weft.frontend.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.frontend.ast.ConstantValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FloatReprTest {
    private static double fromBits(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    @Test
    void floatReprMatchesCPythonOnThousandsOfDoubles() {
        List<String> lines = Goldens.lines("float-repr.txt");
        assertTrue(lines.size() > 5000);
        List<String> failures = new ArrayList<>();
        for (String line : lines) {
            String[] c = Goldens.columns(line);
            String actual = FloatRepr.repr(fromBits(c[0]));
            if (!actual.equals(c[1])) {
                failures.add(c[0] + ": expected " + c[1] + " got " + actual);
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())));
    }

    @Test
    void imaginaryReprMatchesCPythonComplexRepr() {
        List<String> failures = new ArrayList<>();
        for (String line : Goldens.lines("float-repr.txt")) {
            String[] c = Goldens.columns(line);
            String actual = PyRepr.repr(new ConstantValue.Imaginary(fromBits(c[0])));
            if (!actual.equals(c[2])) {
                failures.add(c[0] + ": expected " + c[2] + " got " + actual);
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())));
    }

    @Test
    void switchesToExponentOutsideMinusFourToSixteen() {
        assertEquals("1e+16", FloatRepr.repr(1e16));
        assertEquals("1000000000000000.0", FloatRepr.repr(1e15));
        assertEquals("0.0001", FloatRepr.repr(1e-4));
        assertEquals("1e-05", FloatRepr.repr(1e-5));
        assertEquals("1.5e+300", FloatRepr.repr(1.5e300));
    }

    @Test
    void picksTheShortestDigitsThatReadBack() {
        assertEquals("0.1", FloatRepr.repr(0.1));
        assertEquals("0.30000000000000004", FloatRepr.repr(0.1 + 0.2));
        assertEquals("5e-324", FloatRepr.repr(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", FloatRepr.repr(Double.MAX_VALUE));
    }
}
