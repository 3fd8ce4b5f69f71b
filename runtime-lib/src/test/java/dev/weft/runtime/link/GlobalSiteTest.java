package dev.weft.runtime.link;

import dev.weft.runtime.builtins.BuiltinsModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GlobalSiteTest {
    private static final PyDict BUILTINS = BuiltinsModule.module().instanceDict();

    @Test
    void aCachedGlobalSeesEveryRebinding() {
        PyDict g = new PyDict();
        PyStr x = PyStr.intern("x");
        GlobalSite site = new GlobalSite(x);
        for (int i = 0; i < 5; i++) {
            g.setItem(x, PyInt.of(i));
            assertSame(g.getItem(x), site.load(g));
        }
    }

    @Test
    void aGlobalAddedLaterShadowsTheBuiltinAndItsDeletionUncoversIt() {
        PyDict g = new PyDict();
        PyStr len = PyStr.intern("len");
        GlobalSite site = new GlobalSite(len);
        PyObject builtin = BUILTINS.getItem(len);
        assertSame(builtin, site.load(g));
        assertSame(builtin, site.load(g));
        PyObject shadow = PyInt.of(7);
        g.setItem(len, shadow);
        assertSame(shadow, site.load(g));
        g.delItem(len);
        assertSame(builtin, site.load(g));
    }

    @Test
    void anEntryMovedByAResizeIsFoundAgain() {
        PyDict g = new PyDict();
        PyStr name = PyStr.intern("moved");
        g.setItem(PyStr.intern("first"), PyInt.of(0));
        g.setItem(name, PyInt.of(1));
        GlobalSite site = new GlobalSite(name);
        assertSame(g.getItem(name), site.load(g));
        g.delItem(PyStr.intern("first"));
        for (int i = 0; i < 50; i++) {
            g.setItem(PyStr.of("filler" + i), PyInt.of(i));
        }
        g.setItem(name, PyInt.of(2));
        assertSame(g.getItem(name), site.load(g));
    }

    @Test
    void oneSiteServesTwoModuleDictsSeparately() {
        PyStr name = PyStr.intern("abs");
        GlobalSite site = new GlobalSite(name);
        PyDict plain = new PyDict();
        PyDict shadowing = new PyDict();
        PyObject mine = PyInt.of(3);
        shadowing.setItem(name, mine);
        assertSame(BUILTINS.getItem(name), site.load(plain));
        assertSame(mine, site.load(shadowing));
        assertSame(BUILTINS.getItem(name), site.load(plain));
    }

    @Test
    void anUndefinedNameRaisesNameErrorEveryTime() {
        PyDict g = new PyDict();
        GlobalSite site = new GlobalSite(PyStr.intern("no_such_name_anywhere"));
        assertThrows(PyException.class, () -> site.load(g));
        assertThrows(PyException.class, () -> site.load(g));
        g.setItem(PyStr.intern("no_such_name_anywhere"), PyInt.of(1));
        assertSame(g.getItem(PyStr.intern("no_such_name_anywhere")), site.load(g));
    }
}
