package dev.weft.runtime.modules.thread;

import dev.weft.runtime.Py;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyTuple;
import org.junit.jupiter.api.Test;

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

/** {@code _thread}: the primitives (start_new_thread, joinable threads and their handles, locks). */
class ThreadPrimitivesTest {
    private static final PyObject TH = mod("_thread");

    @Test
    void startNewThreadRunsTheFunctionWithItsArguments() {
        bounded(() -> {
            CountDownLatch ran = new CountDownLatch(1);
            AtomicInteger sum = new AtomicInteger();
            PyObject ident = call(attr(TH, "start_new_thread"), jfn("f", a -> {
                sum.set((int) (((PyInt) a[0]).longValue() + ((PyInt) a[1]).longValue()));
                ran.countDown();
                return null;
            }), PyTuple.of(PyInt.of(2), PyInt.of(3)));
            assertTrue(ran.await(10, TimeUnit.SECONDS));
            assertEquals(5, sum.get());
            assertTrue(ident instanceof PyInt);
            assertEquals("TypeError: 2nd arg must be a tuple",
                    Py.raises(() -> call(attr(TH, "start_new_thread"), Py.builtin("print"), PyInt.ONE)));
            assertEquals("TypeError: first arg must be callable",
                    Py.raises(() -> call(attr(TH, "start_new_thread"), PyInt.ONE, PyTuple.EMPTY)));
        });
    }

    @Test
    void joinableThreadsAndTheirHandles() {
        bounded(() -> {
            CountDownLatch release = new CountDownLatch(1);
            PyObject h = callKw(attr(TH, "start_joinable_thread"), new PyObject[] {jfn("f", a -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
                return null;
            }), PyBool.FALSE}, "daemon");
            assertFalse(Ops.isTrue(method(h, "is_done")));
            assertTrue(((PyInt) attr(h, "ident")).longValue() > 0);
            release.countDown();
            method(h, "join");
            assertTrue(Ops.isTrue(method(h, "is_done")));
            PyObject fresh = call(attr(TH, "_ThreadHandle"));
            assertEquals("<_thread._ThreadHandle object: ident=0>", Ops.reprString(fresh));
            assertEquals("RuntimeError: thread not started", Py.raises(() -> method(fresh, "join")));
            PyObject mine = call(attr(TH, "_make_thread_handle"), call(attr(TH, "get_ident")));
            assertEquals("RuntimeError: Cannot join current thread", Py.raises(() -> method(mine, "join")));
            callKw(attr(TH, "start_joinable_thread"), new PyObject[] {jfn("g", a -> null), fresh}, "handle");
            method(fresh, "join");
            assertEquals("RuntimeError: thread already started", Py.raises(() ->
                    callKw(attr(TH, "start_joinable_thread"), new PyObject[] {jfn("g", a -> null), fresh}, "handle")));
            assertEquals("TypeError: thread function must be callable",
                    Py.raises(() -> call(attr(TH, "start_joinable_thread"), PyInt.ONE)));
            call(attr(TH, "_shutdown"));
        });
    }

    @Test
    void allocateLockGivesALock() {
        PyObject lock = call(attr(TH, "allocate_lock"));
        assertEquals("<class '_thread.lock'>", Ops.reprString(lock.type()));
        assertTrue(Ops.isTrue(method(lock, "acquire")));
        assertTrue(Ops.isTrue(method(lock, "locked")));
        method(lock, "release");
        assertEquals(attr(TH, "LockType"), lock.type());
        assertEquals(attr(TH, "get_ident").call(new PyObject[0], null), call(attr(mod("threading"), "get_ident")));
    }
}
