package dev.weft.runtime.math;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Behaviour the CPython tables do not reach: constants, Java-typed entry points, error shape. */
class MathBehaviourTest {

    @Test
    void constantsMatchCPythonTable() {
        for (String[] row : MathTable.read("constants")) {
            double want = (Double) MathTable.decode(row[1]);
            double got;
            switch (row[0]) {
                case "pi": got = PyMath.PI; break;
                case "e": got = PyMath.E; break;
                case "tau": got = PyMath.TAU; break;
                case "inf": got = PyMath.INF; break;
                default: got = PyMath.NAN; break;
            }
            assertEquals(MathTable.encode(want), MathTable.encode(got), row[0]);
        }
    }

    @Test
    void domainErrorCarriesPythonTypeAndMessage() {
        MathError e = assertThrows(MathError.class, () -> PyMath.sqrt(-1));
        assertEquals("ValueError", e.pythonType());
        assertEquals("math domain error", e.getMessage());
        assertEquals("ValueError: math domain error", e.toString());
    }

    @Test
    void rangeErrorIsOverflowError() {
        MathError e = assertThrows(MathError.class, () -> PyMath.exp(1000));
        assertEquals("OverflowError", e.pythonType());
        assertEquals("math range error", e.getMessage());
    }

    @Test
    void logWithBaseOneIsZeroDivision() {
        MathError e = assertThrows(MathError.class, () -> PyMath.log(10.0, 1.0));
        assertEquals("ZeroDivisionError", e.pythonType());
        assertEquals("float division by zero", e.getMessage());
    }

    @Test
    void logOfIntFarBeyondFloatRange() {
        BigInteger huge = BigInteger.ONE.shiftLeft(200000);
        assertEquals(200000.0, PyMath.log2(huge));
        assertEquals(200000 * Math.log(2), PyMath.log(huge), 1e-9);
    }

    @Test
    void prodAcceptsJavaIntegerTypes() {
        assertEquals(BigInteger.valueOf(24), Summation.prod(List.of(2, 3L, BigInteger.valueOf(4)), 1));
        assertEquals(7.5, Summation.prod(List.of(2.5, 3L), 1));
    }

    @Test
    void sumprodOfMismatchedLengthsIsValueError() {
        MathError e = assertThrows(MathError.class, () -> Summation.sumprod(List.of(1.0, 2.0), List.of(1.0)));
        assertEquals("Inputs are not the same length", e.getMessage());
    }

    @Test
    void sumprodUsesExtendedPrecisionForFloats() {
        // Plain left-to-right float arithmetic would give 0.0 here.
        Number r = Summation.sumprod(List.of(1e16, 1.0, -1e16), List.of(1.0, 1.0, 1.0));
        assertEquals(1.0, r);
    }

    @Test
    void ldexpWithLongExponentSaturates() {
        assertEquals(0.0, PyMath.ldexp(1.0, Long.MIN_VALUE));
        assertThrows(MathError.class, () -> PyMath.ldexp(1.0, Long.MAX_VALUE));
        assertEquals(-0.0, PyMath.ldexp(-1.0, BigInteger.ONE.shiftLeft(100).negate()));
    }

    @Test
    void isqrtOfLargeSquareIsExact() {
        BigInteger n = BigInteger.TEN.pow(400).add(BigInteger.ONE);
        BigInteger r = IntegerMath.isqrt(n.multiply(n));
        assertEquals(n, r);
        assertEquals(n, IntegerMath.isqrt(n.multiply(n).add(n)));
    }

    @Test
    void frexpOfSubnormal() {
        PyMath.Frexp f = PyMath.frexp(Double.MIN_VALUE);
        assertEquals(0.5, f.mantissa());
        assertEquals(-1073, f.exponent());
    }

    @Test
    void correctlyRoundedSinAtHugeArgument() {
        // sin(1e22) is a classic argument-reduction test; its correctly rounded value:
        assertEquals(-0.8522008497671888, PyMath.sin(1e22));
        assertTrue(Math.abs(PyMath.cos(Double.MAX_VALUE) - (-0.9999876894265599)) == 0.0);
    }

    @Test
    void cmathConstantsAreCPythons() {
        assertEquals(new Complex(0.0, Double.POSITIVE_INFINITY), PyCmath.INFJ);
        assertTrue(Double.isNaN(PyCmath.NANJ.imag()));
        assertEquals(0.0, PyCmath.NANJ.real());
        assertEquals(2 * Math.PI, PyCmath.TAU);
    }

    @Test
    void cmathPhaseReportsAtan2UnderflowAsOverflowError() {
        MathError e = assertThrows(MathError.class, () -> PyCmath.phase(new Complex(1e308, 1e-300)));
        assertEquals("OverflowError", e.pythonType());
        assertEquals(0.0, PyCmath.polar(new Complex(1e308, 1e-300))[1]);
    }

    @Test
    void cmathLogWithBaseKeepsOnlyTheBasesErrorState() {
        Complex r = PyCmath.log(new Complex(0.0, 0.0), new Complex(2.0, 0.0));
        assertEquals(Double.NEGATIVE_INFINITY, r.real());
        assertTrue(Double.isNaN(r.imag()));
        assertThrows(MathError.class, () -> PyCmath.log(new Complex(2.0, 0.0), new Complex(1.0, 0.0)));
    }
}
