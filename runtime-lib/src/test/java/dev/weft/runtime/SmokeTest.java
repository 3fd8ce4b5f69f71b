package dev.weft.runtime;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyNone;
import org.junit.jupiter.api.Test;

import static dev.weft.runtime.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SmokeTest {
    @Test
    void basicValuesPrintAsCPython() {
        assertEquals("3", repr(Ops.add(i(1), i(2))));
        assertEquals("[1, 'a', 2.5, None]", repr(list(i(1), s("a"), f(2.5), PyNone.NONE)));
        assertEquals("{'a': 1}", repr(dict(s("a"), i(1))));
        assertEquals("(1,)", repr(tuple(i(1))));
        assertEquals("0.1", repr(f(0.1)));
        assertEquals("1e+16", repr(f(1e16)));
        assertEquals("ValueError: x", raises(() -> call("int", s("x"))).replace("invalid literal for int() with base 10: 'x'", "x"));
    }

    @Test
    void userClassWithInitAndMethod() {
        PyObject init = fn("__init__", (f, a) -> {
            Attr.setAttr(a[0], "x", a[1]);
            return PyNone.NONE;
        }, "self", "x");
        PyObject get = fn("get", (f, a) -> Attr.getAttr(a[0], "x"), "self");
        PyObject c = cls("C", new PyObject[0], ns("__init__", init, "get", get));
        PyObject obj = call(c, i(42));
        assertEquals("42", repr(Ops.callMethod(obj, "get")));
        assertEquals("<class '__main__.C'>", repr(c));
    }
}
