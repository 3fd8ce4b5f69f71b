package dev.weft.runtime.bench;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyStr;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Uncontended container operations against java.util (the goal: within 2x). The thread-safe
 * JDK collections with lock-free reads (ConcurrentHashMap, CopyOnWriteArrayList) are measured
 * too: like Weft's containers they must re-read shared state on every call, where the JIT
 * hoists HashMap's and ArrayList's fields out of the benchmark loop (and vectorises it).
 *
 * <p>The {@code ...Each} reads are the like-for-like single-operation measurement: the index
 * or key comes from a fixed shuffle (C2 cannot predict, hoist or vectorise it) and every result
 * goes to a {@link Blackhole} (run with compiler blackholes: {@link CpuTimeRunner} turns them
 * on, JMH does on JDK 17+), a barrier the JIT cannot move loads across, so each operation reads
 * the container's fields itself as a Python {@code l[i]} or {@code d[k]} does. The plain loops
 * ({@code dictGet}, {@code listIndex}, ...) are kept for comparison with earlier sections.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ContainerBench {
    static final int N = 1000;
    PyStr[] pyKeys = new PyStr[N];
    String[] keys = new String[N];
    PyInt[] ints = new PyInt[N];
    PyDict dict = new PyDict();
    HashMap<String, Object> map = new HashMap<>();
    PyList list = new PyList();
    ArrayList<Object> arrayList = new ArrayList<>();
    ConcurrentHashMap<String, Object> concurrentMap = new ConcurrentHashMap<>();
    CopyOnWriteArrayList<Object> cowList;
    /** A fixed shuffle of 0..N-1 (the order of the {@code ...Each} reads). */
    int[] order = new int[N];

    @Setup
    public void setup() {
        for (int i = 0; i < N; i++) {
            keys[i] = "key" + i;
            pyKeys[i] = PyStr.of(keys[i]);
            ints[i] = PyInt.of(i);
            dict.setItem(pyKeys[i], ints[i]);
            map.put(keys[i], ints[i]);
            list.append(ints[i]);
            arrayList.add(ints[i]);
            concurrentMap.put(keys[i], ints[i]);
        }
        cowList = new CopyOnWriteArrayList<>(arrayList);
        Random random = new Random(42);
        for (int i = 0; i < N; i++) {
            order[i] = i;
        }
        for (int i = N - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    @Benchmark
    public void dictGetEach(Blackhole bh) {
        for (int i = 0; i < N; i++) {
            bh.consume(dict.getItemOrNull(pyKeys[order[i]]));
        }
    }

    @Benchmark
    public void hashMapGetEach(Blackhole bh) {
        for (int i = 0; i < N; i++) {
            bh.consume(map.get(keys[order[i]]));
        }
    }

    @Benchmark
    public void concurrentHashMapGetEach(Blackhole bh) {
        for (int i = 0; i < N; i++) {
            bh.consume(concurrentMap.get(keys[order[i]]));
        }
    }

    @Benchmark
    public void listIndexEach(Blackhole bh) {
        for (int i = 0; i < N; i++) {
            bh.consume(list.get(order[i]));
        }
    }

    @Benchmark
    public void arrayListGetEach(Blackhole bh) {
        for (int i = 0; i < N; i++) {
            bh.consume(arrayList.get(order[i]));
        }
    }

    @Benchmark
    public void copyOnWriteListGetEach(Blackhole bh) {
        for (int i = 0; i < N; i++) {
            bh.consume(cowList.get(order[i]));
        }
    }

    @Benchmark
    public int dictGet() {
        int n = 0;
        for (int i = 0; i < N; i++) {
            n += dict.getItemOrNull(pyKeys[i]) != null ? 1 : 0;
        }
        return n;
    }

    @Benchmark
    public int hashMapGet() {
        int n = 0;
        for (int i = 0; i < N; i++) {
            n += map.get(keys[i]) != null ? 1 : 0;
        }
        return n;
    }

    @Benchmark
    public PyDict dictPut() {
        PyDict d = new PyDict();
        for (int i = 0; i < N; i++) {
            d.setItem(pyKeys[i], ints[i]);
        }
        return d;
    }

    @Benchmark
    public HashMap<String, Object> hashMapPut() {
        HashMap<String, Object> m = new HashMap<>();
        for (int i = 0; i < N; i++) {
            m.put(keys[i], ints[i]);
        }
        return m;
    }

    @Benchmark
    public PyList listAppend() {
        PyList l = new PyList();
        for (int i = 0; i < N; i++) {
            l.append(ints[i]);
        }
        return l;
    }

    @Benchmark
    public ArrayList<Object> arrayListAdd() {
        ArrayList<Object> l = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            l.add(ints[i]);
        }
        return l;
    }

    @Benchmark
    public int listIndex() {
        int n = 0;
        for (int i = 0; i < N; i++) {
            PyObject o = list.get(i);
            n += o == null ? 0 : 1;
        }
        return n;
    }

    @Benchmark
    public int arrayListGet() {
        int n = 0;
        for (int i = 0; i < N; i++) {
            n += arrayList.get(i) == null ? 0 : 1;
        }
        return n;
    }

    @Benchmark
    public int concurrentHashMapGet() {
        int n = 0;
        for (int i = 0; i < N; i++) {
            n += concurrentMap.get(keys[i]) != null ? 1 : 0;
        }
        return n;
    }

    @Benchmark
    public int copyOnWriteListGet() {
        int n = 0;
        for (int i = 0; i < N; i++) {
            n += cowList.get(i) == null ? 0 : 1;
        }
        return n;
    }
}
