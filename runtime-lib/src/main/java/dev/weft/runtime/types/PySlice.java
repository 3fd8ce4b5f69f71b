package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Protocols;

/** {@code slice(start, stop, step)}. */
public final class PySlice extends PyObject {
    public static final PyType TYPE = new PyType("slice", PySlice.class, PyType.OBJECT, SingletonMethods::defineSlice,
            PyType.IMMUTABLE);

    public final PyObject start, stop, step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start == null ? PyNone.NONE : start;
        this.stop = stop == null ? PyNone.NONE : stop;
        this.step = step == null ? PyNone.NONE : step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static long clampIndex(PyObject o) {
        PyInt i = Protocols.index(o, "slice indices must be integers or None or have an __index__ method");
        if (i.fitsLong()) {
            return i.longValue();
        }
        return i.signum() < 0 ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
    }

    /** {start, stop, step, slicelength} for a sequence of {@code length}, as {@code slice.indices}. */
    public long[] indices(long length) {
        long st = 1;
        if (step != PyNone.NONE) {
            st = clampIndex(step);
            if (st == 0) {
                throw Errors.valueError("slice step cannot be zero");
            }
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long s;
        if (start == PyNone.NONE) {
            s = st < 0 ? upper : lower;
        } else {
            s = clampIndex(start);
            if (s < 0) {
                s = Math.max(s + length, lower);
            } else {
                s = Math.min(s, upper);
            }
        }
        long e;
        if (stop == PyNone.NONE) {
            e = st < 0 ? lower : upper;
        } else {
            e = clampIndex(stop);
            if (e < 0) {
                e = Math.max(e + length, lower);
            } else {
                e = Math.min(e, upper);
            }
        }
        long len;
        if (st < 0) {
            len = e < s ? (s - e - 1) / (-st) + 1 : 0;
        } else {
            len = s < e ? (e - s - 1) / st + 1 : 0;
        }
        return new long[] {s, e, st, len};
    }
}
