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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Uncontended container operations against java.util (the goal: within 2x). The thread-safe
 * JDK collections with lock-free reads (ConcurrentHashMap, CopyOnWriteArrayList) are measured
 * too: like Weft's containers they must re-read shared state on every call, where the JIT
 * hoists HashMap's and ArrayList's fields out of the benchmark loop (and vectorises it).
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
