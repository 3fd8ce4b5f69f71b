package dev.weft.runtime;

import dev.weft.runtime.builtins.BuiltinsModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Static initialisation order: every builtin type ends its MRO with object, whatever class loads first. */
class BootstrapTest {
    @Test
    void everyBuiltinTypeInheritsFromObject() {
        for (PyObject v : BuiltinsModule.module().instanceDict().snapshot()[1]) {
            if (v instanceof PyType t) {
                PyType[] mro = t.mro();
                assertSame(PyType.OBJECT, mro[mro.length - 1], t.name() + " mro must end with object");
                assertTrue(t == PyType.OBJECT || t.base() != null, t.name() + " must have a base");
            }
        }
        assertSame(PyType.OBJECT, dev.weft.runtime.types.PyDict.TYPE.base());
        assertSame(PyType.OBJECT, dev.weft.runtime.types.PyStr.TYPE.base());
    }
}
