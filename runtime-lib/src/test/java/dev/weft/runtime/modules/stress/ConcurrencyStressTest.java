package dev.weft.runtime.modules.stress;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import static dev.weft.runtime.modules.ModuleTesting.attr;
import static dev.weft.runtime.modules.ModuleTesting.bounded;
import static dev.weft.runtime.modules.ModuleTesting.call;
import static dev.weft.runtime.modules.ModuleTesting.callKw;
import static dev.weft.runtime.modules.ModuleTesting.jfn;
import static dev.weft.runtime.modules.ModuleTesting.method;
import static dev.weft.runtime.modules.ModuleTesting.mod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bounded stress of the synchronisation modules under contention: exact counts, no lost
 * items, no Java exception escaping, no hang (each test fails with a thread dump after its deadline).
 */
class ConcurrencyStressTest {
    private static final PyObject T = mod("threading");
    private static final PyObject Q = mod("queue");
    private static final PyObject CF = mod("concurrent.futures");

    private static List<PyObject> startAll(int n, PyObject target) {
        List<PyObject> ts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PyObject t = callKw(attr(T, "Thread"), new PyObject[] {target, dev.weft.runtime.types.PyTuple.of(PyInt.of(i))},
                    "target", "args");
            method(t, "start");
            ts.add(t);
        }
        return ts;
    }

    private static void joinAll(List<PyObject> ts) {
        for (PyObject t : ts) {
            method(t, "join");
        }
    }

    @Test
    void lockAndRLockKeepCountsExactUnderContention() {
        bounded(() -> {
            for (String kind : new String[] {"Lock", "RLock"}) {
                PyObject lock = call(attr(T, kind));
                long[] counter = {0};
                ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
                joinAll(startAll(8, jfn("inc", a -> {
                    try {
                        for (int i = 0; i < 5000; i++) {
                            method(lock, "__enter__");
                            try {
                                counter[0]++;
                            } finally {
                                method(lock, "__exit__", PyNone.NONE, PyNone.NONE, PyNone.NONE);
                            }
                        }
                    } catch (Throwable t) {
                        errors.add(t);
                    }
                    return null;
                })));
                assertTrue(errors.isEmpty(), String.valueOf(errors.peek()));
                assertEquals(40_000, counter[0], kind);
            }
        });
    }

    @Test
    void boundedQueueLosesNothingBetweenManyProducersAndConsumers() {
        bounded(() -> {
            PyObject q = call(attr(Q, "Queue"), PyInt.of(8));
            AtomicLong sum = new AtomicLong();
            AtomicLong count = new AtomicLong();
            List<PyObject> consumers = startAll(4, jfn("consume", a -> {
                while (true) {
                    PyObject item = method(q, "get");
                    try {
                        if (item == PyNone.NONE) {
                            return null;
                        }
                        sum.addAndGet(((PyInt) item).longValue());
                        count.incrementAndGet();
                    } finally {
                        method(q, "task_done");
                    }
                }
            }));
            List<PyObject> producers = startAll(4, jfn("produce", a -> {
                long base = ((PyInt) a[0]).longValue() * 5000;
                for (long i = 0; i < 5000; i++) {
                    method(q, "put", PyInt.of(base + i));
                }
                return null;
            }));
            joinAll(producers);
            method(q, "join");
            for (int i = 0; i < 4; i++) {
                method(q, "put", PyNone.NONE);
            }
            joinAll(consumers);
            assertEquals(20_000, count.get());
            assertEquals(19_999L * 20_000 / 2, sum.get());
        });
    }

    @Test
    void executorAcceptsConcurrentSubmittersAndCompletesEverything() {
        bounded(() -> {
            PyObject ex = call(attr(CF, "ThreadPoolExecutor"), PyInt.of(4));
            PyObject twice = jfn("twice", a -> PyInt.of(((PyInt) a[0]).longValue() * 2));
            ConcurrentLinkedQueue<PyObject> futures = new ConcurrentLinkedQueue<>();
            joinAll(startAll(4, jfn("submitter", a -> {
                for (int i = 0; i < 500; i++) {
                    futures.add(method(ex, "submit", twice, PyInt.of(i)));
                }
                return null;
            })));
            long total = 0;
            for (PyObject f : Protocols.toArray(call(attr(CF, "as_completed"), new PyList(new ArrayList<>(futures))))) {
                total += ((PyInt) method(f, "result")).longValue();
            }
            assertEquals(4L * 2 * (499L * 500 / 2), total);
            method(ex, "shutdown");
        });
    }

    @Test
    void conditionPingPongNeverMissesAWakeUp() {
        bounded(() -> {
            PyObject cond = call(attr(T, "Condition"));
            long[] turn = {0};
            int rounds = 2000;
            joinAll(startAll(2, jfn("player", a -> {
                long me = ((PyInt) a[0]).longValue();
                for (int i = 0; i < rounds; i++) {
                    method(cond, "__enter__");
                    try {
                        while (turn[0] % 2 != me) {
                            method(cond, "wait");
                        }
                        turn[0]++;
                        method(cond, "notify");
                    } finally {
                        method(cond, "__exit__", PyNone.NONE, PyNone.NONE, PyNone.NONE);
                    }
                }
                return null;
            })));
            assertEquals(2L * rounds, turn[0]);
        });
    }

    @Test
    void barrierCyclesManyRounds() {
        bounded(() -> {
            PyObject barrier = call(attr(T, "Barrier"), PyInt.of(4));
            AtomicLong zeroes = new AtomicLong();
            joinAll(startAll(4, jfn("party", a -> {
                for (int i = 0; i < 300; i++) {
                    if (((PyInt) method(barrier, "wait")).longValue() == 0) {
                        zeroes.incrementAndGet();
                    }
                }
                return null;
            })));
            assertEquals(300, zeroes.get());
            assertEquals("False", Ops.reprString(attr(barrier, "broken")));
        });
    }
}
