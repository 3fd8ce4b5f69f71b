package dev.weft.runtime.modules.random;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class PyRandomThreadsTest {

    /** Every call is atomic: threads sharing a generator draw exactly the values of the sequential sequence. */
    @Test
    void threadsSharingAGeneratorDrawTheSequentialValues() throws Exception {
        int threads = 4;
        int perThread = 20_000;
        PyObject shared = Calls.call1(PyRandom.TYPE, PyInt.of(2024));
        PyObject sequential = Calls.call1(PyRandom.TYPE, PyInt.of(2024));
        double[] expected = new double[threads * perThread];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = ((PyFloat) Ops.callMethod(sequential, "random")).value;
        }
        double[][] drawn = new double[threads][perThread];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            double[] out = drawn[t];
            Thread w = new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    out[i] = ((PyFloat) Ops.callMethod(shared, "random")).value;
                }
            });
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        double[] all = new double[expected.length];
        for (int t = 0; t < threads; t++) {
            System.arraycopy(drawn[t], 0, all, t * perThread, perThread);
        }
        Arrays.sort(all);
        Arrays.sort(expected);
        assertArrayEquals(expected, all);
    }
}
