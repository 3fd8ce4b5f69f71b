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
            for (int i = 0; i < n; i++) {
                keys[i] = Calls.call1(key, items[i]);
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

    private static void mergeSort(PyObject[] keys, PyObject[] vals, Lt lt) {
        int n = keys.length;
        if (n < 2) {
            return;
        }
        boolean same = keys == vals;
        PyObject[] tk = new PyObject[n];
        PyObject[] tv = same ? tk : new PyObject[n];
        // insertion sort runs of 16, then bottom-up merges
        final int run = 16;
        for (int lo = 0; lo < n; lo += run) {
            int hi = Math.min(lo + run, n);
            for (int i = lo + 1; i < hi; i++) {
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
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width, hi = Math.min(lo + 2 * width, n);
                if (!lt.lt(keys[mid], keys[mid - 1])) {
                    continue; // already ordered
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
    }
}
