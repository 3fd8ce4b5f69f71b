package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Ops;

/**
 * {@code a == b} as containers ask it (dict values, list and tuple items, sort keys): CPython's
 * {@code PyObject_RichCompareBool}, identity first. Two values of the same exact builtin type
 * (str, int, float, list, tuple, dict) compare here in Java, without looking up {@code __eq__}
 * on the type and dispatching to it; those types' {@code __eq__} cannot be replaced, so the
 * answer is the one {@link Ops#eqBool} gives. Everything else goes to {@link Ops#eqBool}.
 */
final class ItemEquality {
    private ItemEquality() { }

    static boolean eq(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        Class<?> c = a.getClass();
        if (c == b.getClass()) {
            if (c == PyStr.class) {
                return ((PyStr) a).value.equals(((PyStr) b).value);
            }
            if (c == PyInt.class) {
                return IntMath.compare((PyInt) a, (PyInt) b) == 0;
            }
            if (c == PyFloat.class) {
                return ((PyFloat) a).value == ((PyFloat) b).value;
            }
            if (c == PyTuple.class) {
                return tupleEquals(((PyTuple) a).items, ((PyTuple) b).items);
            }
            if (c == PyList.class) {
                return listEquals(((PyList) a).toArray(), ((PyList) b).toArray());
            }
            if (c == PyDict.class) {
                return DictMethods.dictEquals((PyDict) a, (PyDict) b);
            }
        }
        return Ops.eqBool(a, b);
    }

    /** List {@code ==} on two snapshots: lists of different lengths differ without comparing items (as CPython's). */
    static boolean listEquals(PyObject[] a, PyObject[] b) {
        return a.length == b.length && firstDifference(a, b) == a.length;
    }

    /** Tuple {@code ==}: CPython compares the items before the lengths (their {@code __eq__} may be observed). */
    static boolean tupleEquals(PyObject[] a, PyObject[] b) {
        return firstDifference(a, b) == Math.min(a.length, b.length) && a.length == b.length;
    }

    /** Index of the first pair of items that differ, or {@code min(a.length, b.length)}. */
    static int firstDifference(PyObject[] a, PyObject[] b) {
        int n = Math.min(a.length, b.length);
        int i = 0;
        while (i < n && eq(a[i], b[i])) {
            i++;
        }
        return i;
    }
}
