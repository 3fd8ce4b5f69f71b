package dev.weft.runtime.modules;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyStr;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Hash objects and arrays shared between threads: every call is whole, none is lost or corrupts the state. */
class SharedObjectsThreadsTest {
    private static final int THREADS = 4;
    private static final int CALLS = 2_000;

    private static void inThreads(Runnable body) throws InterruptedException {
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread w = new Thread(body);
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
    }

    @Test
    void concurrentUpdatesOfOneHashEqualTheSequentialDigest() throws InterruptedException {
        PyModule sha2 = ModuleRegistry.find("_sha2");
        PyObject chunk = PyBytes.of("0123456789abcdef".repeat(5).getBytes());
        PyObject shared = Calls.call0(sha2.get("sha256"));
        inThreads(() -> {
            for (int i = 0; i < CALLS; i++) {
                Ops.callMethod(shared, "update", chunk);
            }
        });
        PyObject sequential = Calls.call0(sha2.get("sha256"));
        for (int i = 0; i < THREADS * CALLS; i++) {
            Ops.callMethod(sequential, "update", chunk);
        }
        assertEquals(((PyStr) Ops.callMethod(sequential, "hexdigest")).value(),
                ((PyStr) Ops.callMethod(shared, "hexdigest")).value());
    }

    @Test
    void concurrentAppendsToOneArrayKeepEveryItem() throws InterruptedException {
        PyModule array = ModuleRegistry.find("array");
        PyObject shared = Calls.call1(array.get("array"), PyStr.of("q"));
        inThreads(() -> {
            for (int i = 0; i < CALLS; i++) {
                Ops.callMethod(shared, "append", PyInt.of(i));
            }
        });
        assertEquals(THREADS * CALLS, Protocols.len(shared));
        long sum = 0;
        for (PyObject o : ((PyList) Ops.callMethod(shared, "tolist")).toArray()) {
            sum += ((PyInt) o).longValue();
        }
        assertEquals((long) THREADS * CALLS * (CALLS - 1) / 2, sum);
        assertEquals(8L, ((PyInt) Attr.getAttr(shared, "itemsize")).longValue());
    }
}
