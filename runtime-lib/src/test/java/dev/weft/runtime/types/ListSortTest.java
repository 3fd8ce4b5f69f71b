package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link ListSort}'s natural merge sort against a reference stable sort: random data with many
 * duplicates, existing ascending and descending runs of every length around the minimum run,
 * with and without a key, and in reverse; equal keys keep their original order.
 */
class ListSortTest {
    /** Items are (key, original position) pairs as tuples; a key function picks the key. */
    private static PyObject item(long key, int position) {
        return PyTuple.of(PyInt.of(key), PyInt.of(position));
    }

    private static long[] shapes(Random rnd, int n, int shape) {
        long[] k = new long[n];
        for (int i = 0; i < n; i++) {
            k[i] = switch (shape) {
                case 0 -> rnd.nextInt(5);
                case 1 -> i;
                case 2 -> n - i;
                case 3 -> (i / 7) % 2 == 0 ? i : -i;
                case 4 -> i % 3 == 0 ? 1 : 0;
                default -> rnd.nextInt(1000) - (i % 40 < 20 ? i : -i);
            };
        }
        return k;
    }

    @Test
    void sortsStablyLikeAReferenceSortForEveryShapeAndSize() {
        Random rnd = new Random(42);
        PyObject keyFn = new dev.weft.runtime.call.PyBuiltinFunction("first", 1, 1,
                (dev.weft.runtime.call.Fn.F1) (self, t) -> ((PyTuple) t).items[0]);
        for (int n = 0; n < 140; n += (n < 40 ? 1 : 13)) {
            for (int shape = 0; shape < 6; shape++) {
                long[] keys = shapes(rnd, n, shape);
                PyObject[] items = new PyObject[n];
                List<long[]> ref = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    items[i] = item(keys[i], i);
                    ref.add(new long[] {keys[i], i});
                }
                for (boolean reverse : new boolean[] {false, true}) {
                    List<long[]> expected = new ArrayList<>(ref);
                    // Python's reverse=True keeps equal items in their original order too
                    Comparator<long[]> byKey = Comparator.comparingLong(a -> a[0]);
                    expected.sort(reverse ? byKey.reversed() : byKey);
                    PyObject[] sorted = ListSort.sort(items.clone(), keyFn, reverse);
                    for (int i = 0; i < n; i++) {
                        PyObject[] t = ((PyTuple) sorted[i]).items;
                        String where = "n=" + n + " shape=" + shape + " reverse=" + reverse + " i=" + i;
                        assertEquals(expected.get(i)[0], ((PyInt) t[0]).longValue(), where);
                        assertEquals(expected.get(i)[1], ((PyInt) t[1]).longValue(), where);
                    }
                }
            }
        }
    }
}
