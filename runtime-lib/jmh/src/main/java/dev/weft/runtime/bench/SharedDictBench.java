package dev.weft.runtime.bench;

import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/** A read-mostly dict shared by all benchmark threads: reads must scale (no lock taken). */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SharedDictBench {
    static final int N = 256;
    PyDict dict = new PyDict();
    PyStr[] keys = new PyStr[N];

    @Setup
    public void setup() {
        for (int i = 0; i < N; i++) {
            keys[i] = PyStr.of("k" + i);
            dict.setItem(keys[i], PyInt.of(i));
        }
    }

    @Benchmark
    @Threads(1)
    public int read1() {
        return readAll();
    }

    @Benchmark
    @Threads(2)
    public int read2() {
        return readAll();
    }

    private int readAll() {
        int n = 0;
        for (int i = 0; i < N; i++) {
            n += dict.getItemOrNull(keys[i]) != null ? 1 : 0;
        }
        return n;
    }
}
