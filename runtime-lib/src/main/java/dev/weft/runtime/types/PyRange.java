package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;

/** {@code range}: immutable; lengths and items computed with int arithmetic. */
public final class PyRange extends PyObject {
    public static final PyType TYPE = new PyType("range", PyRange.class, PyType.OBJECT, SequenceMethods::defineRange,
            PyType.IMMUTABLE);

    public final PyInt start, stop, step;
    public final PyInt length;

    public PyRange(PyInt start, PyInt stop, PyInt step) {
        if (step.signum() == 0) {
            throw Errors.valueError("range() arg 3 must not be zero");
        }
        this.start = start.asExactInt();
        this.stop = stop.asExactInt();
        this.step = step.asExactInt();
        this.length = computeLength(this.start, this.stop, this.step);
    }

    private static PyInt computeLength(PyInt lo, PyInt hi, PyInt step) {
        if (step.signum() > 0) {
            if (IntMath.compare(lo, hi) >= 0) {
                return PyInt.ZERO;
            }
            return IntMath.add(IntMath.floorDiv(IntMath.sub(IntMath.sub(hi, lo), PyInt.ONE), step), PyInt.ONE);
        }
        if (IntMath.compare(lo, hi) <= 0) {
            return PyInt.ZERO;
        }
        return IntMath.add(IntMath.floorDiv(IntMath.sub(IntMath.sub(lo, hi), PyInt.ONE), IntMath.neg(step)), PyInt.ONE);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Item i (0 <= i < length). */
    public PyInt item(PyInt i) {
        return IntMath.add(start, IntMath.mul(i, step));
    }

    public PyIterator iterator() {
        if (start.fitsLong() && step.fitsLong() && length.fitsLong()) {
            long last = start.longValue() + (length.longValue() - 1) * step.longValue();
            PyInt lastBig = item(IntMath.sub(length, PyInt.ONE));
            if (length.signum() == 0 || (lastBig.fitsLong() && lastBig.longValue() == last)) {
                return new Iterators.RangeIter(start.longValue(), step.longValue(), length.longValue());
            }
        }
        return new Iterators.BigRangeIter(start, step, length);
    }

    public boolean containsInt(PyInt v) {
        if (step.signum() > 0) {
            if (IntMath.compare(v, start) < 0 || IntMath.compare(v, stop) >= 0) {
                return false;
            }
        } else if (IntMath.compare(v, start) > 0 || IntMath.compare(v, stop) <= 0) {
            return false;
        }
        return IntMath.mod(IntMath.sub(v, start), step).signum() == 0;
    }
}
