package dev.weft.runtime.modules.concurrent;

import dev.weft.runtime.Py;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

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

/** {@code concurrent.futures}: executors, futures, wait and as_completed. */
class FuturesTest {
    private static final PyObject CF = mod("concurrent.futures");
    private static final PyObject T = mod("threading");

    private static PyObject pool(int workers) {
        return callKw(attr(CF, "ThreadPoolExecutor"), new PyObject[] {PyInt.of(workers)}, "max_workers");
    }

    private static void shutdown(PyObject ex) {
        method(ex, "shutdown");
    }

    private static void await(CountDownLatch l) {
        try {
            if (!l.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("latch not reached");
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static final PyObject SQUARE = jfn("square", a -> {
        long v = ((PyInt) a[0]).longValue();
        return PyInt.of(v * v);
    });

    @Test
    void mapKeepsInputOrderWhateverTheFinishingOrder() {
        bounded(() -> {
            PyObject ex = pool(4);
            PyObject slowFirst = jfn("f", a -> {
                long v = ((PyInt) a[0]).longValue();
                try {
                    Thread.sleep((10 - v) * 2);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
                return PyInt.of(v * 10);
            });
            PyList input = new PyList();
            for (int i = 0; i < 10; i++) {
                input.append(PyInt.of(i));
            }
            PyObject results = call(Py.builtin("list"), method(ex, "map", slowFirst, input));
            assertEquals("[0, 10, 20, 30, 40, 50, 60, 70, 80, 90]", Ops.reprString(results));
            shutdown(ex);
        });
    }

    @Test
    void mapZipsSeveralIterables() {
        bounded(() -> {
            PyObject ex = pool(2);
            PyObject add = jfn("add", a -> Ops.add(a[0], a[1]));
            PyObject r = call(Py.builtin("list"), method(ex, "map", add, Py.list(PyInt.of(1), PyInt.of(2), PyInt.of(3)),
                    Py.list(PyInt.of(10), PyInt.of(20))));
            assertEquals("[11, 22]", Ops.reprString(r));
            shutdown(ex);
        });
    }

    @Test
    void mapRaisesTheFirstExceptionWhenIterated() {
        bounded(() -> {
            PyObject ex = pool(2);
            PyObject f = jfn("f", a -> {
                if (((PyInt) a[0]).longValue() == 2) {
                    throw Errors.valueError("bad item 2");
                }
                return a[0];
            });
            PyObject it = method(ex, "map", f, Py.list(PyInt.of(1), PyInt.of(2), PyInt.of(3)));
            assertEquals(PyInt.of(1), Protocols.next(it));
            assertEquals("ValueError: bad item 2", Py.raises(() -> Protocols.next(it)));
            shutdown(ex);
        });
    }

    @Test
    void workersRunCallsInParallel() {
        bounded(() -> {
            PyObject ex = pool(3);
            CountDownLatch all = new CountDownLatch(3);
            PyObject meet = jfn("meet", a -> {
                all.countDown();
                await(all);
                return PyStr.of(Ops.strString(attr(call(attr(T, "current_thread")), "name")));
            });
            List<PyObject> fs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                fs.add(method(ex, "submit", meet));
            }
            for (PyObject f : fs) {
                String name = Ops.strString(method(f, "result"));
                assertTrue(name.matches("ThreadPoolExecutor-\\d+_[0-2]"), name);
            }
            shutdown(ex);
        });
    }

    @Test
    void submitPassesKeywordsAndResultRaisesTheCallsException() {
        bounded(() -> {
            PyObject ex = pool(1);
            PyObject kwEcho = new dev.weft.runtime.call.PyBuiltinFunction("echo", null, (self, args, kw) ->
                    PyStr.of(args.length + ":" + String.join(",", kw)));
            PyObject f = callKw(attr(ex, "submit"), new PyObject[] {kwEcho, PyInt.ONE, PyInt.of(2)}, "k");
            assertEquals("'2:k'", Ops.reprString(method(f, "result")));
            PyObject bad = method(ex, "submit", jfn("bad", a -> {
                throw Errors.make(dev.weft.runtime.exc.ExceptionTypes.KeyError, "nope");
            }));
            assertEquals("KeyError: 'nope'", Py.raises(() -> method(bad, "result")));
            assertEquals("KeyError('nope')", Ops.reprString(method(bad, "exception")));
            assertTrue(Ops.reprString(bad).matches("<Future at 0x[0-9a-f]+ state=finished raised KeyError>"));
            assertTrue(Ops.reprString(f).matches("<Future at 0x[0-9a-f]+ state=finished returned str>"));
            shutdown(ex);
        });
    }

    @Test
    void asCompletedYieldsEveryFutureOnce() {
        bounded(() -> {
            PyObject ex = pool(4);
            List<PyObject> fs = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                fs.add(method(ex, "submit", SQUARE, PyInt.of(i)));
            }
            PyList list = new PyList(fs.toArray(new PyObject[0]));
            long sum = 0;
            int n = 0;
            PyObject it = call(attr(CF, "as_completed"), list);
            for (PyObject f : Protocols.toArray(it)) {
                sum += ((PyInt) method(f, "result")).longValue();
                n++;
            }
            assertEquals(20, n);
            assertEquals(2470, sum);
            shutdown(ex);
        });
    }

    @Test
    void asCompletedTimesOutWithCPythonsMessage() {
        bounded(() -> {
            PyObject pending = call(attr(CF, "Future"));
            PyObject done = call(attr(CF, "Future"));
            method(done, "set_result", PyInt.ONE);
            PyObject it = callKw(attr(CF, "as_completed"), new PyObject[] {Py.list(done, pending), PyFloat.of(0.02)},
                    "timeout");
            assertEquals(done, Protocols.next(it));
            assertEquals("TimeoutError: 1 (of 2) futures unfinished", Py.raises(() -> Protocols.next(it)));
        });
    }

    @Test
    void waitFirstCompletedReturnsBeforeTheSlowOne() {
        bounded(() -> {
            PyObject ex = pool(2);
            CountDownLatch release = new CountDownLatch(1);
            PyObject slow = method(ex, "submit", jfn("slow", a -> {
                await(release);
                return null;
            }));
            PyObject fast = method(ex, "submit", SQUARE, PyInt.of(3));
            PyObject r = callKw(attr(CF, "wait"), new PyObject[] {Py.list(slow, fast), attr(CF, "FIRST_COMPLETED")},
                    "return_when");
            assertTrue(Protocols.contains(attr(r, "done"), fast));
            assertTrue(Protocols.contains(attr(r, "not_done"), slow));
            assertTrue(Ops.reprString(r).startsWith("DoneAndNotDoneFutures(done={<Future at"));
            release.countDown();
            PyObject all = call(attr(CF, "wait"), Py.list(slow, fast));
            assertEquals(2, Protocols.len(attr(all, "done")));
            assertEquals("set()", Ops.reprString(attr(all, "not_done")));
            shutdown(ex);
        });
    }

    @Test
    void waitFirstExceptionStopsAtTheFailure() {
        bounded(() -> {
            PyObject ex = pool(2);
            CountDownLatch release = new CountDownLatch(1);
            PyObject slow = method(ex, "submit", jfn("slow", a -> {
                await(release);
                return null;
            }));
            PyObject bad = method(ex, "submit", jfn("bad", a -> {
                throw Errors.valueError("x");
            }));
            PyObject r = callKw(attr(CF, "wait"), new PyObject[] {Py.list(slow, bad), attr(CF, "FIRST_EXCEPTION")},
                    "return_when");
            assertEquals(1, Protocols.len(attr(r, "done")));
            assertTrue(Protocols.contains(attr(r, "done"), bad));
            release.countDown();
            shutdown(ex);
        });
    }

    @Test
    void waitWithTimeoutReportsUnfinished() {
        bounded(() -> {
            PyObject f = call(attr(CF, "Future"));
            PyObject r = callKw(attr(CF, "wait"), new PyObject[] {Py.list(f), PyFloat.of(0.02)}, "timeout");
            assertEquals(0, Protocols.len(attr(r, "done")));
            assertEquals("TimeoutError", Py.raises(() -> method(f, "result", PyFloat.of(0.01))));
        });
    }

    @Test
    void futureStatesCallbacksAndInvalidState() {
        bounded(() -> {
            PyObject f = call(attr(CF, "Future"));
            assertTrue(Ops.reprString(f).matches("<Future at 0x[0-9a-f]+ state=pending>"));
            AtomicReference<PyObject> called = new AtomicReference<>();
            method(f, "add_done_callback", jfn("cb", a -> {
                called.set(a[0]);
                return null;
            }));
            method(f, "set_result", PyInt.of(5));
            assertEquals(f, called.get());
            assertTrue(Ops.isTrue(method(f, "done")));
            String msg = Py.raises(() -> method(f, "set_result", PyInt.of(6)));
            assertTrue(msg.matches("InvalidStateError: FINISHED: <Future at 0x[0-9a-f]+ state=finished returned int>"), msg);
            AtomicInteger late = new AtomicInteger();
            method(f, "add_done_callback", jfn("late", a -> {
                late.incrementAndGet();
                return null;
            }));
            assertEquals(1, late.get());
            PyObject c = call(attr(CF, "Future"));
            assertTrue(Ops.isTrue(method(c, "cancel")));
            assertTrue(Ops.isTrue(method(c, "cancelled")));
            assertEquals("CancelledError", Py.raises(() -> method(c, "result")));
            assertFalse(Ops.isTrue(method(c, "set_running_or_notify_cancel")));
            assertEquals("<class 'concurrent.futures._base.CancelledError'>", Ops.reprString(attr(CF, "CancelledError")));
            assertEquals("<class 'TimeoutError'>", Ops.reprString(attr(CF, "TimeoutError")));
        });
    }

    @Test
    void shutdownCancelsQueuedWorkAndRefusesNewWork() {
        bounded(() -> {
            PyObject ex = pool(1);
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            PyObject running = method(ex, "submit", jfn("block", a -> {
                started.countDown();
                await(release);
                return PyInt.ONE;
            }));
            PyObject queued = method(ex, "submit", SQUARE, PyInt.of(2));
            await(started);
            callKw(attr(ex, "shutdown"), new PyObject[] {PyBool.FALSE, PyBool.TRUE}, "wait", "cancel_futures");
            assertTrue(Ops.isTrue(method(queued, "cancelled")));
            assertEquals("RuntimeError: cannot schedule new futures after shutdown",
                    Py.raises(() -> method(ex, "submit", SQUARE, PyInt.ONE)));
            release.countDown();
            assertEquals(PyInt.ONE, method(running, "result"));
            method(ex, "shutdown");
        });
    }

    @Test
    void contextManagerWaitsForTheWork() {
        bounded(() -> {
            PyObject ex = pool(2);
            assertEquals(ex, method(ex, "__enter__"));
            PyObject f = method(ex, "submit", SQUARE, PyInt.of(9));
            method(ex, "__exit__", PyNone.NONE, PyNone.NONE, PyNone.NONE);
            assertTrue(Ops.isTrue(method(f, "done")));
            assertEquals(PyInt.of(81), method(f, "result"));
        });
    }

    @Test
    void constructorArgumentsAreCheckedAsCPython() {
        assertEquals("ValueError: max_workers must be greater than 0", Py.raises(() -> pool(0)));
        assertEquals("TypeError: initializer must be a callable",
                Py.raises(() -> callKw(attr(CF, "ThreadPoolExecutor"), new PyObject[] {PyInt.ONE}, "initializer")));
        PyObject dflt = call(attr(CF, "ThreadPoolExecutor"));
        int cpus = Runtime.getRuntime().availableProcessors();
        assertEquals(PyInt.of(Math.min(32, cpus + 4)), attr(dflt, "_max_workers"));
        PyObject named = callKw(attr(CF, "ThreadPoolExecutor"), new PyObject[] {PyStr.of("io")}, "thread_name_prefix");
        PyObject name = method(method(named, "submit", jfn("who", a ->
                attr(call(attr(T, "current_thread")), "name"))), "result");
        assertEquals("'io_0'", Ops.reprString(name));
        shutdown(named);
        shutdown(dflt);
    }

    @Test
    void failingInitializerBreaksThePool() {
        bounded(() -> {
            PyObject ex = callKw(attr(CF, "ThreadPoolExecutor"), new PyObject[] {PyInt.ONE, jfn("init", a -> {
                throw Errors.valueError("init failed");
            })}, "max_workers", "initializer");
            java.io.PrintStream err = System.err;
            PyObject f = method(ex, "submit", SQUARE, PyInt.of(2));
            String msg = Py.raises(() -> method(f, "result"));
            assertEquals("BrokenThreadPool: A thread initializer failed, the thread pool is not usable anymore", msg);
            assertEquals(err, System.err);
        });
    }

    @Test
    void processPoolExecutorRunsOnThreads() {
        bounded(() -> {
            PyObject ex = callKw(attr(CF, "ProcessPoolExecutor"), new PyObject[] {PyInt.of(2)}, "max_workers");
            PyObject r = call(Py.builtin("sum"), method(ex, "map", SQUARE, Py.list(PyInt.of(1), PyInt.of(2), PyInt.of(3))));
            assertEquals(PyInt.of(14), r);
            assertTrue(Ops.strString(attr(attr(CF, "ProcessPoolExecutor"), "__doc__")).contains("threads"));
            shutdown(ex);
        });
    }

    @Test
    void chunkedSumsAsInTheSeedProgram() {
        bounded(() -> {
            // s000_futures_chunks.py with 200_000 numbers: sum of squares over 4 chunks via as_completed
            PyObject ex = pool(4);
            PyObject chunkSum = jfn("process_chunk", a -> {
                long lo = ((PyInt) a[0]).longValue();
                long hi = ((PyInt) a[1]).longValue();
                java.math.BigInteger s = java.math.BigInteger.ZERO;
                for (long x = lo; x < hi; x++) {
                    s = s.add(java.math.BigInteger.valueOf(x * x));
                }
                return PyInt.of(s);
            });
            List<PyObject> fs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                fs.add(method(ex, "submit", chunkSum, PyInt.of(i * 50_000L), PyInt.of((i + 1) * 50_000L)));
            }
            PyObject total = PyInt.ZERO;
            for (PyObject f : Protocols.toArray(call(attr(CF, "as_completed"), new PyList(fs)))) {
                total = Ops.add(total, method(f, "result"));
            }
            assertEquals("2666646666700000", Ops.reprString(total));
            shutdown(ex);
        });
    }
}
