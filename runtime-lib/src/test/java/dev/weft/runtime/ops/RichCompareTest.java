package dev.weft.runtime.ops;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.types.PyBool;
import org.junit.jupiter.api.Test;

import static dev.weft.runtime.Py.big;
import static dev.weft.runtime.Py.cls;
import static dev.weft.runtime.Py.f;
import static dev.weft.runtime.Py.fn;
import static dev.weft.runtime.Py.i;
import static dev.weft.runtime.Py.ns;
import static dev.weft.runtime.Py.repr;
import static dev.weft.runtime.Py.s;
import static dev.weft.runtime.Py.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * {@link Ops#richCompare}, {@link Ops#repr} and {@link Ops#str} on exact ints, floats and strs
 * take a direct path (no slot lookup); these pin that it answers as the slots do, and that
 * subclasses and other types still go through the protocol.
 */
class RichCompareTest {
    private static boolean cmp(PyObject a, PyObject b, CmpOp op) {
        return Ops.richCompare(a, b, op) == PyBool.TRUE;
    }

    @Test
    void floatComparisonsFollowIeeeIncludingNanAndSignedZero() {
        PyObject nan = f(Double.NaN);
        for (CmpOp op : CmpOp.values()) {
            assertEquals(op == CmpOp.NE, cmp(nan, nan, op), "nan " + op.symbol + " nan");
            assertEquals(op == CmpOp.NE, cmp(nan, f(1.0), op), "nan " + op.symbol + " 1.0");
        }
        assertEquals(true, cmp(f(-0.0), f(0.0), CmpOp.EQ));
        assertEquals(false, cmp(f(-0.0), f(0.0), CmpOp.LT));
        assertEquals(true, cmp(f(Double.NEGATIVE_INFINITY), f(-1e308), CmpOp.LT));
    }

    @Test
    void intAgainstFloatIsExactBeyondTwoToTheFiftyThree() {
        PyObject twoTo53 = f(9007199254740992.0);
        assertEquals(true, cmp(i(9007199254740993L), twoTo53, CmpOp.GT), "no rounding of the int");
        assertEquals(true, cmp(twoTo53, i(9007199254740993L), CmpOp.LT));
        assertEquals(false, cmp(i(9007199254740993L), twoTo53, CmpOp.EQ));
        assertEquals(true, cmp(big("1" + "0".repeat(400)), f(Double.MAX_VALUE), CmpOp.GT));
        assertEquals(true, cmp(big("-" + "9".repeat(30)), i(-5), CmpOp.LT));
    }

    @Test
    void strsCompareByCodePointsNotUtf16Units() {
        assertEquals(true, cmp(s("\uffff"), s("\uD800\uDC00"), CmpOp.LT), "U+FFFF < U+10000");
        assertEquals(true, cmp(s("ab"), s("abc"), CmpOp.LT));
        assertEquals(true, cmp(s("b"), s("abc"), CmpOp.GE));
    }

    @Test
    void boolsAndSubclassesGoThroughTheirSlots() {
        assertEquals(true, cmp(PyBool.TRUE, i(1), CmpOp.EQ));
        assertEquals(true, cmp(PyBool.FALSE, f(0.5), CmpOp.LT));
        PyObject myInt = cls("MyInt", new PyObject[] {dev.weft.runtime.types.PyInt.TYPE},
                ns("__lt__", fn("__lt__", (fun, a) -> PyBool.TRUE, "self", "other"),
                        "__repr__", fn("__repr__", (fun, a) -> s("mine"), "self")));
        PyObject five = Calls.call(myInt, new PyObject[] {i(5)}, null);
        assertEquals(true, cmp(five, i(1), CmpOp.LT), "the subclass's __lt__ answers");
        assertEquals("mine", Ops.repr(five).value());
        assertEquals("mine", Ops.str(five).value(), "object.__str__ calls the overriding __repr__");
    }

    @Test
    void objectsWithObjectsEqualityCompareByIdentityAndOverridesStillAnswer() {
        PyObject plain = cls("Plain", new PyObject[0], ns());
        PyObject a = Calls.call(plain, new PyObject[0], null), b = Calls.call(plain, new PyObject[0], null);
        assertEquals(true, cmp(a, a, CmpOp.EQ));
        assertEquals(false, cmp(a, b, CmpOp.EQ));
        assertEquals(true, cmp(a, b, CmpOp.NE));
        assertEquals(false, cmp(a, a, CmpOp.NE));
        assertEquals(false, cmp(a, i(1), CmpOp.EQ), "against an int");
        PyObject eqOnly = cls("EqOnly", new PyObject[0], ns("__eq__", fn("__eq__", (fun, x) -> PyBool.TRUE, "self", "other")));
        PyObject c = Calls.call(eqOnly, new PyObject[0], null);
        assertEquals(true, cmp(c, a, CmpOp.EQ));
        assertEquals(false, cmp(c, a, CmpOp.NE), "object.__ne__ inverts the overriding __eq__");
        assertEquals(true, cmp(a, c, CmpOp.EQ), "the reflected __eq__ of the right operand answers");
        PyObject neOnly = cls("NeOnly", new PyObject[0], ns("__ne__", fn("__ne__", (fun, x) -> s("ne"), "self", "other")));
        PyObject d = Calls.call(neOnly, new PyObject[0], null);
        assertEquals("'ne'", repr(Ops.richCompare(d, d, CmpOp.NE)));
        assertEquals(true, cmp(d, d, CmpOp.EQ));
    }

    @Test
    void reprAndStrOfExactScalarsAreTheirSlotsResults() {
        assertEquals("12345", str(i(12345)));
        assertEquals("-" + "9".repeat(40), str(big("-" + "9".repeat(40))));
        assertEquals("1e+16", str(f(1e16)));
        assertEquals("0.1", repr(f(0.1)));
        assertEquals("'it\\'s \"q\"'", repr(s("it's \"q\"")));
        assertEquals("\"it's\"", repr(s("it's")));
        PyObject x = s("same");
        assertSame(x, Ops.str(x));
    }
}
