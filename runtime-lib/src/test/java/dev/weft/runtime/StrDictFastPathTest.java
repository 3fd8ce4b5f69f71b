package dev.weft.runtime;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyStr;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.weft.runtime.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The fast paths of str iteration, ord, join, int % 2**k, container equality, tuple-keyed sort
 * and dict item iteration give CPython 3.13's answers on their edge cases.
 */
class StrDictFastPathTest {

    private static List<String> iterate(PyObject s) {
        List<String> out = new ArrayList<>();
        PyObject it = Protocols.iter(s);
        for (PyObject x = Protocols.next(it); x != null; x = Protocols.next(it)) {
            out.add(((PyStr) x).value() + "/" + Protocols.len(x));
        }
        return out;
    }

    @Test
    void iteratingAStrYieldsCodePointsOfLengthOneIncludingPairsAndLoneSurrogates() {
        assertEquals(List.of(), iterate(s("")));
        assertEquals(List.of("a/1", "\u00e9/1", "\u03b8/1", "\uD83D\uDE00/1", "\uDC00/1", "\uD800/1", "z/1"),
                iterate(s("a\u00e9\u03b8\uD83D\uDE00\uDC00\uD800z")));
        assertEquals(List.of("\uD800/1"), iterate(s("\uD800")), "a trailing lone high surrogate is one item");
    }

    @Test
    void iteratingAStrSubclassYieldsExactStrs() {
        PyObject sub = cls("S", new PyObject[] {PyStr.TYPE}, ns());
        PyObject it = Protocols.iter(call(sub, s("x\u03b8")));
        assertSame(PyStr.TYPE, Protocols.next(it).type());
        assertSame(PyStr.TYPE, Protocols.next(it).type());
    }

    @Test
    void ordOfOneUnitStrsNonBmpCharsAndWrongLengths() {
        PyObject ord = builtin("ord");
        assertEquals("233", repr(call(ord, s("\u00e9"))));
        assertEquals("56320", repr(call(ord, s("\uDC00"))), "a lone surrogate is its own code point");
        assertEquals("128512", repr(call(ord, s("\uD83D\uDE00"))));
        assertEquals("TypeError: ord() expected a character, but string of length 2 found", raises(() -> call(ord, s("ab"))));
        assertEquals("TypeError: ord() expected a character, but string of length 0 found", raises(() -> call(ord, s(""))));
        PyObject sub = cls("S", new PyObject[] {PyStr.TYPE}, ns());
        assertEquals("952", repr(call(ord, call(sub, s("\u03b8")))));
    }

    @Test
    void joinReturnsASingleExactStrItselfAndCopiesEverythingElse() {
        PyStr item = s("abc\u03b8");
        assertSame(item, Ops.callMethod(s(", "), "join", list(item)));
        assertSame(PyStr.EMPTY, Ops.callMethod(s("-"), "join", list()));
        PyObject sub = cls("S", new PyObject[] {PyStr.TYPE}, ns());
        PyObject subItem = call(sub, s("q"));
        PyObject joined = Ops.callMethod(s("-"), "join", list(subItem));
        assertNotSame(subItem, joined);
        assertSame(PyStr.TYPE, joined.type());
        assertEquals("'a-\u00e9-\uD83D\uDE00-'", repr(Ops.callMethod(s("-"), "join",
                list(s("a"), s("\u00e9"), s("\uD83D\uDE00"), s("")))));
        assertEquals("'x\u03b8y'", repr(Ops.callMethod(s(""), "join", s("x\u03b8y"))), "a str is iterable");
        assertEquals("TypeError: sequence item 1: expected str instance, int found",
                raises(() -> Ops.callMethod(s(""), "join", list(s("a"), i(1)))));
        assertEquals("'ab'", repr(Ops.callMethod(s(""), "join", tuple(s("a"), s("b")))));
    }

    @Test
    void modByPowersOfTwoBeyondALongIsTheFlooredRemainder() {
        Random r = new Random(7);
        int[] exponents = {63, 64, 65, 100, 511, 512, 700};
        for (int k : exponents) {
            BigInteger d = BigInteger.ONE.shiftLeft(k);
            for (int t = 0; t < 200; t++) {
                BigInteger a = new BigInteger(1 + r.nextInt(2 * k), r);
                if (r.nextBoolean()) {
                    a = a.negate();
                }
                PyObject got = Ops.mod(PyInt.of(a), PyInt.of(d));
                assertEquals(a.mod(d).toString(), repr(got), a + " % 2**" + k);
                assertSame(PyInt.TYPE, got.type());
            }
            assertEquals("0", repr(Ops.mod(i(0), PyInt.of(d))));
            assertEquals(d.subtract(BigInteger.ONE).toString(), repr(Ops.mod(i(-1), PyInt.of(d))));
            assertEquals("1", repr(Ops.mod(PyBool.TRUE, PyInt.of(d))));
            assertSame(PyInt.TYPE, Ops.mod(PyBool.TRUE, PyInt.of(d)).type(), "True % big is an int");
            assertEquals("0", repr(Ops.mod(PyInt.of(d.negate()), PyInt.of(d))));
            assertEquals(d.negate().add(BigInteger.ONE).toString(), repr(Ops.mod(i(1), PyInt.of(d.negate()))),
                    "a negative power of two keeps the general path: the result has the divisor's sign");
        }
        assertEquals("1", repr(Ops.mod(PyInt.of(BigInteger.ONE.shiftLeft(64).add(BigInteger.ONE)),
                PyInt.of(BigInteger.ONE.shiftLeft(64)))));
    }

    @Test
    void containerEqualityComparesNestedBuiltinsAndKeepsIdentityForNan() {
        PyFloat nan = PyFloat.of(Double.NaN);
        assertEquals("True", repr(Ops.eq(dict(s("k"), list(nan)), dict(s("k"), list(nan)))), "same NaN object: equal by identity");
        assertEquals("False", repr(Ops.eq(dict(s("k"), list(PyFloat.of(Double.NaN))), dict(s("k"), list(PyFloat.of(Double.NaN))))));
        assertEquals("True", repr(Ops.eq(dict(s("a"), tuple(i(1), big("123456789012345678901234567890"))),
                dict(s("a"), tuple(i(1), big("123456789012345678901234567890"))))));
        assertEquals("True", repr(Ops.eq(dict(s("a"), list(i(1))), dict(s("a"), list(PyFloat.of(1.0))))), "1 == 1.0 across types");
        assertEquals("False", repr(Ops.eq(dict(s("a"), list(i(1), i(2))), dict(s("a"), list(i(1))))));
        assertEquals("False", repr(Ops.eq(dict(s("a"), tuple(i(1))), dict(s("a"), tuple(i(1), i(2))))));
        assertEquals("True", repr(Ops.eq(list(dict(s("x"), dict())), list(dict(s("x"), dict())))));
        assertEquals("False", repr(Ops.eq(list(tuple(s("\u03b8"))), list(tuple(s("\u03b9"))))));
    }

    @Test
    void tupleEqualityComparesItemsBeforeLengthsAndListEqualityDoesNot() {
        AtomicInteger calls = new AtomicInteger();
        PyObject eq = fn("__eq__", (f, a) -> {
            calls.incrementAndGet();
            return PyBool.TRUE;
        }, "self", "other");
        PyObject hash = fn("__hash__", (f, a) -> i(1), "self");
        PyObject cls = cls("E", new PyObject[0], ns("__eq__", eq, "__hash__", hash));
        PyObject x = call(cls), y = call(cls);
        assertEquals("False", repr(Ops.eq(dict(s("t"), tuple(x)), dict(s("t"), tuple(y, i(2))))));
        assertEquals(1, calls.get(), "tuples compare their common items first");
        assertEquals("False", repr(Ops.eq(dict(s("l"), list(x)), dict(s("l"), list(y, i(2))))));
        assertEquals(1, calls.get(), "lists of different lengths differ without comparing items");
        assertEquals("True", repr(Ops.eq(dict(s("l"), list(x)), dict(s("l"), list(y)))));
        assertEquals(2, calls.get());
    }

    @Test
    void sortingByTupleKeysOrdersLikeTupleLessThan() {
        PyList items = list(tuple(i(-3), s("b")), tuple(i(-3), s("a")), tuple(i(-5), s("z")), tuple(i(-3)),
                tuple(i(-3), s("a"), i(0)), tuple(PyFloat.of(-4.5), s("m")), tuple());
        PyObject sorted = call("sorted", items);
        assertEquals("[(), (-5, 'z'), (-4.5, 'm'), (-3,), (-3, 'a'), (-3, 'a', 0), (-3, 'b')]", repr(sorted));
        PyObject rev = callKw(builtin("sorted"), new PyObject[] {items, PyBool.TRUE}, "reverse");
        assertEquals("[(-3, 'b'), (-3, 'a', 0), (-3, 'a'), (-3,), (-4.5, 'm'), (-5, 'z'), ()]", repr(rev));
        assertEquals("TypeError: '<' not supported between instances of 'int' and 'str'",
                raises(() -> call("sorted", list(tuple(i(1), s("a")), tuple(i(1), i(2))))));
        PyList stable = list(tuple(i(1), PyFloat.of(Double.NaN)), tuple(i(0)), tuple(i(1), PyFloat.of(Double.NaN)));
        assertEquals("[(0,), (1, nan), (1, nan)]", repr(call("sorted", stable)));
    }

    @Test
    void dictItemIterationYieldsPairsSkipsDeletedEntriesAndDetectsResizes() {
        PyDict d = dict(s("a"), i(1), s("b"), i(2), s("c"), i(3));
        d.delItem(s("b"));
        assertEquals("[('a', 1), ('c', 3)]", repr(call("list", Ops.callMethod(d, "items"))));
        assertEquals("['a', 'c']", repr(call("list", d)));
        assertEquals("[1, 3]", repr(call("list", Ops.callMethod(d, "values"))));
        assertEquals("[]", repr(call("list", Ops.callMethod(dict(), "items"))));
        PyObject it = Protocols.iter(Ops.callMethod(d, "items"));
        Protocols.next(it);
        d.setItem(s("d"), i(4));
        assertEquals("RuntimeError: dictionary changed size during iteration", raises(() -> Protocols.next(it)));
    }
}
