package dev.weft.runtime.bench;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/** Small-int arithmetic and str operations through the generic entry points generated code calls. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ScalarBench {
    PyObject a = PyStr.of("hello ");
    PyObject b = PyStr.of("world");
    PyObject fmt = PyStr.of("{} = {:>8.3f}");
    PyObject x = PyInt.of(42);
    PyObject y = dev.weft.runtime.types.PyFloat.of(3.14159);

    /** {@code total = 0; for i in range(1000): total += i * 2} with boxed ints. */
    @Benchmark
    public PyObject smallIntLoop() {
        PyObject total = PyInt.ZERO;
        PyObject two = PyInt.of(2);
        for (int i = 0; i < 1000; i++) {
            total = Ops.add(total, Ops.mul(PyInt.of(i), two));
        }
        return total;
    }

    @Benchmark
    public long primitiveLoop() {
        long total = 0;
        for (int i = 0; i < 1000; i++) {
            total += i * 2L;
        }
        return total;
    }

    @Benchmark
    public PyObject strConcat() {
        return Ops.add(a, b);
    }

    @Benchmark
    public PyObject strFormat() {
        return Ops.callMethod(fmt, "format", x, y);
    }

    @Benchmark
    public PyObject fString() {
        return Ops.add(Ops.format(x, PyStr.EMPTY), Ops.format(y, PyStr.of(".2f")));
    }
}
