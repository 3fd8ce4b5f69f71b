package dev.weft.runtime.stress;

import dev.weft.runtime.Py;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyTuple;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PySet;
import dev.weft.runtime.types.PySlice;
import dev.weft.runtime.types.PyStr;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The free-threading contract for builtin containers: atomic operations, no Java exceptions, no deadlock. */
class ContainerStressTest {
    private static final int THREADS = 8;
    private static final long TIMEOUT = 30;

    @Test
    void eightThreadsAppendingToOneListLoseNothing() {
        PyList list = new PyList();
        int per = 20_000;
        Race.run(THREADS, TIMEOUT, e -> false, id -> {
            for (int k = 0; k < per; k++) {
                list.append(PyInt.of((long) id * per + k));
            }
        });
        assertEquals(THREADS * per, list.size());
        Set<Long> seen = new HashSet<>();
        for (PyObject o : list.toArray()) {
            seen.add(((PyInt) o).longValue());
        }
        assertEquals(THREADS * per, seen.size());
    }

    @Test
    void listReadersNeverSeeJavaErrorsWhileWritersAppendAndPop() {
        PyList list = new PyList();
        for (int k = 0; k < 100; k++) {
            list.append(PyInt.of(k));
        }
        Race.run(THREADS, TIMEOUT, e -> e.matches(ExceptionTypes.IndexError), id -> {
            for (int k = 0; k < 20_000; k++) {
                switch (id % 4) {
                    case 0 -> {
                        if (list.size() < 2_000) {
                            list.append(PyInt.of(k));
                        }
                    }
                    case 1 -> {
                        try {
                            list.pop(-1);
                        } catch (PyException e) {
                            if (!e.matches(ExceptionTypes.IndexError)) {
                                throw e;
                            }
                        }
                    }
                    case 2 -> {
                        if (k % 8 != 0) {
                            continue;
                        }
                        for (PyObject it = Protocols.iter(list), o = Protocols.next(it); o != null; o = Protocols.next(it)) {
                            assertTrue(o instanceof PyInt);
                        }
                    }
                    default -> {
                        int n = list.size();
                        PyObject o = list.getOrNull(n / 2);
                        assertTrue(o == null || o instanceof PyInt);
                        if (k % 64 == 0) {
                            Ops.reprString(list);
                        }
                    }
                }
            }
        });
    }

    @Test
    void dictInsertDeleteReadFromEightThreadsEndsWithExactContent() {
        PyDict dict = new PyDict();
        int per = 5_000;
        Race.run(THREADS, TIMEOUT, e -> false, id -> {
            for (int k = 0; k < per; k++) {
                PyInt key = PyInt.of((long) id * per + k);
                dict.setItem(key, PyStr.of("v" + key.longValue()));
                if (k % 2 == 1) {
                    dict.delItem(key);
                }
                PyObject other = dict.getItemOrNull(PyInt.of((long) ((id + 1) % THREADS) * per + k));
                assertTrue(other == null || other instanceof PyStr);
            }
        });
        assertEquals(THREADS * per / 2, dict.size());
        for (int id = 0; id < THREADS; id++) {
            for (int k = 0; k < per; k++) {
                PyObject v = dict.getItemOrNull(PyInt.of((long) id * per + k));
                if (k % 2 == 1) {
                    assertEquals(null, v);
                } else {
                    assertEquals("v" + ((long) id * per + k), v.toString());
                }
            }
        }
    }

    /**
     * Lock-free dict reads never pair a key with another key's value: writers update values in
     * place, delete and re-insert keys and pop items (which frees entries), readers check that
     * every value they get was stored under the key they asked for.
     */
    @Test
    void lockFreeDictReadsNeverReturnAnotherKeysValue() {
        PyDict dict = new PyDict();
        int keys = 64;
        for (int k = 0; k < keys; k++) {
            dict.setItem(PyInt.of(k), PyInt.of(k * 1000L));
        }
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Race.run(4, TIMEOUT, e -> false, id -> {
            if (id < 2) {
                try {
                    writeRounds(dict, keys, id);
                } finally {
                    stop.set(true);
                }
            } else {
                while (!stop.get()) {
                    for (int k = 0; k < keys; k++) {
                        PyObject v = dict.getItemOrNull(PyInt.of(k));
                        if (v != null) {
                            assertEquals(k, ((PyInt) v).longValue() / 1000, "value of key " + k);
                        }
                    }
                }
            }
        });
    }

    private static void writeRounds(PyDict dict, int keys, int id) {
        for (int round = 0; round < 20_000; round++) {
            int k = (round * 7 + id) % keys;
            switch (round % 4) {
                case 0 -> dict.setItem(PyInt.of(k), PyInt.of(k * 1000L + round % 1000));
                case 1 -> dict.removeOrNull(PyInt.of(k));
                case 2 -> {
                    try {
                        PyTuple kv = dict.popItem();
                        dict.setItem(kv.get(0), kv.get(1));
                    } catch (PyException empty) {
                        // KeyError: the other writer emptied the dict
                    }
                }
                default -> dict.setItem(PyInt.of(k), PyInt.of(k * 1000L));
            }
        }
    }

    @Test
    void popitemDrainsAFullDictInReverseInsertionOrder() {
        PyDict dict = new PyDict();
        for (int k = 0; k < 2_000; k++) {
            dict.setItem(PyInt.of(k), PyInt.of(k));
        }
        dict.removeOrNull(PyInt.of(1_999));
        for (int k = 1_998; k >= 0; k--) {
            assertEquals(k, ((PyInt) dict.popItem().get(0)).longValue());
        }
        assertEquals(0, dict.size());
        dict.setItem(PyInt.of(7), PyInt.of(7));
        assertEquals(7, ((PyInt) dict.popItem().get(1)).longValue());
    }

    @Test
    void dictWithPythonKeysStaysConsistentUnderRaces() {
        PyObject keyClass = PythonKeys.keyClass();
        PyDict dict = new PyDict();
        int per = 1_000;
        Race.run(4, TIMEOUT, e -> false, id -> {
            for (int k = 0; k < per; k++) {
                PyObject key = Py.call(keyClass, PyInt.of((long) id * per + k));
                dict.setItem(key, PyInt.of(k));
                assertEquals(k, ((PyInt) dict.getItem(Py.call(keyClass, PyInt.of((long) id * per + k)))).longValue());
            }
        });
        assertEquals(4 * per, dict.size());
    }

    @Test
    void setAddDiscardFromEightThreadsEndsWithExactContent() {
        PySet set = new PySet();
        int per = 5_000;
        Race.run(THREADS, TIMEOUT, e -> false, id -> {
            for (int k = 0; k < per; k++) {
                PyInt key = PyInt.of((long) id * per + k);
                set.add(key);
                if (k % 3 == 0) {
                    set.discard(key);
                }
                set.contains(PyInt.of(k));
            }
        });
        int expected = 0;
        for (int id = 0; id < THREADS; id++) {
            for (int k = 0; k < per; k++) {
                boolean in = set.contains(PyInt.of((long) id * per + k));
                assertEquals(k % 3 != 0, in);
                expected += in ? 1 : 0;
            }
        }
        assertEquals(expected, set.size());
    }

    @Test
    void crossingExtendAndUpdateNeverDeadlock() {
        PyList a = Py.list(Py.i(1), Py.i(2), Py.i(3));
        PyList b = Py.list(Py.i(4), Py.i(5), Py.i(6));
        PyDict d = Py.dict(Py.i(1), Py.i(1), Py.i(2), Py.i(2));
        PyDict e = Py.dict(Py.i(3), Py.i(3), Py.i(4), Py.i(4));
        PySlice tail = new PySlice(Py.i(3), null, null);
        Race.run(4, TIMEOUT, ex -> false, id -> {
            for (int k = 0; k < 20_000; k++) {
                switch (id) {
                    case 0 -> {
                        a.extend(b);
                        a.setSlice(tail, null);
                    }
                    case 1 -> {
                        b.extend(a);
                        b.setSlice(tail, null);
                    }
                    case 2 -> {
                        Ops.callMethod(d, "update", e);
                        Ops.eq(a, b);
                    }
                    default -> {
                        Ops.callMethod(e, "update", d);
                        Ops.eq(d, e);
                    }
                }
            }
        });
        assertEquals(3, a.size());
        assertEquals(4, d.size());
        assertEquals(4, e.size());
    }

    @Test
    void sortingWhileOthersAppendRaisesOnlyPythonErrors() {
        PyList list = new PyList();
        for (int k = 0; k < 2_000; k++) {
            list.append(PyInt.of((k * 7919L) % 2_000));
        }
        Race.run(4, TIMEOUT, e -> e.matches(ExceptionTypes.ValueError), id -> {
            for (int k = 0; k < 300; k++) {
                if (id == 0) {
                    try {
                        list.sort(null, k % 2 == 0);
                    } catch (PyException e) {
                        if (!e.matches(ExceptionTypes.ValueError)) {
                            throw e;
                        }
                    }
                } else {
                    list.append(PyInt.of(k));
                }
            }
        });
        for (PyObject o : list.toArray()) {
            assertTrue(o instanceof PyInt);
        }
    }

    @Test
    void iteratingWhileOthersMutateRaisesOnlyRuntimeError() {
        PyDict dict = new PyDict();
        PySet set = new PySet();
        PyList list = new PyList();
        for (int k = 0; k < 200; k++) {
            dict.setItem(PyInt.of(k), PyInt.of(k));
            set.add(PyInt.of(k));
            list.append(PyInt.of(k));
        }
        Race.run(6, TIMEOUT, e -> false, id -> {
            for (int k = 0; k < 3_000; k++) {
                if (id < 3) {
                    PyInt key = PyInt.of(200 + (k % 50));
                    dict.setItem(key, key);
                    dict.removeOrNull(key);
                    set.add(key);
                    set.discard(key);
                    list.append(key);
                    list.pop(-1);
                } else {
                    for (PyObject c : new PyObject[] {dict, set, list, new dev.weft.runtime.types.PyDictView(dict,
                            dev.weft.runtime.types.Iterators.DictKind.ITEMS)}) {
                        try {
                            PyObject it = Protocols.iter(c);
                            while (Protocols.next(it) != null) {
                                // drain
                            }
                        } catch (PyException e) {
                            if (!e.matches(ExceptionTypes.RuntimeError)) {
                                throw e;
                            }
                        }
                    }
                }
            }
        });
        assertEquals(200, dict.size());
        assertEquals(200, set.size());
        assertEquals(200, list.size());
    }
}
