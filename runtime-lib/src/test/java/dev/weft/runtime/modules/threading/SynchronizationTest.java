package dev.weft.runtime.modules.threading;

import dev.weft.runtime.Py;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.weft.runtime.modules.ModuleTesting.attr;
import static dev.weft.runtime.modules.ModuleTesting.bounded;
import static dev.weft.runtime.modules.ModuleTesting.call;
import static dev.weft.runtime.modules.ModuleTesting.callKw;
import static dev.weft.runtime.modules.ModuleTesting.jfn;
import static dev.weft.runtime.modules.ModuleTesting.method;
import static dev.weft.runtime.modules.ModuleTesting.mod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lock, RLock, Condition, Semaphore, Event and Barrier: semantics and CPython's messages. */
class SynchronizationTest {
    private static final PyObject T = mod("threading");

    private static PyObject start(PyObject target) {
        PyObject t = callKw(attr(T, "Thread"), new PyObject[] {target}, "target");
        method(t, "start");
        return t;
    }

    private static boolean truth(PyObject o) {
        return Ops.isTrue(o);
    }

    @Test
    void lockCanBeReleasedByAnotherThread() {
        bounded(() -> {
            PyObject lock = call(attr(T, "Lock"));
            assertTrue(truth(method(lock, "acquire")));
            assertFalse(truth(method(lock, "acquire", PyBool.FALSE)));
            PyObject t = start(jfn("releaser", a -> method(lock, "release")));
            method(t, "join");
            assertFalse(truth(method(lock, "locked")));
            assertTrue(truth(callKw(attr(lock, "acquire"), new PyObject[] {PyFloat.of(5)}, "timeout")));
        });
    }

    @Test
    void lockAcquireWithTimeoutGivesUp() {
        bounded(() -> {
            PyObject lock = call(attr(T, "Lock"));
            method(lock, "acquire");
            assertFalse(truth(method(lock, "acquire", PyBool.TRUE, PyFloat.of(0.02))));
            assertTrue(Ops.reprString(lock).matches("<locked _thread.lock object at 0x[0-9a-f]+>"));
            method(lock, "release");
            assertTrue(Ops.reprString(lock).startsWith("<unlocked _thread.lock object at 0x"));
        });
    }

    @Test
    void lockErrorsAreCPythons() {
        PyObject lock = call(attr(T, "Lock"));
        assertEquals("RuntimeError: release unlocked lock", Py.raises(() -> method(lock, "release")));
        assertEquals("ValueError: can't specify a timeout for a non-blocking call",
                Py.raises(() -> method(lock, "acquire", PyBool.FALSE, PyInt.ONE)));
        assertEquals("ValueError: timeout value must be a non-negative number",
                Py.raises(() -> method(lock, "acquire", PyBool.TRUE, PyInt.of(-2))));
        assertEquals("OverflowError: timestamp out of range for platform time_t",
                Py.raises(() -> method(lock, "acquire", PyBool.TRUE, PyFloat.of(1e20))));
        assertEquals("TypeError: 'str' object cannot be interpreted as an integer",
                Py.raises(() -> callKw(attr(lock, "acquire"), new PyObject[] {PyStr.of("x")}, "timeout")));
    }

    @Test
    void lockAsContextManagerGuardsACounter() {
        bounded(() -> {
            PyObject lock = call(attr(T, "Lock"));
            int[] counter = {0};
            PyObject inc = jfn("increment", a -> {
                for (int i = 0; i < 20_000; i++) {
                    method(lock, "__enter__");
                    try {
                        counter[0]++;
                    } finally {
                        method(lock, "__exit__", PyNone.NONE, PyNone.NONE, PyNone.NONE);
                    }
                }
                return null;
            });
            List<PyObject> ts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ts.add(start(inc));
            }
            for (PyObject t : ts) {
                method(t, "join");
            }
            assertEquals(80_000, counter[0]);
        });
    }

    @Test
    void rlockIsReentrantAndOwned() {
        bounded(() -> {
            PyObject r = call(attr(T, "RLock"));
            method(r, "acquire");
            method(r, "acquire");
            assertTrue(Ops.reprString(r).matches("<locked _thread.RLock object owner=\\d+ count=2 at 0x[0-9a-f]+>"),
                    Ops.reprString(r));
            String[] other = new String[1];
            PyObject t = start(jfn("intruder", a -> {
                other[0] = Py.raises(() -> method(r, "release"));
                return null;
            }));
            method(t, "join");
            assertEquals("RuntimeError: cannot release un-acquired lock", other[0]);
            method(r, "release");
            method(r, "release");
            assertTrue(Ops.reprString(r).startsWith("<unlocked _thread.RLock object owner=0 count=0 at 0x"));
            assertEquals("RuntimeError: cannot release un-acquired lock", Py.raises(() -> method(r, "release")));
        });
    }

    @Test
    void conditionWaitForWakesWhenThePredicateHolds() {
        bounded(() -> {
            PyObject cond = call(attr(T, "Condition"));
            int[] value = {0};
            PyObject consumer = start(jfn("consumer", a -> {
                method(cond, "__enter__");
                try {
                    PyObject ok = method(cond, "wait_for", jfn("ready", x -> PyBool.of(value[0] == 3)));
                    assertTrue(truth(ok));
                } finally {
                    method(cond, "__exit__", PyNone.NONE, PyNone.NONE, PyNone.NONE);
                }
                return null;
            }));
            for (int i = 0; i < 3; i++) {
                method(cond, "__enter__");
                value[0]++;
                method(cond, "notify_all");
                method(cond, "__exit__", PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            method(consumer, "join");
            assertFalse(truth(method(consumer, "is_alive")));
        });
    }

    @Test
    void conditionWaitTimesOutAndNeedsTheLock() {
        bounded(() -> {
            PyObject cond = call(attr(T, "Condition"), call(attr(T, "Lock")));
            assertEquals("RuntimeError: cannot wait on un-acquired lock", Py.raises(() -> method(cond, "wait")));
            assertEquals("RuntimeError: cannot notify on un-acquired lock", Py.raises(() -> method(cond, "notify")));
            method(cond, "acquire");
            assertFalse(truth(method(cond, "wait", PyFloat.of(0.02))));
            assertTrue(Ops.reprString(cond).matches("<Condition\\(<locked _thread.lock object at 0x[0-9a-f]+>, 0\\)>"));
            method(cond, "release");
        });
    }

    @Test
    void notifyWakesOneWaiterAtATime() {
        bounded(() -> {
            PyObject cond = call(attr(T, "Condition"));
            AtomicInteger woken = new AtomicInteger();
            CountDownLatch waiting = new CountDownLatch(2);
            PyObject waiter = jfn("waiter", a -> {
                method(cond, "acquire");
                waiting.countDown();
                method(cond, "wait");
                woken.incrementAndGet();
                method(cond, "release");
                return null;
            });
            PyObject t1 = start(waiter);
            PyObject t2 = start(waiter);
            waiting.await(10, TimeUnit.SECONDS);
            // both have released the lock inside wait() once we can take it with both registered
            while (true) {
                method(cond, "acquire");
                if (Ops.reprString(cond).endsWith(", 2)>")) {
                    break;
                }
                method(cond, "release");
                Thread.sleep(1);
            }
            method(cond, "notify");
            method(cond, "release");
            while (woken.get() < 1) {
                Thread.sleep(1);
            }
            Thread.sleep(20);
            assertEquals(1, woken.get());
            method(cond, "acquire");
            method(cond, "notify");
            method(cond, "release");
            method(t1, "join");
            method(t2, "join");
            assertEquals(2, woken.get());
        });
    }

    @Test
    void semaphoreLimitsHowManyRunAtOnce() {
        bounded(() -> {
            PyObject sem = call(attr(T, "Semaphore"), PyInt.of(2));
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger max = new AtomicInteger();
            PyObject work = jfn("work", a -> {
                for (int i = 0; i < 200; i++) {
                    method(sem, "__enter__");
                    try {
                        max.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.onSpinWait();
                        inside.decrementAndGet();
                    } finally {
                        method(sem, "__exit__", PyNone.NONE, PyNone.NONE, PyNone.NONE);
                    }
                }
                return null;
            });
            List<PyObject> ts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                ts.add(start(work));
            }
            for (PyObject t : ts) {
                method(t, "join");
            }
            assertTrue(max.get() <= 2, "at most 2 inside, saw " + max.get());
            assertTrue(Ops.reprString(sem).matches("<threading.Semaphore at 0x[0-9a-f]+: value=2>"), Ops.reprString(sem));
        });
    }

    @Test
    void semaphoreErrorsAreCPythons() {
        assertEquals("ValueError: semaphore initial value must be >= 0",
                Py.raises(() -> call(attr(T, "Semaphore"), PyInt.of(-1))));
        PyObject sem = call(attr(T, "Semaphore"));
        assertEquals("ValueError: can't specify timeout for non-blocking acquire",
                Py.raises(() -> method(sem, "acquire", PyBool.FALSE, PyInt.of(2))));
        assertEquals("ValueError: n must be one or more", Py.raises(() -> method(sem, "release", PyInt.ZERO)));
        PyObject bs = call(attr(T, "BoundedSemaphore"), PyInt.of(2));
        assertTrue(Ops.reprString(bs).matches("<threading.BoundedSemaphore at 0x[0-9a-f]+: value=2/2>"));
        assertEquals("ValueError: Semaphore released too many times", Py.raises(() -> method(bs, "release")));
        method(bs, "acquire");
        assertFalse(truth(method(bs, "acquire", PyBool.TRUE, PyFloat.of(0))) && truth(method(bs, "acquire", PyBool.FALSE)));
    }

    @Test
    void eventWakesWaitersAndTimesOut() {
        bounded(() -> {
            PyObject ev = call(attr(T, "Event"));
            assertFalse(truth(method(ev, "wait", PyFloat.of(0.01))));
            assertTrue(Ops.reprString(ev).matches("<threading.Event at 0x[0-9a-f]+: unset>"));
            List<Boolean> results = Collections.synchronizedList(new ArrayList<>());
            List<PyObject> ts = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ts.add(start(jfn("w", a -> {
                    results.add(truth(method(ev, "wait")));
                    return null;
                })));
            }
            method(ev, "set");
            for (PyObject t : ts) {
                method(t, "join");
            }
            assertEquals(List.of(true, true, true), results);
            assertTrue(truth(method(ev, "is_set")));
            method(ev, "clear");
            assertFalse(truth(method(ev, "is_set")));
        });
    }

    @Test
    void barrierReleasesAllPartiesWithDistinctIndices() {
        bounded(() -> {
            AtomicInteger actions = new AtomicInteger();
            PyObject barrier = call(attr(T, "Barrier"), PyInt.of(3), jfn("action", a -> {
                actions.incrementAndGet();
                return null;
            }));
            List<Long> indices = Collections.synchronizedList(new ArrayList<>());
            List<PyObject> ts = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ts.add(start(jfn("party", a -> {
                    for (int round = 0; round < 5; round++) {
                        indices.add(((PyInt) method(barrier, "wait")).longValue());
                    }
                    return null;
                })));
            }
            for (PyObject t : ts) {
                method(t, "join");
            }
            assertEquals(5, actions.get());
            assertEquals(15, indices.size());
            assertEquals(5, indices.stream().filter(x -> x == 0).count());
            assertEquals(5, indices.stream().filter(x -> x == 2).count());
            assertTrue(Ops.reprString(barrier).matches("<threading.Barrier at 0x[0-9a-f]+: waiters=0/3>"));
        });
    }

    @Test
    void barrierTimeoutBreaksItForEveryone() {
        bounded(() -> {
            PyObject barrier = call(attr(T, "Barrier"), PyInt.of(2));
            PyObject broken = attr(T, "BrokenBarrierError");
            String first = Py.raises(() -> method(barrier, "wait", PyFloat.of(0.02)));
            assertEquals("BrokenBarrierError", first);
            assertTrue(truth(attr(barrier, "broken")));
            assertEquals("BrokenBarrierError", Py.raises(() -> method(barrier, "wait")));
            assertTrue(Ops.reprString(barrier).endsWith(": broken>"));
            method(barrier, "reset");
            assertFalse(truth(attr(barrier, "broken")));
            assertEquals(PyTuple.of(attr(T, "BrokenBarrierError")).get(0), broken);
            assertEquals("ValueError: parties must be > 0", Py.raises(() -> call(attr(T, "Barrier"), PyInt.ZERO)));
        });
    }

    @Test
    void barrierAbortWakesTheWaiters() {
        bounded(() -> {
            PyObject barrier = call(attr(T, "Barrier"), PyInt.of(2));
            String[] seen = new String[1];
            PyObject t = start(jfn("waiter", a -> {
                seen[0] = Py.raises(() -> method(barrier, "wait"));
                return null;
            }));
            while (((PyInt) attr(barrier, "n_waiting")).longValue() == 0) {
                Thread.sleep(1);
            }
            method(barrier, "abort");
            method(t, "join");
            assertEquals("BrokenBarrierError", seen[0]);
        });
    }
}
