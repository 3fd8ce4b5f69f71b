package dev.weft.runtime;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyStr;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.weft.runtime.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast paths a character-scanning program (a JSON parser and serializer) runs: shared
 * one-character strs, {@code ch in "chars"}, and iteration of dict views and enumerate objects
 * give CPython 3.13's answers, including their fallback cases.
 */
class StrScanFastPathTest {

    @Test
    void oneCharStrsOfTheBmpAreSharedAndBehaveAsFreshOnes() {
        PyStr theta = PyStr.ofChar('\u03b8');
        assertSame(theta, PyStr.of("\u03b8"), "of() and ofChar() give the same cached str");
        assertSame(theta, PyStr.ofCodePoint(0x3b8));
        assertSame(theta, Protocols.getItem(s("x\u03b8"), i(1)), "indexing reuses it");
        assertEquals(1, theta.length());
        PyStr lone = PyStr.ofChar('\uDC00');
        assertEquals(1, lone.length(), "a lone surrogate is one code point");
        assertSame(lone, PyStr.of("\uDC00"));
        PyStr emoji = PyStr.ofCodePoint(0x1F600);
        assertEquals("\uD83D\uDE00", emoji.value());
        assertEquals(1, emoji.length());
        assertEquals("True", repr(Ops.eq(emoji, s("\uD83D\uDE00"))));
    }

    @Test
    void oneCharMembershipInAStrMatchesCPython() {
        assertTrue(Protocols.contains(s(" \t\r\n"), s("\n")));
        assertFalse(Protocols.contains(s(" \t\r\n"), s("x")));
        assertTrue(Protocols.contains(s("a\u03b8b"), s("\u03b8")));
        assertFalse(Protocols.contains(s(""), s("a")));
        assertTrue(Protocols.contains(s("abc"), s("")), "the empty str is in every str");
        // a lone surrogate never matches half of a surrogate pair (code-point semantics)
        assertFalse(Protocols.contains(s("\uD83D\uDE00"), s("\uD83D")));
        assertFalse(Protocols.contains(s("\uD83D\uDE00"), s("\uDE00")));
        assertTrue(Protocols.contains(s("a\uD83Db"), s("\uD83D")));
        assertEquals("TypeError: 'in <string>' requires string as left operand, not int",
                raises(() -> Protocols.contains(s("abc"), i(1))));
    }

    @Test
    void aStrSubclassOverridingContainsIsStillCalled() {
        PyObject sub = cls("S", new PyObject[] {PyStr.TYPE},
                ns("__contains__", fn("__contains__", (f, frame) -> PyBool.TRUE, "self", "x")));
        assertTrue(Protocols.contains(call(sub, s("abc")), s("z")));
    }

    private static List<String> items(PyObject iterable) {
        List<String> out = new ArrayList<>();
        PyObject it = Protocols.iter(iterable);
        for (PyObject x = Protocols.next(it); x != null; x = Protocols.next(it)) {
            out.add(repr(x));
        }
        return out;
    }

    @Test
    void dictViewsAndEnumerateIterateAsCPython() {
        PyObject d = dict(s("a"), i(1), s("b"), i(2));
        assertEquals(List.of("'a'", "'b'"), items(Ops.callMethod(d, "keys")));
        assertEquals(List.of("1", "2"), items(Ops.callMethod(d, "values")));
        assertEquals(List.of("('a', 1)", "('b', 2)"), items(Ops.callMethod(d, "items")));
        PyObject e = call(builtin("enumerate"), list(s("x"), s("y")), i(5));
        assertSame(e, Protocols.iter(e), "an enumerate object is its own iterator");
        assertEquals(List.of("(5, 'x')", "(6, 'y')"), items(e));
        assertEquals(List.of(), items(e), "and it stays exhausted");
    }
}
