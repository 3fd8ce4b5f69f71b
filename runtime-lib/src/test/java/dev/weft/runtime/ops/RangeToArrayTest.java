package dev.weft.runtime.ops;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyRange;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Arrays;

import static dev.weft.runtime.Py.i;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Protocols#toArray} of a range (list(range(...)), tuple(range(...))): the direct loop and its limits. */
class RangeToArrayTest {
    private static String items(long start, long stop, long step) {
        return items(new PyRange(i(start), i(stop), i(step)));
    }

    private static String items(PyRange r) {
        return Arrays.toString(Arrays.stream(Protocols.toArray(r)).map(o -> ((PyInt) o).bigValue()).toArray());
    }

    private static PyInt big(BigInteger v) {
        return PyInt.of(v);
    }

    @Test
    void stepsSignsAndEmptyRangesGiveTheRangesInts() {
        assertEquals("[0, 1, 2, 3, 4]", items(0, 5, 1));
        assertEquals("[10, 7, 4, 1]", items(10, 0, -3));
        assertEquals("[]", items(5, 5, 1));
        assertEquals("[]", items(0, 5, -1));
    }

    @Test
    void boundsAtTheEndsOfTheLongRangeDoNotOverflow() {
        assertEquals("[9223372036854775805, 9223372036854775806]", items(Long.MAX_VALUE - 2, Long.MAX_VALUE, 1));
        assertEquals("[-9223372036854775808, -9223372036854775807]", items(Long.MIN_VALUE, Long.MIN_VALUE + 2, 1));
        assertEquals("[9223372036854775807, -1]", items(Long.MAX_VALUE, -2, Long.MIN_VALUE));
    }

    @Test
    void bigIntBoundsTakeTheIteratorPath() {
        BigInteger two63 = BigInteger.ONE.shiftLeft(63);
        PyRange across = new PyRange(i(Long.MAX_VALUE - 1), big(two63.add(BigInteger.ONE)), i(1));
        assertEquals("[9223372036854775806, 9223372036854775807, 9223372036854775808]", items(across));
        PyRange wide = new PyRange(i(0), big(BigInteger.ONE.shiftLeft(70)), big(BigInteger.ONE.shiftLeft(68)));
        PyObject[] a = Protocols.toArray(wide);
        assertEquals(4, a.length);
        assertEquals(BigInteger.valueOf(3).shiftLeft(68), ((PyInt) a[3]).bigValue());
    }
}
