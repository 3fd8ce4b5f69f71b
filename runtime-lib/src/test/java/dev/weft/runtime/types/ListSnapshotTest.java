package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.ops.Protocols;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code PyList.toArray} (the copy behind {@code [x, y, z] = v}) and the unpacking built on it. */
class ListSnapshotTest {
    private static PyList listOf(double... vs) {
        PyList l = new PyList();
        for (double v : vs) {
            l.append(PyFloat.of(v));
        }
        return l;
    }

    @Test
    void toArrayCopiesOnlyTheLiveItemsNotTheSpareCapacity() {
        PyList l = listOf(1.0, 2.0, 3.0, 4.0, 5.0); // capacity grew past the size
        l.pop(-1);
        PyObject[] a = l.toArray();
        assertEquals(4, a.length);
        assertSame(PyObject[].class, a.getClass());
        for (int i = 0; i < 4; i++) {
            assertSame(l.get(i), a[i]);
        }
    }

    @Test
    void toArrayIsASnapshotThatLaterListWritesDoNotChange() {
        PyList l = listOf(1.0, 2.0, 3.0);
        PyObject[] a = l.toArray();
        PyObject first = a[0];
        l.set(0, PyFloat.of(9.0));
        a[1] = PyFloat.of(7.0);
        assertSame(first, a[0]);
        assertEquals(2.0, ((PyFloat) l.get(1)).value);
    }

    @Test
    void emptyListGivesAnEmptyArray() {
        assertArrayEquals(new PyObject[0], new PyList().toArray());
    }

    @Test
    void unpackingAListOfTheRightLengthGivesItsItemsInOrder() {
        PyList l = listOf(1.5, -2.5, 3.25);
        PyObject[] xyz = Protocols.unpack(l, 3);
        assertEquals(3, xyz.length);
        assertEquals(-2.5, ((PyFloat) xyz[1]).value);
    }

    @Test
    void unpackingAListOfTheWrongLengthRaisesCPythonsValueErrors() {
        PyException few = assertThrows(PyException.class, () -> Protocols.unpack(listOf(1.0, 2.0), 3));
        assertTrue(few.matches(ExceptionTypes.ValueError));
        assertTrue(String.valueOf(few.getMessage()).contains("not enough values to unpack (expected 3, got 2)"),
                few.getMessage());
        PyException many = assertThrows(PyException.class, () -> Protocols.unpack(listOf(1, 2, 3, 4), 3));
        assertTrue(many.matches(ExceptionTypes.ValueError));
        assertTrue(String.valueOf(many.getMessage()).contains("too many values to unpack (expected 3)"),
                many.getMessage());
    }
}
