package dev.weft.runtime.stress;

import dev.weft.runtime.builtins.BuiltinsModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.link.GlobalSite;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cached global loads race with writers that rebind, shadow, delete and resize the module
 * dict: a reader only ever sees a value some writer stored (or the builtin), never a Java
 * exception, and never hangs.
 */
class GlobalSiteStressTest {
    @Test
    void cachedGlobalLoadsRacingWithModuleDictWritersSeeOnlyStoredValues() {
        PyDict g = new PyDict();
        PyStr x = PyStr.intern("x");
        PyStr abs = PyStr.intern("abs");
        PyObject builtinAbs = BuiltinsModule.module().instanceDict().getItem(abs);
        PyObject a = PyInt.of(1_000_001), b = PyInt.of(1_000_002), shadow = PyInt.of(1_000_003);
        g.setItem(x, a);
        GlobalSite xSite = new GlobalSite(x);
        GlobalSite absSite = new GlobalSite(abs);
        long deadline = System.nanoTime() + 300_000_000L;
        Race.run(3, 30, e -> false, id -> {
            int n = 0;
            while (System.nanoTime() < deadline) {
                n++;
                if (id == 0) {
                    g.setItem(x, (n & 1) == 0 ? a : b);
                    if ((n & 3) == 0) {
                        g.setItem(abs, shadow);
                    } else if ((n & 3) == 2) {
                        g.removeOrNull(abs);
                    }
                    PyStr filler = PyStr.of("f" + (n % 64));
                    if (g.removeOrNull(filler) == null) {
                        g.setItem(filler, PyInt.of(n));
                    }
                } else {
                    PyObject v = xSite.load(g);
                    assertTrue(v == a || v == b, "x read " + v);
                    PyObject w = absSite.load(g);
                    assertTrue(w == builtinAbs || w == shadow, "abs read " + w);
                }
            }
        });
    }
}
