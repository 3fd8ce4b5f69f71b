package dev.weft.runtime.modules.bisect;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;

/**
 * {@code bisect} and its accelerator {@code _bisect}, as CPython's C functions: the same
 * probes ({@code (lo + hi) / 2}), the same comparisons ({@code x < a[mid]} to the right,
 * {@code a[mid] < x} to the left), {@code key} applied to the probed items only.
 */
public final class BisectModule {
    private BisectModule() { }

    private static volatile PyModule bisect;
    private static volatile PyModule accelerator;

    public static synchronized PyModule create() {
        if (bisect == null) {
            PyModule m = new PyModule("bisect");
            add(m);
            m.put("bisect", m.get("bisect_right"));
            m.put("insort", m.get("insort_right"));
            bisect = m;
        }
        return bisect;
    }

    public static synchronized PyModule createAccelerator() {
        if (accelerator == null) {
            PyModule m = new PyModule("_bisect");
            add(m);
            accelerator = m;
        }
        return accelerator;
    }

    private static final String[] PARAMS = {"a", "x", "lo", "hi", "*key"};

    private static void add(PyModule m) {
        for (boolean right : new boolean[] {true, false}) {
            String suffix = right ? "right" : "left";
            String bisectName = "bisect_" + suffix;
            m.put(bisectName, new PyBuiltinFunction(bisectName, m, (self, args, kw) -> {
                PyObject[] a = ArgParse.parse(bisectName, args, kw, PARAMS, 2);
                return PyInt.of(search(a, a[1], right));
            }));
            String insortName = "insort_" + suffix;
            m.put(insortName, new PyBuiltinFunction(insortName, m, (self, args, kw) -> {
                PyObject[] a = ArgParse.parse(insortName, args, kw, PARAMS, 2);
                PyObject key = a[4];
                PyObject x = key == null || key == PyNone.NONE ? a[1] : Calls.call1(key, a[1]);
                long index = search(a, x, right);
                if (a[0].getClass() == PyList.class) {
                    ((PyList) a[0]).insert(index, a[1]);
                } else {
                    Calls.call2(Attr.getAttr(a[0], "insert"), PyInt.of(index), a[1]);
                }
                return PyNone.NONE;
            }));
        }
    }

    private static long ssize(PyObject o) {
        PyInt i = Protocols.index(o, null);
        if (!i.fitsLong()) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    /** a = {seq, x, lo, hi, key}; {@code x} is the (already keyed) probe value. */
    private static long search(PyObject[] a, PyObject x, boolean right) {
        PyObject seq = a[0];
        long lo = a[2] == null ? 0 : ssize(a[2]);
        long hi = -1;
        if (a[3] != null && a[3] != PyNone.NONE) {
            if (!(a[3] instanceof PyInt) && a[3].type().lookup("__index__") == null) {
                throw Errors.typeError("argument should be integer or None, not '%s'", a[3].type().name());
            }
            hi = ssize(a[3]);
        }
        PyObject key = a[4] == null ? PyNone.NONE : a[4];
        if (lo < 0) {
            throw Errors.valueError("lo must be non-negative");
        }
        if (hi == -1) {
            hi = Protocols.len(seq);
        }
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject item = Protocols.getItem(seq, PyInt.of(mid));
            if (key != PyNone.NONE) {
                item = Calls.call1(key, item);
            }
            boolean lt = right ? Ops.isTrue(Ops.lt(x, item)) : Ops.isTrue(Ops.lt(item, x));
            if (right == lt) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
