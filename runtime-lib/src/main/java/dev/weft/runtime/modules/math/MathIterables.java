package dev.weft.runtime.modules.math;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.math.MathError;
import dev.weft.runtime.math.PyMath;
import dev.weft.runtime.math.Summation;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.weft.runtime.modules.math.MathArgs.toDouble;

/**
 * The {@code math} functions over iterables and argument lists: fsum, prod, sumprod, hypot,
 * dist. Runs of plain ints and floats go to {@link Summation}'s exact numeric cores; the first
 * other item switches to the object model's {@code *} and {@code +} for the rest, as CPython's
 * fast paths hand over to {@code PyNumber_Multiply}/{@code PyNumber_Add}.
 */
final class MathIterables {
    private MathIterables() { }

    private static final String[] PROD_PARAMS = {"iterable", "*start"};
    private static final String INTERMEDIATE_OVERFLOW = "intermediate overflow in fsum";

    static void define(PyModule m) {
        MathArgs.defOne(m, "fsum", (s, seq) -> PyFloat.of(fsum(seq)));
        MathArgs.defKeywords(m, "prod", (s, args, kw) -> {
            PyObject[] a = MathArgs.parseFixedPositional("prod", args, kw, PROD_PARAMS, 1, true);
            return prod(a[0], a[1] == null ? PyInt.ONE : a[1]);
        });
        MathArgs.defPositional(m, "sumprod", 2, 2, (s, a, kw) -> sumprod(a[0], a[1]));
        MathArgs.defVarargs(m, "hypot", (s, a, kw) -> {
            double[] coordinates = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                coordinates[i] = toDouble(a[i]);
            }
            return PyFloat.of(PyMath.hypot(coordinates));
        });
        MathArgs.defPositional(m, "dist", 2, 2, (s, a, kw) -> {
            PyObject[] p = Protocols.toArray(a[0]);
            PyObject[] q = Protocols.toArray(a[1]);
            if (p.length != q.length) {
                throw Errors.valueError("both points must have the same number of dimensions");
            }
            double[] pd = new double[p.length];
            double[] qd = new double[q.length];
            for (int i = 0; i < p.length; i++) {
                pd[i] = toDouble(p[i]);
                qd[i] = toDouble(q[i]);
            }
            return PyFloat.of(PyMath.dist(pd, qd));
        });
    }

    /**
     * CPython adds each item as it is read, so an intermediate overflow among the items read
     * before a failing one (a conversion error, an iterator raising) is the error reported.
     */
    static double fsum(PyObject seq) {
        PyObject it = Protocols.iter(seq);
        double[] values = new double[16];
        int n = 0;
        try {
            for (PyObject item = Protocols.next(it); item != null; item = Protocols.next(it)) {
                double x = toDouble(item);
                if (n == values.length) {
                    values = Arrays.copyOf(values, n * 2);
                }
                values[n++] = x;
            }
        } catch (PyException failure) {
            try {
                Summation.fsum(Arrays.copyOf(values, n));
            } catch (MathError e) {
                if (e.getMessage().equals(INTERMEDIATE_OVERFLOW)) {
                    throw e;
                }
            }
            throw failure;
        }
        return Summation.fsum(Arrays.copyOf(values, n));
    }

    static PyObject prod(PyObject iterable, PyObject start) {
        PyObject it = Protocols.iter(iterable);
        PyObject result = start;
        PyObject item = Protocols.next(it);
        if (start.getClass() == PyInt.class || start.getClass() == PyFloat.class) {
            List<Number> run = new ArrayList<>();
            for (; item != null && isPlainNumber(item); item = Protocols.next(it)) {
                run.add(number(item));
            }
            if (!run.isEmpty()) {
                result = object(Summation.prod(run, number(start)));
            }
        }
        for (; item != null; item = Protocols.next(it)) {
            result = Ops.mul(result, item);
        }
        return result;
    }

    /** Reads p and q in step, as CPython does, so that unequal lengths are found at the end of the shorter. */
    static PyObject sumprod(PyObject p, PyObject q) {
        PyObject pit = Protocols.iter(p);
        PyObject qit = Protocols.iter(q);
        List<Number> ps = new ArrayList<>();
        List<Number> qs = new ArrayList<>();
        PyObject total = null;
        while (true) {
            PyObject pi = Protocols.next(pit);
            PyObject qi = Protocols.next(qit);
            if (pi == null || qi == null) {
                if (total == null) {
                    total = object(Summation.sumprod(ps, qs));
                }
                if (pi != null || qi != null) {
                    throw Errors.valueError("Inputs are not the same length");
                }
                return total;
            }
            if (total == null && isPlainNumber(pi) && isPlainNumber(qi)) {
                ps.add(number(pi));
                qs.add(number(qi));
                continue;
            }
            if (total == null) {
                total = object(Summation.sumprod(ps, qs));
            }
            total = Ops.add(total, Ops.mul(pi, qi));
        }
    }

    /** An int, bool or float the numeric cores take as they are (not a subclass with its own operators). */
    private static boolean isPlainNumber(PyObject o) {
        Class<?> c = o.getClass();
        return c == PyInt.class || c == PyFloat.class || o instanceof PyBool;
    }

    private static Number number(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        PyInt i = (PyInt) o;
        return i.fitsLong() ? (Number) i.longValue() : i.bigValue();
    }

    private static PyObject object(Number n) {
        if (n instanceof Double d) {
            return PyFloat.of(d);
        }
        if (n instanceof BigInteger b) {
            return PyInt.of(b);
        }
        return PyInt.of(n.longValue());
    }
}
