package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.stress.Race;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link PyList#get}'s lock-free read without a size load for non-negative indices: Python's
 * results and errors, and the ordering it relies on (an item seen at index i means len > i).
 */
class ListReadPathTest {
    @Test
    void indexReadsFollowPythonForNegativeOutOfRangeAndAfterShrinking() {
        PyList l = PyList.of(PyInt.of(10), PyInt.of(11), PyInt.of(12));
        assertEquals(12, ((PyInt) l.get(2)).longValue());
        assertEquals(12, ((PyInt) l.get(-1)).longValue());
        assertEquals(10, ((PyInt) l.get(-3)).longValue());
        assertThrows(PyException.class, () -> l.get(3));
        assertThrows(PyException.class, () -> l.get(-4));
        assertThrows(PyException.class, () -> l.get(Long.MAX_VALUE));
        assertThrows(PyException.class, () -> l.get(1L << 32));
        l.pop(-1);
        assertThrows(PyException.class, () -> l.get(2));
        l.setSlice(new PySlice(null, null, null), new PyObject[] {PyInt.of(5)});
        assertThrows(PyException.class, () -> l.get(1));
        l.clear();
        assertThrows(PyException.class, () -> l.get(0));
        l.append(PyInt.of(7));
        l.insert(0, PyInt.of(6));
        assertEquals(7, ((PyInt) l.get(1)).longValue());
    }

    @Test
    void anItemReadAtAnIndexImpliesTheListIsLongerThanThatIndex() {
        PyList l = new PyList();
        int total = 60_000;
        AtomicBoolean done = new AtomicBoolean();
        Race.run(3, 60, e -> false, id -> {
            if (id == 0) {
                try {
                    for (int i = 0; i < total; i++) {
                        switch (i % 3) {
                            case 0 -> l.append(PyInt.of(i));
                            case 1 -> l.appendAll(new PyObject[] {PyInt.of(i), PyInt.of(i)});
                            default -> l.insert(0, PyInt.of(i));
                        }
                    }
                } finally {
                    done.set(true);
                }
                return;
            }
            while (!done.get()) {
                // Probe just past the end, where a growing writer races with the read.
                int base = l.size();
                for (int i = base; i < base + 4; i++) {
                    PyObject r;
                    try {
                        r = l.get(i);
                    } catch (PyException e) {
                        continue; // IndexError: not appended yet
                    }
                    if (!(r instanceof PyInt)) {
                        throw new AssertionError("not an item: " + r);
                    }
                    // The list only grows: having seen index i, len must already exceed i.
                    int n = l.size();
                    if (n <= i) {
                        throw new AssertionError("read index " + i + " but len is " + n);
                    }
                }
            }
        });
    }
}
