package dev.weft.runtime.core;

import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;
import org.junit.jupiter.api.Test;

import static dev.weft.runtime.Py.cls;
import static dev.weft.runtime.Py.ns;
import static dev.weft.runtime.Py.repr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Instance attributes stored inline by shape, and their move into a real {@code __dict__}. */
class InlineAttributesTest {
    private static PyInstance instance(String className) {
        PyType t = (PyType) cls(className, new PyObject[0], ns());
        return (PyInstance) Calls.call0(t);
    }

    @Test
    void instancesOfOneClassGainingTheSameNamesShareAShape() {
        PyType t = (PyType) cls("P", new PyObject[0], ns());
        PyInstance a = (PyInstance) Calls.call0(t), b = (PyInstance) Calls.call0(t);
        for (PyInstance p : new PyInstance[] {a, b}) {
            Attr.setAttr(p, "x", PyInt.of(1));
            Attr.setAttr(p, "y", PyInt.of(2));
        }
        assertSame(PyInstance.shapeOf(a.inlineAttrs()), PyInstance.shapeOf(b.inlineAttrs()));
        Shape s = (Shape) PyInstance.shapeOf(a.inlineAttrs());
        assertEquals(1, s.indexOf(PyStr.intern("y")));
    }

    @Test
    void attributesGrowPastTheFirstArrayAndKeepInsertionOrder() {
        PyInstance p = instance("Q");
        for (int i = 0; i < 20; i++) {
            Attr.setAttr(p, "a" + i, PyInt.of(i));
        }
        Attr.setAttr(p, "a3", PyInt.of(33));
        assertEquals(PyInt.of(33), Attr.getAttr(p, "a3"));
        assertEquals(PyInt.of(19), Attr.getAttr(p, "a19"));
        assertNotNull(p.inlineAttrs(), "still inline");
        PyDict d = p.instanceDict();
        assertNull(p.inlineAttrs(), "__dict__ moved the attributes into a dict");
        assertTrue(repr(d).startsWith("{'a0': 0, 'a1': 1, 'a2': 2, 'a3': 33, 'a4': 4, "), repr(d));
        d.setItem(PyStr.of("late"), PyInt.of(7));
        assertEquals(PyInt.of(7), Attr.getAttr(p, "late"), "the dict is the storage from then on");
    }

    @Test
    void deletingMovesToADictAndMissingNamesRaise() {
        PyInstance p = instance("R");
        Attr.setAttr(p, "x", PyInt.of(1));
        Attr.delAttr(p, "x");
        assertFalse(p.hasAttributeStorage() && p.inlineAttrs() != null);
        assertTrue(p.lacksOwnAttr(PyStr.intern("x")));
        assertEquals("AttributeError: 'R' object has no attribute 'x'",
                dev.weft.runtime.Py.raises(() -> Attr.delAttr(p, "x")));
    }

    @Test
    void replacingTheDictReplacesTheAttributes() {
        PyInstance p = instance("S");
        Attr.setAttr(p, "x", PyInt.of(1));
        PyDict fresh = new PyDict();
        fresh.setItem(PyStr.of("y"), PyInt.of(2));
        p.setInstanceDict(fresh);
        assertNull(p.getOwnAttr(PyStr.intern("x")));
        assertEquals(PyInt.of(2), p.getOwnAttr(PyStr.intern("y")));
    }
}
