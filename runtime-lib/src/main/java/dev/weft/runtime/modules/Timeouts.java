package dev.weft.runtime.modules;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.IntMath;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;

/** Timeouts and durations given in seconds by Python code. */
public final class Timeouts {
    private Timeouts() { }

    /** {@code threading.TIMEOUT_MAX}: what CPython reports on 64-bit Linux. */
    public static final double TIMEOUT_MAX = 9223372036.0;

    /** A duration in seconds as C's {@code _PyTime_FromSecondsObject}: int, float or an object with {@code __float__}/{@code __index__}. */
    public static double seconds(PyObject o) {
        if (o instanceof PyFloat f) {
            if (Double.isNaN(f.value)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            return f.value;
        }
        if (o instanceof PyInt i) {
            return IntMath.toDouble(i);
        }
        if (o.type().lookup("__float__") != null) {
            return seconds(Ops.callMethod(o, "__float__"));
        }
        if (o.type().lookup("__index__") != null) {
            return seconds(Ops.callMethod(o, "__index__"));
        }
        throw Errors.typeError("'%s' object cannot be interpreted as an integer", o.type().name());
    }

    /** Seconds to nanoseconds, saturating (a timeout of years is as good as forever). */
    public static long toNanos(double seconds) {
        if (seconds <= 0) {
            return 0;
        }
        double n = seconds * 1e9;
        return n >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) Math.ceil(n);
    }

    /**
     * The timeout of {@code queue}/{@code Condition}/{@code Event} style waits: null or None is
     * "forever" (−1), a number is nanoseconds (negative numbers mean 0, as there).
     */
    public static long optionalNanos(PyObject timeout) {
        if (timeout == null || timeout == PyNone.NONE) {
            return -1;
        }
        return toNanos(seconds(timeout));
    }

    /** A deadline on {@link System#nanoTime()} for a timeout in nanoseconds (−1: none). */
    public static long deadline(long nanos) {
        if (nanos < 0) {
            return Long.MAX_VALUE;
        }
        long now = System.nanoTime();
        long d = now + nanos;
        return d < now ? Long.MAX_VALUE : d;
    }

    /** Nanoseconds left until {@code deadline} ({@link Long#MAX_VALUE} for none). */
    public static long remaining(long deadline) {
        return deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - System.nanoTime();
    }

    /** Turns a JVM interruption of a blocking wait into the Python exception CPython would raise (KeyboardInterrupt). */
    public static RuntimeException interrupted(InterruptedException e) {
        return Errors.wrap(e);
    }
}
