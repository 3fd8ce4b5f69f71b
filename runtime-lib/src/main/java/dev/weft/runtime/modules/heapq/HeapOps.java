package dev.weft.runtime.modules.heapq;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyList;

/**
 * The sift algorithms of CPython's _heapq, step for step (same comparisons in the same order,
 * so results with equal but distinguishable items and custom {@code __lt__} match). Items are
 * read and written through the list's atomic get/set; comparisons run with no lock held and a
 * change of the list's size meanwhile raises RuntimeError, as CPython does.
 */
public final class HeapOps {
    private HeapOps() { }

    private static RuntimeException changed() {
        return Errors.runtimeError("list changed size during iteration");
    }

    private static PyObject at(PyList heap, int i) {
        PyObject v = heap.getOrNull(i);
        if (v == null) {
            throw changed();
        }
        return v;
    }

    /** {@code a < b} (max heaps compare the other way round). */
    private static boolean less(PyObject a, PyObject b, boolean max) {
        return max ? Ops.isTrue(Ops.lt(b, a)) : Ops.isTrue(Ops.lt(a, b));
    }

    static void siftDown(PyList heap, int startpos, int pos, boolean max) {
        int size = heap.size();
        if (pos >= size) {
            throw Errors.indexError("index out of range");
        }
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            PyObject newitem = at(heap, pos);
            PyObject parent = at(heap, parentpos);
            boolean lt = less(newitem, parent, max);
            if (size != heap.size()) {
                throw changed();
            }
            if (!lt) {
                break;
            }
            PyObject p = at(heap, parentpos), n = at(heap, pos);
            heap.set(parentpos, n);
            heap.set(pos, p);
            pos = parentpos;
        }
    }

    static void siftUp(PyList heap, int pos, boolean max) {
        int endpos = heap.size();
        int startpos = pos;
        if (pos >= endpos) {
            throw Errors.indexError("index out of range");
        }
        int limit = endpos >> 1;
        while (pos < limit) {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos) {
                PyObject a = at(heap, childpos), b = at(heap, childpos + 1);
                boolean lt = max ? Ops.isTrue(Ops.lt(b, a)) : Ops.isTrue(Ops.lt(a, b));
                if (!lt) {
                    childpos++;
                }
                if (endpos != heap.size()) {
                    throw changed();
                }
            }
            PyObject child = at(heap, childpos), cur = at(heap, pos);
            heap.set(childpos, cur);
            heap.set(pos, child);
            pos = childpos;
        }
        siftDown(heap, startpos, pos, max);
    }

    /** The heap argument: a list; {@code position} 0 for one-argument functions (CPython's wording differs). */
    static PyList list(PyObject heap, String fn, int position) {
        if (!(heap instanceof PyList l)) {
            throw Errors.typeError("%s() argument %smust be list, not %s", fn, position == 0 ? "" : position + " ",
                    heap.type().name());
        }
        return l;
    }

    public static void push(PyList heap, PyObject item) {
        heap.append(item);
        siftDown(heap, 0, heap.size() - 1, false);
    }

    public static PyObject pop(PyList heap, boolean max) {
        PyObject last;
        try {
            last = heap.pop(-1);
        } catch (dev.weft.runtime.exc.PyException e) {
            throw Errors.indexError("index out of range");
        }
        if (heap.size() == 0) {
            return last;
        }
        PyObject top = at(heap, 0);
        heap.set(0, last);
        siftUp(heap, 0, max);
        return top;
    }

    public static PyObject replace(PyList heap, PyObject item, boolean max) {
        if (heap.size() == 0) {
            throw Errors.indexError("index out of range");
        }
        PyObject top = at(heap, 0);
        heap.set(0, item);
        siftUp(heap, 0, max);
        return top;
    }

    public static PyObject pushPop(PyList heap, PyObject item) {
        if (heap.size() == 0) {
            return item;
        }
        PyObject top = at(heap, 0);
        if (!Ops.isTrue(Ops.lt(top, item))) {
            return item;
        }
        if (heap.size() == 0) {
            throw Errors.indexError("index out of range");
        }
        PyObject returned = at(heap, 0);
        heap.set(0, item);
        siftUp(heap, 0, false);
        return returned;
    }

    public static void heapify(PyList heap, boolean max) {
        int n = heap.size();
        if (n > 2500) {
            cacheFriendlyHeapify(heap, max);
            return;
        }
        for (int i = (n >> 1) - 1; i >= 0; i--) {
            siftUp(heap, i, max);
        }
    }

    private static int keepTopBit(int n) {
        int i = 0;
        while (n > 1) {
            n >>= 1;
            i++;
        }
        return n << i;
    }

    /** CPython's bottom-up heapify for large heaps (a different, cache-friendly order of sifts). */
    private static void cacheFriendlyHeapify(PyList heap, boolean max) {
        int m = heap.size() >> 1;
        int leftmost = keepTopBit(m + 1) - 1;
        int mhalf = m >> 1;
        for (int i = leftmost - 1; i >= mhalf; i--) {
            int j = i;
            while (true) {
                siftUp(heap, j, max);
                if ((j & 1) == 0) {
                    break;
                }
                j >>= 1;
            }
        }
        for (int i = m - 1; i >= leftmost; i--) {
            int j = i;
            while (true) {
                siftUp(heap, j, max);
                if ((j & 1) == 0) {
                    break;
                }
                j >>= 1;
            }
        }
    }
}
