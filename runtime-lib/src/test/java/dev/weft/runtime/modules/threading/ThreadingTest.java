package dev.weft.runtime.modules.threading;

import dev.weft.runtime.Py;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;
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
import static dev.weft.runtime.modules.ModuleTesting.cls;
import static dev.weft.runtime.modules.ModuleTesting.jfn;
import static dev.weft.runtime.modules.ModuleTesting.method;
import static dev.weft.runtime.modules.ModuleTesting.mod;
import static dev.weft.runtime.modules.ModuleTesting.pyfn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code threading} driven through the object model, as compiled code would drive it. */
class ThreadingTest {
    private static final PyObject T = mod("threading");

    private static PyObject newThread(PyObject target, PyObject... args) {
        return callKw(attr(T, "Thread"), new PyObject[] {target, PyTuple.of(args)}, "target", "args");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("latch not reached: the other thread did not run at the same time");
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void twoThreadsRunAtTheSameTime() {
        bounded(() -> {
            CountDownLatch both = new CountDownLatch(2);
            PyObject target = jfn("meet", a -> {
                both.countDown();
                await(both); // passes only if the other thread runs concurrently
                return null;
            });
            PyObject t1 = newThread(target);
            PyObject t2 = newThread(target);
            method(t1, "start");
            method(t2, "start");
            method(t1, "join");
            method(t2, "join");
            assertEquals(0, both.getCount());
            assertFalse(Ops.isTrue(method(t1, "is_alive")));
        });
    }

    @Test
    void cpuBoundThreadsOverlapWithoutAGlobalLock() {
        bounded(() -> {
            // each worker spins on the shared counter; both must be inside at once
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger maxInside = new AtomicInteger();
            CountDownLatch both = new CountDownLatch(2);
            PyObject target = jfn("spin", a -> {
                int now = inside.incrementAndGet();
                maxInside.accumulateAndGet(now, Math::max);
                both.countDown();
                long x = 0;
                while (both.getCount() > 0) {
                    x++;
                }
                await(both);
                inside.decrementAndGet();
                return PyInt.of(x);
            });
            List<PyObject> ts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                PyObject t = newThread(target);
                method(t, "start");
                ts.add(t);
            }
            for (PyObject t : ts) {
                method(t, "join");
            }
            assertEquals(2, maxInside.get());
        });
    }

    @Test
    void threadNamesCountUpAndNameTheTarget() {
        PyObject t = newThread(jfn("work", a -> null));
        String name = Ops.strString(attr(t, "name"));
        assertTrue(name.matches("Thread-\\d+ \\(work\\)"), name);
        assertTrue(Ops.reprString(t).matches("<Thread\\(Thread-\\d+ \\(work\\), initial\\)>"), Ops.reprString(t));
        PyObject named = callKw(attr(T, "Thread"), new PyObject[] {PyInt.of(5)}, "name");
        assertEquals("5", Ops.strString(attr(named, "name")));
        PyObject daemon = callKw(attr(T, "Thread"), new PyObject[] {PyBool.TRUE}, "daemon");
        assertTrue(Ops.reprString(daemon).endsWith(", initial daemon)>"), Ops.reprString(daemon));
    }

    @Test
    void threadPassesArgsAndKwargsToTheTarget() {
        bounded(() -> {
            AtomicReference<String> seen = new AtomicReference<>();
            PyObject target = new dev.weft.runtime.call.PyBuiltinFunction("f", null, (self, args, kw) -> {
                seen.set(args.length + " " + String.join(",", kw == null ? new String[0] : kw) + " " + Ops.reprString(args[0]));
                return PyNone.NONE;
            });
            PyDict kwargs = Py.dict(PyStr.of("k"), PyInt.of(2));
            PyObject t = callKw(attr(T, "Thread"), new PyObject[] {target, PyTuple.of(PyInt.of(1)), kwargs},
                    "target", "args", "kwargs");
            method(t, "start");
            method(t, "join");
            assertEquals("2 k 1", seen.get());
        });
    }

    @Test
    void subclassWithOverriddenRunRunsOnItsOwnThread() {
        bounded(() -> {
            AtomicReference<PyObject> current = new AtomicReference<>();
            PyObject sub = cls("Worker", attr(T, "Thread"), Py.ns(
                    "run", pyfn("run", a -> {
                        current.set(call(attr(T, "current_thread")));
                        dev.weft.runtime.ops.Attr.setAttr(a[0], "result", PyInt.of(42));
                        return null;
                    }, "self")));
            PyObject w = call(sub);
            method(w, "start");
            method(w, "join");
            assertSame(w, current.get());
            assertEquals(PyInt.of(42), attr(w, "result"));
            assertTrue(Ops.reprString(w).matches("<Worker\\(Thread-\\d+, stopped \\d+\\)>"), Ops.reprString(w));
        });
    }

    @Test
    void subclassInitCallingThreadInitKeepsItsOwnAttributes() {
        bounded(() -> {
            PyObject threadType = attr(T, "Thread");
            PyObject sub = cls("Named", threadType, Py.ns(
                    "__init__", pyfn("__init__", a -> {
                        callKw(attr(threadType, "__init__"), new PyObject[] {a[0], PyStr.of("custom")}, "name");
                        dev.weft.runtime.ops.Attr.setAttr(a[0], "n", a[1]);
                        return null;
                    }, "self", "n"),
                    "run", pyfn("run", a -> {
                        dev.weft.runtime.ops.Attr.setAttr(a[0], "out", Ops.mul(attr(a[0], "n"), PyInt.of(2)));
                        return null;
                    }, "self")));
            PyObject w = call(sub, PyInt.of(21));
            assertEquals("custom", Ops.strString(attr(w, "name")));
            method(w, "start");
            method(w, "join");
            assertEquals(PyInt.of(42), attr(w, "out"));
            assertTrue(Ops.isTrue(call(Py.builtin("isinstance"), w, threadType)));
        });
    }

    @Test
    void subclassThatSkipsInitCannotStart() {
        PyObject sub = cls("Bad", attr(T, "Thread"), Py.ns("__init__", pyfn("__init__", a -> null, "self")));
        PyObject b = call(sub);
        assertEquals("RuntimeError: thread.__init__() not called", Py.raises(() -> method(b, "start")));
    }

    @Test
    void startAndJoinErrorsAreCPythons() {
        bounded(() -> {
            PyObject t = newThread(jfn("f", a -> null));
            assertEquals("RuntimeError: cannot join thread before it is started", Py.raises(() -> method(t, "join")));
            method(t, "start");
            method(t, "join");
            assertEquals("RuntimeError: threads can only be started once", Py.raises(() -> method(t, "start")));
            PyObject me = call(attr(T, "current_thread"));
            assertEquals("RuntimeError: cannot join current thread", Py.raises(() -> method(me, "join")));
            assertEquals("RuntimeError: cannot set daemon status of active thread",
                    Py.raises(() -> dev.weft.runtime.ops.Attr.setAttr(t, "daemon", PyBool.TRUE)));
        });
    }

    @Test
    void joinWithTimeoutReturnsWhileTheThreadRuns() {
        bounded(() -> {
            CountDownLatch release = new CountDownLatch(1);
            PyObject t = newThread(jfn("wait", a -> {
                await(release);
                return null;
            }));
            method(t, "start");
            method(t, "join", PyFloat.of(0.05));
            assertTrue(Ops.isTrue(method(t, "is_alive")));
            release.countDown();
            method(t, "join");
            assertFalse(Ops.isTrue(method(t, "is_alive")));
            assertTrue(attr(t, "ident") instanceof PyInt);
            assertTrue(attr(t, "native_id") instanceof PyInt);
        });
    }

    @Test
    void currentThreadEnumerateAndIdents() {
        bounded(() -> {
            CountDownLatch running = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            AtomicReference<PyObject> ident = new AtomicReference<>();
            PyObject t = newThread(jfn("f", a -> {
                ident.set(call(attr(T, "get_ident")));
                running.countDown();
                await(release);
                return null;
            }));
            method(t, "start");
            await(running);
            PyList all = (PyList) call(attr(T, "enumerate"));
            assertTrue(List.of(all.toArray()).contains(t));
            assertEquals("MainThread", Ops.strString(attr(all.get(0), "name")));
            assertTrue(((PyInt) call(attr(T, "active_count"))).longValue() >= 2);
            assertEquals(ident.get(), attr(t, "ident"));
            release.countDown();
            method(t, "join");
            assertFalse(List.of(((PyList) call(attr(T, "enumerate"))).toArray()).contains(t));
            PyObject main = call(attr(T, "main_thread"));
            assertEquals("MainThread", Ops.strString(attr(main, "name")));
            dev.weft.runtime.ops.Attr.setAttr(main, "tag", PyInt.ONE);
            assertEquals(PyInt.ONE, attr(main, "tag"));
        });
    }

    @Test
    void exceptionInThreadGoesToExcepthookWithTheThread() {
        bounded(() -> {
            AtomicReference<PyObject> hookArgs = new AtomicReference<>();
            PyObject old = attr(T, "excepthook");
            dev.weft.runtime.ops.Attr.setAttr(T, "excepthook", jfn("hook", a -> {
                hookArgs.set(a[0]);
                return null;
            }));
            try {
                PyObject t = newThread(jfn("boom", a -> {
                    throw dev.weft.runtime.exc.Errors.valueError("bad");
                }));
                method(t, "start");
                method(t, "join");
                PyObject args = hookArgs.get();
                assertEquals("<class 'ValueError'>", Ops.reprString(attr(args, "exc_type")));
                assertEquals("ValueError('bad')", Ops.reprString(attr(args, "exc_value")));
                assertSame(t, attr(args, "thread"));
                assertTrue(Ops.reprString(args).startsWith("_thread._ExceptHookArgs(exc_type=<class 'ValueError'>"));
            } finally {
                dev.weft.runtime.ops.Attr.setAttr(T, "excepthook", old);
            }
        });
    }

    @Test
    void defaultExcepthookPrintsCPythonsHeaderAndIgnoresSystemExit() {
        StringBuilder out = new StringBuilder();
        PyObject capture = call(cls("Capture", dev.weft.runtime.core.PyType.OBJECT, Py.ns(
                "write", pyfn("write", a -> {
                    out.append(Ops.strString(a[1]));
                    return null;
                }, "self", "s"),
                "flush", pyfn("flush", a -> null, "self"))));
        PyObject old = dev.weft.runtime.io.StdStreams.stderr();
        mod("sys");
        dev.weft.runtime.ops.Attr.setAttr(mod("sys"), "stderr", capture);
        try {
            bounded(() -> {
                PyObject t = newThread(jfn("boom", a -> {
                    throw dev.weft.runtime.exc.Errors.valueError("bad");
                }));
                method(t, "start");
                method(t, "join");
                PyObject quiet = newThread(jfn("leave", a -> {
                    throw new PyException(dev.weft.runtime.exc.ExceptionTypes.create(
                            dev.weft.runtime.exc.ExceptionTypes.SystemExit, PyInt.of(3)));
                }));
                method(quiet, "start");
                method(quiet, "join");
                String name = Ops.strString(attr(t, "name"));
                assertEquals("Exception in thread " + name + ":\nValueError: bad\n", out.toString());
            });
        } finally {
            dev.weft.runtime.ops.Attr.setAttr(mod("sys"), "stderr", old);
        }
    }

    @Test
    void threadingNamesItsTypesAsCPython() {
        assertEquals("<class 'threading.Thread'>", Ops.reprString(attr(T, "Thread")));
        assertEquals("<class '_thread.lock'>", Ops.reprString(attr(T, "Lock")));
        assertEquals("<class 'threading.BrokenBarrierError'>", Ops.reprString(attr(T, "BrokenBarrierError")));
        assertEquals("<class '_thread._local'>", Ops.reprString(attr(T, "local")));
        assertEquals("9223372036.0", Ops.reprString(attr(T, "TIMEOUT_MAX")));
    }

    @Test
    void localAttributesArePerThread() {
        bounded(() -> {
            PyObject local = call(attr(T, "local"));
            dev.weft.runtime.ops.Attr.setAttr(local, "x", PyInt.of(1));
            AtomicReference<String> other = new AtomicReference<>();
            PyObject t = newThread(jfn("f", a -> {
                other.set(dev.weft.runtime.ops.Attr.getAttrOrNull(local, "x") == null ? "absent" : "present");
                dev.weft.runtime.ops.Attr.setAttr(local, "x", PyInt.of(2));
                return null;
            }));
            method(t, "start");
            method(t, "join");
            assertEquals("absent", other.get());
            assertEquals(PyInt.of(1), attr(local, "x"));
            assertEquals("TypeError: Initialization arguments are not supported",
                    Py.raises(() -> call(attr(T, "local"), PyInt.ONE)));
        });
    }

    @Test
    void localSubclassInitRunsAgainInEachThread() {
        bounded(() -> {
            AtomicInteger inits = new AtomicInteger();
            PyObject sub = cls("MyLocal", attr(T, "local"), Py.ns("__init__", pyfn("__init__", a -> {
                inits.incrementAndGet();
                dev.weft.runtime.ops.Attr.setAttr(a[0], "v", a[1]);
                return null;
            }, "self", "v")));
            PyObject l = call(sub, PyInt.of(7));
            AtomicReference<PyObject> seen = new AtomicReference<>();
            PyObject t = newThread(jfn("f", a -> {
                seen.set(attr(l, "v"));
                return null;
            }));
            method(t, "start");
            method(t, "join");
            assertEquals(PyInt.of(7), seen.get());
            assertEquals(2, inits.get());
        });
    }

    @Test
    void timerRunsAfterItsIntervalAndCancelStopsIt() {
        bounded(() -> {
            AtomicInteger runs = new AtomicInteger();
            PyObject f = jfn("tick", a -> {
                runs.incrementAndGet();
                return null;
            });
            PyObject timer = call(attr(T, "Timer"), PyFloat.of(0.01), f);
            method(timer, "start");
            method(timer, "join");
            assertEquals(1, runs.get());
            PyObject cancelled = call(attr(T, "Timer"), PyFloat.of(30), f);
            method(cancelled, "start");
            method(cancelled, "cancel");
            method(cancelled, "join");
            assertEquals(1, runs.get());
            assertTrue(Ops.reprString(timer).startsWith("<Timer(Thread-"));
        });
    }
}
