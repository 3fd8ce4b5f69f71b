package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.stress.Race;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** List slicing fast paths: {@link PyList#slice} and same-length slice assignment (fannkuch's prefix reversal). */
class ListSliceTest {
    private static PyList range(int n) {
        PyObject[] a = new PyObject[n];
        for (int i = 0; i < n; i++) {
            a[i] = PyInt.of(i);
        }
        return new PyList(a);
    }

    private static long[] values(PyObject list) {
        PyObject[] a = ((PyList) list).toArray();
        long[] r = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = ((PyInt) a[i]).longValue();
        }
        return r;
    }

    private static PySlice sl(Integer start, Integer stop, Integer step) {
        return new PySlice(start == null ? null : PyInt.of(start), stop == null ? null : PyInt.of(stop),
                step == null ? null : PyInt.of(step));
    }

    @Test
    void sliceReadsMatchPythonForForwardBackwardEmptyAndClampedBounds() {
        PyList l = range(6);
        assertArrayEquals(new long[] {0, 1, 2, 3, 4, 5}, values(Protocols.getItem(l, sl(null, null, null))));
        assertArrayEquals(new long[] {3, 2, 1, 0}, values(Protocols.getItem(l, sl(3, null, -1))));
        assertArrayEquals(new long[] {5, 4, 3}, values(Protocols.getItem(l, sl(null, 2, -1))));
        assertArrayEquals(new long[] {1, 3, 5}, values(Protocols.getItem(l, sl(1, 100, 2))));
        assertArrayEquals(new long[] {4, 5}, values(Protocols.getItem(l, sl(-2, null, null))));
        assertArrayEquals(new long[] {}, values(Protocols.getItem(l, sl(4, 2, null))));
        assertArrayEquals(new long[] {}, values(Protocols.getItem(new PyList(), sl(null, null, -1))));
        PyException e = assertThrows(PyException.class, () -> Protocols.getItem(l, sl(null, null, 0)));
        assertTrue(e.getMessage().contains("slice step cannot be zero"), e.getMessage());
    }

    @Test
    void sliceCopyIsIndependentAndAppendableEvenWhenEmpty() {
        PyList l = range(3);
        PyList copy = (PyList) Protocols.getItem(l, sl(null, null, null));
        assertNotSame(l, copy);
        copy.set(0, PyInt.of(9));
        assertArrayEquals(new long[] {0, 1, 2}, values(l));
        PyList empty = (PyList) Protocols.getItem(l, sl(3, null, null));
        empty.append(PyInt.of(7));
        PyList empty2 = (PyList) Protocols.getItem(l, sl(5, null, null));
        assertEquals(0, empty2.size());
        assertArrayEquals(new long[] {7}, values(empty));
    }

    @Test
    void sameLengthSliceAssignmentReplacesInPlaceAndOtherLengthsResize() {
        PyList p = range(6);
        // p[:4] = p[3::-1]  (fannkuch's flip)
        Protocols.setItem(p, sl(null, 4, null), Protocols.getItem(p, sl(3, null, -1)));
        assertArrayEquals(new long[] {3, 2, 1, 0, 4, 5}, values(p));
        // p[2:] = p[:1:-1]  (next_permutation's tail reversal)
        Protocols.setItem(p, sl(2, null, null), Protocols.getItem(p, sl(null, 1, -1)));
        assertArrayEquals(new long[] {3, 2, 5, 4, 0, 1}, values(p));
        // a tuple value, and the list assigned to a slice of itself
        Protocols.setItem(p, sl(0, 2, null), PyTuple.of(PyInt.of(8), PyInt.of(9)));
        assertArrayEquals(new long[] {8, 9, 5, 4, 0, 1}, values(p));
        Protocols.setItem(p, sl(1, 3, null), p);
        assertArrayEquals(new long[] {8, 8, 9, 5, 4, 0, 1, 4, 0, 1}, values(p));
        // shorter and longer replacements, and an empty one
        Protocols.setItem(p, sl(0, 9, null), PyTuple.of(PyInt.of(1)));
        assertArrayEquals(new long[] {1, 1}, values(p));
        Protocols.setItem(p, sl(1, 1, null), new PyList());
        assertArrayEquals(new long[] {1, 1}, values(p));
    }

    @Test
    void sliceAssignmentOfANonIterableRaisesTypeError() {
        PyList p = range(3);
        PyException e = assertThrows(PyException.class, () -> Protocols.setItem(p, sl(0, 1, null), PyInt.of(5)));
        assertTrue(e.getMessage().contains("must assign iterable to extended slice"), e.getMessage());
        assertArrayEquals(new long[] {0, 1, 2}, values(p));
    }

    @Test
    void concurrentPrefixReversalsNeverShowATornOrPartialSlice() {
        int n = 12;
        PyList p = range(n);
        AtomicBoolean stop = new AtomicBoolean();
        Race.run(3, 60, e -> false, id -> {
            if (id == 0) {
                try {
                    for (int round = 0; round < 200_000; round++) {
                        int k = 1 + round % n;
                        Protocols.setItem(p, sl(null, k, null), Protocols.getItem(p, sl(k - 1, null, -1)));
                    }
                } finally {
                    stop.set(true);
                }
                return;
            }
            while (!stop.get()) {
                // Every whole-list slice is a permutation of 0..n-1: a reversal is atomic.
                long[] v = values(Protocols.getItem(p, sl(null, null, -1)));
                Arrays.sort(v);
                for (int i = 0; i < n; i++) {
                    if (v[i] != i) {
                        throw new AssertionError("torn slice " + Arrays.toString(v));
                    }
                }
                for (int i = 0; i < n; i++) {
                    if (!(p.get(i) instanceof PyInt)) {
                        throw new AssertionError("bad item at " + i);
                    }
                }
            }
        });
    }
}
