package dev.weft.runtime.link;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyNone;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Constant tables packed by the compiler decode to the constants each tag names. */
class ConstantTablesTest {
    private static String repr(PyObject o) {
        return Ops.reprString(o);
    }

    @Test
    void everyTagDecodesToItsConstantInOrder() {
        String onePointFive = Long.toHexString(Double.doubleToRawLongBits(1.5));
        String two = Long.toHexString(Double.doubleToRawLongBits(2.0));
        PyObject[] t = ConstantTables.decode("i3:-42" + "i21:123456789012345678901" + "f" + onePointFive.length() + ":"
                + onePointFive + "c" + two.length() + ":" + two + "s5:a:b:c" + "s0:" + "b2:\u00ff\u0001" + "n4:None"
                + "t3:i1:1s1:xt0:");
        assertEquals(9, t.length);
        assertEquals("-42", repr(t[0]));
        assertEquals("123456789012345678901", repr(t[1]));
        assertEquals("1.5", repr(t[2]));
        assertEquals("2j", repr(t[3]));
        assertEquals("'a:b:c'", repr(t[4]));
        assertEquals("''", repr(t[5]));
        assertEquals("b'\\xff\\x01'", repr(t[6]));
        assertSame(PyNone.NONE, t[7]);
        assertEquals("(1, 'x', ())", repr(t[8]));
    }

    @Test
    void strConstantsAreInternedAsSingleConstantsAre() {
        PyObject[] t = ConstantTables.decode("s5:hello");
        assertSame(Bootstraps.strConstant(null, null, null, "hello"), t[0]);
    }
}
