package dev.weft.runtime.stress;

import dev.weft.runtime.core.PyInstance;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.types.PyInt;

import org.junit.jupiter.api.Test;

import static dev.weft.runtime.Py.cls;
import static dev.weft.runtime.Py.ns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Threads add, replace and read attributes of shared instances while one thread moves their
 * inline attributes into a dict ({@code __dict__}): no store is lost (each thread's last
 * store of its own names is what remains), readers only see stored values, nothing hangs.
 */
class InlineAttributeStressTest {
    @Test
    void racingAddsReplacementsAndDictMovesLoseNoStore() {
        PyType t = (PyType) cls("Shared", new PyObject[0], ns());
        int threads = 3, rounds = 300, names = 12;
        PyInstance[] objs = new PyInstance[rounds];
        for (int r = 0; r < rounds; r++) {
            objs[r] = (PyInstance) Calls.call0(t);
        }
        Race.run(threads + 1, 60, e -> false, id -> {
            for (int r = 0; r < rounds; r++) {
                PyInstance o = objs[r];
                if (id == threads) {
                    // the mover: sometimes leave the object inline, sometimes take its __dict__
                    if (r % 3 != 0) {
                        Thread.yield();
                        o.instanceDict();
                    }
                    continue;
                }
                for (int k = 0; k < names; k++) {
                    String name = "t" + id + "_" + k;
                    for (int v = 0; v < 4; v++) {
                        Attr.setAttr(o, name, PyInt.of(v));
                        PyObject seen = Attr.getAttr(o, name);
                        assertTrue(seen instanceof PyInt, "read " + seen);
                    }
                }
            }
        });
        for (PyInstance o : objs) {
            for (int id = 0; id < threads; id++) {
                for (int k = 0; k < names; k++) {
                    assertEquals(PyInt.of(3), Attr.getAttr(o, "t" + id + "_" + k), "last store of t" + id + "_" + k);
                }
            }
        }
    }
}
