package dev.weft.runtime.modules.queue;

import dev.weft.runtime.Py;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
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

/** {@code queue}: orders, blocking with timeouts, task accounting, shutdown, CPython's exceptions. */
class QueueTest {
    private static final PyObject Q = mod("queue");
    private static final PyObject T = mod("threading");

    private static List<String> drain(PyObject q) {
        List<String> out = new ArrayList<>();
        while (!Ops.isTrue(method(q, "empty"))) {
            out.add(Ops.reprString(method(q, "get")));
        }
        return out;
    }

    @Test
    void fifoLifoAndPriorityOrders() {
        PyObject fifo = call(attr(Q, "Queue"));
        PyObject lifo = call(attr(Q, "LifoQueue"));
        PyObject prio = call(attr(Q, "PriorityQueue"));
        for (int v : new int[] {3, 1, 2}) {
            for (PyObject q : new PyObject[] {fifo, lifo}) {
                method(q, "put", PyInt.of(v));
            }
            method(prio, "put", PyTuple.of(PyInt.of(v), PyStr.of("p" + v)));
        }
        assertEquals(List.of("3", "1", "2"), drain(fifo));
        assertEquals(List.of("2", "1", "3"), drain(lifo));
        assertEquals(List.of("(1, 'p1')", "(2, 'p2')", "(3, 'p3')"), drain(prio));
    }

    @Test
    void priorityQueueMatchesHeapqOnManyItems() {
        PyObject prio = call(attr(Q, "PriorityQueue"));
        long seed = 12345;
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            long v = (seed >>> 33) % 1000;
            values.add(v);
            method(prio, "put", PyInt.of(v));
        }
        values.sort(Long::compare);
        List<Long> got = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            got.add(((PyInt) method(prio, "get_nowait")).longValue());
        }
        assertEquals(values, got);
    }

    @Test
    void emptyAndFullAreRaisedAsCPython() {
        bounded(() -> {
            PyObject q = call(attr(Q, "Queue"), PyInt.ONE);
            assertEquals("Empty", Py.raises(() -> method(q, "get_nowait")));
            assertEquals("Empty", Py.raises(() -> callKw(attr(q, "get"), new PyObject[] {PyFloat.of(0.01)}, "timeout")));
            method(q, "put", PyInt.ONE);
            assertTrue(Ops.isTrue(method(q, "full")));
            assertEquals("Full", Py.raises(() -> method(q, "put_nowait", PyInt.of(2))));
            assertEquals("Full", Py.raises(() -> method(q, "put", PyInt.of(2), PyBool.TRUE, PyFloat.of(0.01))));
            assertEquals("ValueError: 'timeout' must be a non-negative number",
                    Py.raises(() -> method(q, "put", PyInt.of(2), PyBool.TRUE, PyInt.of(-1))));
            assertEquals("<class '_queue.Empty'>", Ops.reprString(attr(Q, "Empty")));
            assertEquals("<class 'queue.Full'>", Ops.reprString(attr(Q, "Full")));
            assertTrue(Ops.reprString(q).matches("<queue.Queue object at 0x[0-9a-f]+>"));
            assertEquals("queue.Queue[int]", Ops.reprString(Ops.callMethod(attr(Q, "Queue"), "__class_getitem__",
                    Py.builtin("int"))));
        });
    }

    @Test
    void taskDoneCalledTooOftenIsAValueError() {
        PyObject q = call(attr(Q, "Queue"));
        assertEquals("ValueError: task_done() called too many times", Py.raises(() -> method(q, "task_done")));
    }

    @Test
    void joinWaitsUntilEveryItemIsDone() {
        bounded(() -> {
            PyObject q = call(attr(Q, "Queue"));
            AtomicLong sum = new AtomicLong();
            PyObject worker = jfn("worker", a -> {
                while (true) {
                    PyObject item = method(q, "get");
                    if (item == dev.weft.runtime.types.PyNone.NONE) {
                        method(q, "task_done");
                        return null;
                    }
                    sum.addAndGet(((PyInt) item).longValue());
                    method(q, "task_done");
                }
            });
            List<PyObject> ts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                PyObject t = callKw(attr(T, "Thread"), new PyObject[] {worker}, "target");
                method(t, "start");
                ts.add(t);
            }
            for (int i = 1; i <= 1000; i++) {
                method(q, "put", PyInt.of(i));
            }
            method(q, "join");
            assertEquals(500500, sum.get());
            assertEquals(PyInt.ZERO, attr(q, "unfinished_tasks"));
            for (int i = 0; i < 4; i++) {
                method(q, "put", dev.weft.runtime.types.PyNone.NONE);
            }
            for (PyObject t : ts) {
                method(t, "join");
            }
        });
    }

    @Test
    void boundedQueueBlocksProducersUntilConsumed() {
        bounded(() -> {
            PyObject q = call(attr(Q, "Queue"), PyInt.of(2));
            PyObject producer = callKw(attr(T, "Thread"), new PyObject[] {jfn("produce", a -> {
                for (int i = 0; i < 100; i++) {
                    method(q, "put", PyInt.of(i));
                }
                return null;
            })}, "target");
            method(producer, "start");
            List<Long> got = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                got.add(((PyInt) method(q, "get")).longValue());
                assertTrue(((PyInt) method(q, "qsize")).longValue() <= 2);
            }
            method(producer, "join");
            for (int i = 0; i < 100; i++) {
                assertEquals(i, got.get(i));
            }
        });
    }

    @Test
    void shutdownWakesGettersWithShutDown() {
        bounded(() -> {
            PyObject q = call(attr(Q, "Queue"));
            String[] seen = new String[1];
            PyObject getter = callKw(attr(T, "Thread"), new PyObject[] {jfn("getter", a -> {
                seen[0] = Py.raises(() -> method(q, "get"));
                return null;
            })}, "target");
            method(getter, "start");
            Thread.sleep(20);
            method(q, "shutdown");
            method(getter, "join");
            assertEquals("ShutDown", seen[0]);
            assertEquals("ShutDown", Py.raises(() -> method(q, "put", PyInt.ONE)));
            assertTrue(Ops.isTrue(attr(q, "is_shutdown")));
        });
    }

    @Test
    void shutdownImmediateDropsItemsAndReleasesJoin() {
        bounded(() -> {
            PyObject q = call(attr(Q, "Queue"));
            method(q, "put", PyInt.ONE);
            method(q, "put", PyInt.of(2));
            callKw(attr(q, "shutdown"), new PyObject[] {PyBool.TRUE}, "immediate");
            method(q, "join");
            assertEquals(PyInt.ZERO, method(q, "qsize"));
        });
    }

    @Test
    void subclassesMayAddMethodsButNotReplaceTheStorage() {
        PyObject counting = dev.weft.runtime.modules.ModuleTesting.cls("Counting", attr(Q, "Queue"), Py.ns(
                "size_twice", dev.weft.runtime.modules.ModuleTesting.pyfn("size_twice",
                        a -> Ops.mul(method(a[0], "qsize"), PyInt.of(2)), "self")));
        PyObject q = call(counting);
        method(q, "put", PyInt.ONE);
        assertEquals(PyInt.of(2), method(q, "size_twice"));
        PyObject custom = dev.weft.runtime.modules.ModuleTesting.cls("Custom", attr(Q, "LifoQueue"), Py.ns(
                "_put", dev.weft.runtime.modules.ModuleTesting.pyfn("_put", a -> null, "self", "item")));
        assertEquals("NotImplementedError: Custom overrides _put: subclasses of queue.Queue that replace its storage "
                + "(_init, _qsize, _put, _get) are not supported by weft", Py.raises(() -> call(custom)));
    }

    @Test
    void simpleQueueIsAnUnboundedFifo() {
        bounded(() -> {
            PyObject q = call(attr(Q, "SimpleQueue"));
            for (int i = 0; i < 5; i++) {
                method(q, "put", PyInt.of(i));
            }
            assertEquals(PyInt.of(5), method(q, "qsize"));
            for (int i = 0; i < 5; i++) {
                assertEquals(PyInt.of(i), method(q, "get"));
            }
            assertTrue(Ops.isTrue(method(q, "empty")));
            assertEquals("Empty", Py.raises(() -> method(q, "get", PyBool.TRUE, PyFloat.of(0.01))));
            assertEquals("ValueError: 'timeout' must be a non-negative number",
                    Py.raises(() -> method(q, "get", PyBool.TRUE, PyInt.of(-1))));
            assertEquals("<class '_queue.SimpleQueue'>", Ops.reprString(attr(Q, "SimpleQueue")));
        });
    }
}
