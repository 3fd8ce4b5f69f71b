package dev.weft.runtime.stress;

import dev.weft.runtime.Py;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.sites.GetAttrSite;
import dev.weft.runtime.types.PyInt;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lookup caches and inline caches stay coherent while another thread mutates the class. */
class TypeMutationStressTest {

    @Test
    void readersSeeOnlyAssignedValuesWhileTheClassIsMutated() {
        PyObject base = Py.cls("Base", new PyObject[0], Py.ns("v", PyInt.of(0),
                "m", Py.fn("m", (f, a) -> PyInt.of(0), "self")));
        PyObject sub = Py.cls("Sub", new PyObject[] {base}, Py.ns());
        PyObject obj = Py.call(sub);
        GetAttrSite site = new GetAttrSite("v");
        Race.run(4, 30, e -> false, id -> {
            for (int k = 0; k < 20_000; k++) {
                if (id == 0) {
                    final int val = k % 100;
                    Attr.setAttr(base, "v", PyInt.of(val));
                    Attr.setAttr(base, "m", Py.fn("m", (f, a) -> PyInt.of(val), "self"));
                } else {
                    long v = ((PyInt) site.get(obj)).longValue();
                    long w = ((PyInt) Attr.getAttr(obj, "v")).longValue();
                    long m = ((PyInt) Calls.callMethod("m", new PyObject[] {obj}, null)).longValue();
                    assertTrue(v >= 0 && v < 100 && w >= 0 && w < 100 && m >= 0 && m < 100);
                }
            }
        });
    }
}
