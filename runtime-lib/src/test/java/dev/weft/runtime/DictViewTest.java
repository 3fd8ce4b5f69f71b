package dev.weft.runtime;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PySet;
import org.junit.jupiter.api.Test;

import static dev.weft.runtime.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** dict views and mutation during iteration (expected values from CPython 3.13). */
class DictViewTest {

    @Test
    void keysAndItemsViewsSupportSetOperations() {
        PyDict d = dict(i(1), i(1), i(2), i(2));
        PyObject keys = Ops.callMethod(d, "keys");
        assertEquals("dict_keys([1, 2])", repr(keys));
        assertEquals("{2}", repr(Ops.and(keys, Py.call("set", list(i(2), i(3))))));
        assertEquals("{1, 2, 5}", repr(Ops.or(keys, list(i(5)))));
        assertEquals("{(2, 2)}", repr(Ops.sub(Ops.callMethod(d, "items"), Py.call("set", list(tuple(i(1), i(1)))))));
        assertEquals("dict_values([1, 2])", repr(Ops.callMethod(d, "values")));
        assertEquals("True", repr(Protocols.in(tuple(i(2), i(2)), Ops.callMethod(d, "items"))));
        d.setItem(i(3), i(3));
        assertEquals("dict_keys([1, 2, 3])", repr(keys), "views are live");
    }

    @Test
    void changingSizeDuringIterationIsARuntimeError() {
        PyDict d = dict(i(1), i(1), i(2), i(2));
        PyObject it = Protocols.iter(d);
        Protocols.next(it);
        d.setItem(i(3), i(3));
        assertEquals("RuntimeError: dictionary changed size during iteration", raises(() -> Protocols.next(it)));
        PySet s = (PySet) Py.call("set", list(i(1), i(2)));
        PyObject sit = Protocols.iter(s);
        Protocols.next(sit);
        s.add(i(9));
        assertEquals("RuntimeError: Set changed size during iteration", raises(() -> Protocols.next(sit)));
    }

    @Test
    void idIsUniqueAmongLiveObjects() {
        PyObject a = list(), b = list();
        assertEquals(repr(Py.call("id", a)), repr(Py.call("id", a)));
        assertNotEquals(repr(Py.call("id", a)), repr(Py.call("id", b)));
    }
}
