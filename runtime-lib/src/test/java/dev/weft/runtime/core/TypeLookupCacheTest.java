package dev.weft.runtime.core;

import dev.weft.runtime.ops.Attr;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static dev.weft.runtime.Py.cls;
import static dev.weft.runtime.Py.i;
import static dev.weft.runtime.Py.ns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * {@link PyType#lookup}'s caches (a direct-mapped front array by name hash, then a map): names
 * that share a front slot, names built at run time (equal but not identical strings), misses,
 * and invalidation when the class or a base changes.
 */
class TypeLookupCacheTest {
    private static final PyObject[] NO_BASES = new PyObject[0];

    @Test
    void manyNamesSharingFrontSlotsEachFindTheirOwnValue() {
        Map<String, PyObject> values = new HashMap<>();
        Object[] kv = new Object[2 * 200];
        for (int k = 0; k < 200; k++) {
            String name = "attr" + k;
            values.put(name, i(k));
            kv[2 * k] = name;
            kv[2 * k + 1] = values.get(name);
        }
        PyType t = (PyType) cls("Wide", NO_BASES, ns(kv));
        for (int round = 0; round < 3; round++) {
            for (Map.Entry<String, PyObject> e : values.entrySet()) {
                assertSame(e.getValue(), t.lookup(e.getKey()), e.getKey());
                assertSame(e.getValue(), t.lookup(new String(e.getKey().toCharArray())), "an equal, not identical, name");
            }
        }
        assertNull(t.lookup("absent"));
        assertNull(t.lookup("absent"), "a cached miss is still a miss");
    }

    @Test
    void aChangeToTheClassOrItsBaseIsSeenByTheNextLookup() {
        PyType base = (PyType) cls("Base", NO_BASES, ns("__len__", i(1)));
        PyType sub = (PyType) cls("Sub", new PyObject[] {base}, ns());
        assertEquals(i(1), sub.lookup("__len__"));
        Attr.setAttr(base, "__len__", i(2));
        assertEquals(i(2), sub.lookup("__len__"), "the base's change bumps the subclass's version");
        Attr.setAttr(sub, "__len__", i(3));
        assertEquals(i(3), sub.lookup("__len__"));
        Attr.delAttr(sub, "__len__");
        assertEquals(i(2), sub.lookup("__len__"));
        assertNull(sub.lookup("__iter__"));
        Attr.setAttr(base, "__iter__", i(4));
        assertEquals(i(4), sub.lookup("__iter__"), "a cached miss is invalidated too");
    }
}
