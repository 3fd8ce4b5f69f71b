package dev.weft.runtime.ops;

import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The primitive steps of fused arithmetic: plain results where Python's are plain, the sentinel everywhere else. */
class FastArithTest {
    private static final long MIN = Long.MIN_VALUE, MAX = Long.MAX_VALUE, BAIL = FastArith.BAIL;

    @Test
    void guardsAcceptOnlyExactIntsThatFitALongAndExactFloats() {
        assertTrue(FastArith.isLong(PyInt.of(5)));
        assertFalse(FastArith.isLong(PyInt.of(BigInteger.ONE.shiftLeft(64))));
        assertFalse(FastArith.isLong(PyBool.TRUE));
        assertFalse(FastArith.isLong(null));
        assertFalse(FastArith.isLong(PyFloat.of(1.0)));
        assertTrue(FastArith.isDouble(PyFloat.of(-0.0)));
        assertFalse(FastArith.isDouble(PyInt.of(1)));
        assertFalse(FastArith.isDouble(null));
    }

    @Test
    void longOverflowAndZeroDivisionBail() {
        assertEquals(BAIL, FastArith.add(MAX, 1));
        assertEquals(BAIL, FastArith.sub(MIN, 1));
        assertEquals(BAIL, FastArith.mul(1L << 32, 1L << 31));
        assertEquals(-(1L << 62), FastArith.mul(-(1L << 31), 1L << 31));
        assertEquals(BAIL, FastArith.floorDiv(MIN, -1));
        assertEquals(BAIL, FastArith.floorDiv(5, 0));
        assertEquals(BAIL, FastArith.mod(5, 0));
        assertEquals(BAIL, FastArith.neg(MIN));
        assertEquals(BAIL, FastArith.lshift(1, 63));
        assertEquals(BAIL, FastArith.lshift(3, 62));
        assertEquals(BAIL, FastArith.lshift(1, -1));
        assertEquals(BAIL, FastArith.rshift(1, -1));
    }

    @Test
    void longResultsFloorAsPython() {
        assertEquals(-4, FastArith.floorDiv(-7, 2));
        assertEquals(-4, FastArith.floorDiv(7, -2));
        assertEquals(1, FastArith.mod(-7, 2));
        assertEquals(-1, FastArith.mod(7, -2));
        assertEquals(0, FastArith.mod(MIN, -1));
        assertEquals(-MAX, FastArith.floorDiv(MAX, -1));
        assertEquals(-1, FastArith.rshift(-5, 1000));
        assertEquals(0, FastArith.lshift(0, 1000));
        assertEquals(1L << 62, FastArith.lshift(1, 62));
    }

    @Test
    void doubleSpecialCasesBailWithNaN() {
        assertTrue(Double.isNaN(FastArith.div(1.0, 0.0)));
        assertTrue(Double.isNaN(FastArith.div(1.0, -0.0)));
        assertTrue(Double.isNaN(FastArith.floorDiv(1.0, 0.0)));
        assertTrue(Double.isNaN(FastArith.mod(1.0, 0.0)));
        assertTrue(Double.isNaN(FastArith.pow(-8.0, 1.0 / 3)), "complex result");
        assertTrue(Double.isNaN(FastArith.pow(0.0, -1.0)), "ZeroDivisionError");
        assertTrue(Double.isNaN(FastArith.pow(10.0, 400.0)), "OverflowError");
        assertEquals(-8.0, FastArith.pow(-2.0, 3.0));
        assertEquals(4.0, FastArith.pow(-2.0, 2.0));
        assertEquals(Math.pow(2.5, -1.5), FastArith.pow(2.5, -1.5));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(FastArith.mod(0.0, -1.0)), "0.0 % -1.0 is -0.0");
        assertEquals(1.0, FastArith.mod(-7.0, 2.0));
        assertEquals(-4.0, FastArith.floorDiv(-7.0, 2.0));
    }

    @Test
    void doubleComparisonsAreIeeeAsPython() {
        double nan = Double.NaN;
        assertFalse(FastArith.lt(nan, 1.0));
        assertFalse(FastArith.ge(nan, nan));
        assertFalse(FastArith.eq(nan, nan));
        assertTrue(FastArith.ne(nan, nan));
        assertTrue(FastArith.eq(-0.0, 0.0));
        assertFalse(FastArith.lt(-0.0, 0.0));
    }
}
