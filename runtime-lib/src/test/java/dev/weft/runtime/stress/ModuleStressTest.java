package dev.weft.runtime.stress;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.collections.CollectionsModule;
import dev.weft.runtime.modules.functools.FunctoolsModule;
import dev.weft.runtime.modules.itertools.ItertoolsModule;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyTuple;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The free-threading contract for the Java modules: deque, itertools.count, tee, lru_cache under races. */
class ModuleStressTest {
    private static final int THREADS = 8;
    private static final long TIMEOUT = 30;

    private static PyObject collections(String name) {
        return CollectionsModule.create().get(name);
    }

    private static PyObject call(PyObject obj, String method, PyObject... args) {
        return Ops.callMethod(obj, method, args);
    }

    private static long value(PyObject o) {
        return ((PyInt) o).longValue();
    }

    @Test
    void dequeAppendsAtBothEndsKeepEveryItemAndEachThreadsOrder() {
        PyObject d = Calls.call0(collections("deque"));
        int per = 10_000;
        Race.run(THREADS, TIMEOUT, e -> false, id -> {
            for (int k = 0; k < per; k++) {
                call(d, id % 2 == 0 ? "append" : "appendleft", PyInt.of((long) id * per + k));
            }
        });
        PyObject[] items = Protocols.toArray(d);
        assertEquals(THREADS * per, items.length);
        Map<Integer, Long> last = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        for (PyObject o : items) {
            long v = value(o);
            assertTrue(seen.add(v), "duplicate " + v);
            int thread = (int) (v / per);
            Long prev = last.put(thread, v);
            if (prev != null) {
                // appended items appear in increasing order, appendleft'ed ones in decreasing order
                assertTrue(thread % 2 == 0 ? prev < v : prev > v, "order of thread " + thread);
            }
        }
    }

    @Test
    void dequeProducersAndConsumersAtBothEndsLoseAndDuplicateNothing() {
        PyObject d = Calls.call0(collections("deque"));
        int per = 10_000;
        ConcurrentLinkedQueue<Long> popped = new ConcurrentLinkedQueue<>();
        Race.run(THREADS, TIMEOUT, e -> false, id -> {
            for (int k = 0; k < per; k++) {
                if (id % 2 == 0) {
                    call(d, k % 2 == 0 ? "append" : "appendleft", PyInt.of((long) id * per + k));
                } else {
                    try {
                        popped.add(value(call(d, k % 2 == 0 ? "pop" : "popleft")));
                    } catch (PyException e) {
                        if (!e.matches(ExceptionTypes.IndexError)) {
                            throw e;
                        }
                    }
                }
            }
        });
        Set<Long> all = new HashSet<>(popped);
        assertEquals(popped.size(), all.size(), "an item was popped twice");
        for (PyObject o : Protocols.toArray(d)) {
            assertTrue(all.add(value(o)), "an item is both popped and still present");
        }
        assertEquals((THREADS / 2) * per, all.size());
    }

    @Test
    void dequeReadersSeeOnlyPythonErrorsWhileWritersRotateAndTrimABoundedDeque() {
        PyObject d = Calls.call(collections("deque"), new PyObject[] {Calls.call1(dev.weft.runtime.Py.builtin("range"),
                PyInt.of(50)), PyInt.of(64)}, null);
        Race.run(THREADS, TIMEOUT, e -> e.matches(ExceptionTypes.RuntimeError) || e.matches(ExceptionTypes.IndexError)
                || e.matches(ExceptionTypes.ValueError), id -> {
            for (int k = 0; k < 5_000; k++) {
                try {
                    switch (id % 4) {
                        case 0 -> {
                            call(d, "append", PyInt.of(k));
                            call(d, "appendleft", PyInt.of(-k));
                        }
                        case 1 -> {
                            call(d, "rotate", PyInt.of(k % 7 - 3));
                            if (k % 10 == 0) {
                                call(d, "reverse");
                            }
                            if (k % 50 == 0) {
                                call(d, "insert", PyInt.of(3), PyInt.of(k));
                            }
                        }
                        case 2 -> {
                            for (PyObject it = Protocols.iter(d), o = Protocols.next(it); o != null; o = Protocols.next(it)) {
                                assertTrue(o instanceof PyInt);
                            }
                        }
                        default -> {
                            assertTrue(Protocols.len(d) <= 64);
                            Protocols.getItem(d, PyInt.of(k % 64));
                            Ops.reprString(d);
                            call(d, "count", PyInt.of(3));
                            if (k % 20 == 0) {
                                call(d, "remove", PyInt.of(k));
                            }
                        }
                    }
                } catch (PyException e) {
                    if (!e.matches(ExceptionTypes.RuntimeError) && !e.matches(ExceptionTypes.IndexError)
                            && !e.matches(ExceptionTypes.ValueError)) {
                        throw e;
                    }
                }
            }
        });
        assertTrue(Protocols.len(d) <= 64);
    }

    @Test
    void defaultdictOfListsGroupsFromManyThreadsWithoutLosingAppends() {
        PyObject d = Calls.call1(collections("defaultdict"), dev.weft.runtime.types.PyList.TYPE);
        int per = 10_000;
        Race.run(THREADS, TIMEOUT, e -> false, id -> {
            for (int k = 0; k < per; k++) {
                PyObject bucket = Protocols.getItem(d, PyInt.of(k % 97));
                call(bucket, "append", PyInt.of((long) id * per + k));
            }
        });
        long total = 0;
        for (PyObject key : Protocols.toArray(d)) {
            total += Protocols.len(Protocols.getItem(d, key));
        }
        assertEquals((long) THREADS * per, total);
        assertEquals(97, Protocols.len(d));
    }

    @Test
    void sharedCountHandsOutEachNumberOnce() {
        PyObject counter = Calls.call0(ItertoolsModule.create().get("count"));
        int per = 20_000;
        ConcurrentLinkedQueue<Long> got = new ConcurrentLinkedQueue<>();
        Race.run(THREADS, TIMEOUT, e -> false, id -> {
            for (int k = 0; k < per; k++) {
                got.add(value(Protocols.next(counter)));
            }
        });
        Set<Long> unique = new HashSet<>(got);
        assertEquals(THREADS * per, unique.size());
        for (long i = 0; i < THREADS * per; i++) {
            assertTrue(unique.contains(i));
        }
    }

    @Test
    void teeCopiesConsumedByDifferentThreadsEachSeeTheWholeSequence() {
        int n = 20_000;
        PyObject source = Calls.call1(dev.weft.runtime.Py.builtin("range"), PyInt.of(n));
        PyTuple copies = (PyTuple) Calls.call2(ItertoolsModule.create().get("tee"), source, PyInt.of(THREADS));
        List<List<Long>> seen = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            seen.add(new ArrayList<>());
        }
        Race.run(THREADS, TIMEOUT, e -> false, id -> {
            PyObject it = copies.get(id);
            for (PyObject o = Protocols.next(it); o != null; o = Protocols.next(it)) {
                seen.get(id).add(value(o));
            }
        });
        for (List<Long> s : seen) {
            assertEquals(n, s.size());
            for (int i = 0; i < n; i++) {
                assertEquals(i, s.get(i));
            }
        }
    }

    @Test
    void lruCacheCountsEveryCallAndKeepsItsBound() {
        AtomicLong calls = new AtomicLong();
        PyObject square = new dev.weft.runtime.call.PyBuiltinFunction("square", null, (self, args, kw) -> {
            calls.incrementAndGet();
            long v = value(args[0]);
            return PyInt.of(v * v);
        });
        PyObject cached = Calls.call1(Calls.call1(FunctoolsModule.create().get("lru_cache"), PyInt.of(32)), square);
        int per = 5_000;
        Race.run(THREADS, TIMEOUT, e -> false, id -> {
            for (int k = 0; k < per; k++) {
                long x = (k * 7L + id) % 50;
                assertEquals(x * x, value(Calls.call1(cached, PyInt.of(x))));
            }
        });
        PyTuple info = (PyTuple) Calls.call0(Attr.getAttr(cached, "cache_info"));
        long hits = value(info.get(0)), misses = value(info.get(1)), size = value(info.get(3));
        assertEquals((long) THREADS * per, hits + misses);
        assertEquals(calls.get(), misses);
        assertTrue(size <= 32, "cache grew to " + size);
    }
}
