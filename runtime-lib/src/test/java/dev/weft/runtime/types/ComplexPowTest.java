package dev.weft.runtime.types;

import dev.weft.runtime.exc.PyException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Expected values from CPython 3.13. */
class ComplexPowTest {
    private static String pow(double ar, double ai, double br, double bi) {
        return PyComplex.pow(new PyComplex(ar, ai), new PyComplex(br, bi)).repr();
    }

    @Test
    void smallIntegralExponentsMultiplyExactlyAsCPython() {
        assertEquals("(-1+0j)", pow(0, 1, 2, 0));
        assertEquals("(16+0j)", pow(1, 1, 8, 0));
        assertEquals("(597.2109375-125.96875j)", pow(1.5, -2, 7, 0));
        assertEquals("(-0.25-0.25j)", pow(1, 1, -3, 0));
        assertEquals("(-6.443164690985892e+34-6.113241307762508e+34j)", pow(1, 2, 100, 0));
    }

    @Test
    void otherExponentsUseThePolarForm() {
        assertEquals("(1.4142135623730951+0j)", pow(2, 0, 0.5, 0));
        assertEquals("(1+0j)", pow(3, 4, -0.0, 0));
    }

    @Test
    void zeroToANegativePowerAndOverflowRaiseAsCPython() {
        PyException z = assertThrows(PyException.class, () -> pow(0, 0, -1, 0));
        assertEquals("ZeroDivisionError('0.0 to a negative or complex power')", z.value.toString());
        assertThrows(PyException.class, () -> pow(1e200, 0, 2, 0));
        assertThrows(PyException.class, () -> pow(1e200, 1, 2.5, 0));
        assertEquals("(nan+nanj)", pow(1e200, 1e200, 50, 0));
    }
}
