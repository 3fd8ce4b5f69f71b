package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;

/**
 * Stable merge sort that uses only {@code <} (as Python's sort does) and tolerates
 * inconsistent comparisons (no "contract violation" errors). Homogeneous int and str lists
 * are compared in Java directly.
 */
final class ListSort {
    private ListSort() { }

    interface Lt {
        boolean lt(PyObject a, PyObject b);
    }

    static PyObject[] sort(PyObject[] items, PyObject key, boolean reverse) {
        int n = items.length;
        PyObject[] keys = items;
        if (key != null && key != PyNone.NONE) {
            keys = new PyObject[n];
            java.util.function.UnaryOperator<PyObject> keyFn = Calls.unary(key);
            for (int i = 0; i < n; i++) {
                keys[i] = keyFn.apply(items[i]);
            }
        }
        PyObject[] vals = items.clone();
        if (keys == items) {
            keys = vals;
        }
        if (reverse) {
            reverseBoth(keys, vals);
        }
        Lt lt = chooseLt(keys);
        mergeSort(keys, vals, lt);
        if (reverse) {
            reverseBoth(keys, vals);
        }
        return vals;
    }

    private static void reverseBoth(PyObject[] k, PyObject[] v) {
        for (int i = 0, j = k.length - 1; i < j; i++, j--) {
            PyObject t = k[i]; k[i] = k[j]; k[j] = t;
            if (k != v) {
                t = v[i]; v[i] = v[j]; v[j] = t;
            }
        }
    }

    private static Lt chooseLt(PyObject[] keys) {
        boolean allLong = true, allStr = true, allTuple = true;
        for (PyObject k : keys) {
            Class<?> c = k.getClass();
            allLong &= c == PyInt.class && ((PyInt) k).fitsLong();
            allStr &= c == PyStr.class;
            allTuple &= c == PyTuple.class;
        }
        if (allLong) {
            return (a, b) -> ((PyInt) a).longValue() < ((PyInt) b).longValue();
        }
        if (allStr) {
            return (a, b) -> PyStr.compare(((PyStr) a).value, ((PyStr) b).value) < 0;
        }
        if (allTuple) {
            return ListSort::tupleLt;
        }
        return Ops::ltBool;
    }

    /**
     * {@code a < b} for two exact tuples, as tuple's {@code __lt__} answers it (first differing
     * item decides, else the shorter is less), without dispatching through the type per key
     * pair: sort keys like {@code (-count, word)} are the common case.
     */
    private static boolean tupleLt(PyObject a, PyObject b) {
        PyObject[] x = ((PyTuple) a).items, y = ((PyTuple) b).items;
        int i = ItemEquality.firstDifference(x, y);
        if (i >= Math.min(x.length, y.length)) {
            return x.length < y.length;
        }
        return Ops.ltBool(x[i], y[i]);
    }

    /**
     * A natural merge sort, stable: the input's existing runs are kept (a strictly descending
     * one is reversed in place), runs shorter than {@code MIN_RUN} are extended by insertion
     * sort, then neighbouring runs are merged until one is left. Already ordered or reversed
     * input (sorting twice, a key that reverses the order) costs n - 1 comparisons, as in
     * CPython's timsort.
     */
    private static void mergeSort(PyObject[] keys, PyObject[] vals, Lt lt) {
        int n = keys.length;
        if (n < 2) {
            return;
        }
        boolean same = keys == vals;
        int[] bounds = new int[n + 1];
        int runs = 0;
        for (int lo = 0; lo < n; ) {
            int hi = lo + 1;
            if (hi < n && lt.lt(keys[hi], keys[lo])) {
                while (hi + 1 < n && lt.lt(keys[hi + 1], keys[hi])) {
                    hi++;
                }
                hi++;
                reverseRange(keys, vals, lo, hi, same);
            } else {
                while (hi < n && !lt.lt(keys[hi], keys[hi - 1])) {
                    hi++;
                }
            }
            int end = Math.min(n, Math.max(hi, lo + MIN_RUN));
            insertionSort(keys, vals, lo, hi, end, lt, same);
            bounds[runs++] = lo;
            lo = end;
        }
        bounds[runs] = n;
        if (runs == 1) {
            return;
        }
        PyObject[] tk = new PyObject[n];
        PyObject[] tv = same ? tk : new PyObject[n];
        while (runs > 1) {
            int merged = 0;
            for (int r = 0; r < runs; r += 2) {
                int lo = bounds[r];
                if (r + 1 < runs) {
                    merge(keys, vals, tk, tv, lo, bounds[r + 1], bounds[r + 2], lt, same);
                }
                bounds[merged++] = lo;
            }
            bounds[merged] = n;
            runs = merged;
        }
    }

    private static final int MIN_RUN = 16;

    private static void reverseRange(PyObject[] keys, PyObject[] vals, int lo, int hi, boolean same) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            PyObject t = keys[i]; keys[i] = keys[j]; keys[j] = t;
            if (!same) {
                t = vals[i]; vals[i] = vals[j]; vals[j] = t;
            }
        }
    }

    /** Sorts {@code [lo, end)} by insertion, {@code [lo, sorted)} being sorted already. */
    private static void insertionSort(PyObject[] keys, PyObject[] vals, int lo, int sorted, int end, Lt lt,
                                      boolean same) {
        for (int i = sorted; i < end; i++) {
            PyObject k = keys[i], v = vals[i];
            int j = i - 1;
            while (j >= lo && lt.lt(k, keys[j])) {
                keys[j + 1] = keys[j];
                if (!same) {
                    vals[j + 1] = vals[j];
                }
                j--;
            }
            keys[j + 1] = k;
            if (!same) {
                vals[j + 1] = v;
            }
        }
    }

    /** Merges the sorted runs {@code [lo, mid)} and {@code [mid, hi)}, stably, through the scratch arrays. */
    private static void merge(PyObject[] keys, PyObject[] vals, PyObject[] tk, PyObject[] tv, int lo, int mid, int hi,
                              Lt lt, boolean same) {
        if (!lt.lt(keys[mid], keys[mid - 1])) {
            return; // already ordered
        }
        System.arraycopy(keys, lo, tk, lo, hi - lo);
        if (!same) {
            System.arraycopy(vals, lo, tv, lo, hi - lo);
        }
        int i = lo, j = mid, w = lo;
        while (i < mid && j < hi) {
            if (lt.lt(tk[j], tk[i])) {
                keys[w] = tk[j];
                if (!same) {
                    vals[w] = tv[j];
                }
                j++;
            } else {
                keys[w] = tk[i];
                if (!same) {
                    vals[w] = tv[i];
                }
                i++;
            }
            w++;
        }
        while (i < mid) {
            keys[w] = tk[i];
            if (!same) {
                vals[w] = tv[i];
            }
            i++;
            w++;
        }
        while (j < hi) {
            keys[w] = tk[j];
            if (!same) {
                vals[w] = tv[j];
            }
            j++;
            w++;
        }
    }
}
