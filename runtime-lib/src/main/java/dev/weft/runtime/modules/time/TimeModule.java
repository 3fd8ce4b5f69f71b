package dev.weft.runtime.modules.time;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.Namespace;
import dev.weft.runtime.modules.Timeouts;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.locks.LockSupport;

/** {@code time}: clocks, {@code sleep} (no lock to release: there is no GIL), and calendar conversions. */
public final class TimeModule {
    private TimeModule() { }

    private static final long NANO_ORIGIN = System.nanoTime();

    static long wallNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** Monotonic nanoseconds, from an arbitrary origin as CPython's. */
    static long monotonicNanos() {
        return System.nanoTime() - NANO_ORIGIN;
    }

    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            long t = sun.getProcessCpuTime();
            if (t >= 0) {
                return t;
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            long t = threads.getThreadCpuTime(id);
            if (t > 0) {
                sum += t;
            }
        }
        return sum;
    }

    static long threadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : monotonicNanos();
    }

    private static PyFloat secondsOf(long nanos) {
        return PyFloat.of(nanos / 1e9);
    }

    /** {@code time.sleep(secs)}: parks only the calling thread. */
    static PyObject sleep(PyObject self, PyObject secs) {
        double s = Timeouts.seconds(secs);
        if (s < 0) {
            throw Errors.valueError("sleep length must be non-negative");
        }
        // parkNanos keeps sub-millisecond sleeps short (Thread.sleep rounds nanos up to a millisecond)
        long deadline = Timeouts.deadline(Timeouts.toNanos(s));
        for (long left = Timeouts.remaining(deadline); left > 0; left = Timeouts.remaining(deadline)) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
                throw Timeouts.interrupted(new InterruptedException());
            }
        }
        return PyNone.NONE;
    }

    public static PyModule create() {
        PyModule m = ModuleTypes.module("time", "This module provides various functions to manipulate time values.");
        m.put("struct_time", StructTime.SEQ.type());
        // the number of fields struct_time((...)) accepts, tm_zone and tm_gmtoff included; _strptime slices by it
        m.put("_STRUCT_TM_ITEMS", PyInt.of(11));
        ModuleTypes.f0(m, "time", s -> secondsOf(wallNanos()));
        ModuleTypes.f0(m, "time_ns", s -> PyInt.of(wallNanos()));
        ModuleTypes.f0(m, "monotonic", s -> secondsOf(monotonicNanos()));
        ModuleTypes.f0(m, "monotonic_ns", s -> PyInt.of(monotonicNanos()));
        ModuleTypes.f0(m, "perf_counter", s -> secondsOf(monotonicNanos()));
        ModuleTypes.f0(m, "perf_counter_ns", s -> PyInt.of(monotonicNanos()));
        ModuleTypes.f0(m, "process_time", s -> secondsOf(processCpuNanos()));
        ModuleTypes.f0(m, "process_time_ns", s -> PyInt.of(processCpuNanos()));
        ModuleTypes.f0(m, "thread_time", s -> secondsOf(threadCpuNanos()));
        ModuleTypes.f0(m, "thread_time_ns", s -> PyInt.of(threadCpuNanos()));
        ModuleTypes.f1(m, "sleep", TimeModule::sleep);
        ModuleTypes.f1(m, "gmtime", 0, (s, secs) -> StructTime.of(instant(secs), ZoneOffset.UTC));
        ModuleTypes.f1(m, "localtime", 0, (s, secs) -> StructTime.of(instant(secs), ZoneId.systemDefault()));
        ModuleTypes.f1(m, "mktime", (s, t) -> PyFloat.of(StructTime.toEpochSeconds(t)));
        ModuleTypes.f2(m, "strftime", 1, (s, fmt, t) -> {
            if (!(fmt instanceof PyStr f)) {
                throw Errors.typeError("strftime() argument 1 must be str, not %s", fmt.type().name());
            }
            ZonedDateTime when = t == null ? ZonedDateTime.now() : StructTime.toDateTime(t, "strftime");
            return PyStr.of(StrfTime.format(f.value(), when));
        });
        ModuleTypes.f1(m, "asctime", 0, (s, t) -> {
            ZonedDateTime when = t == null ? ZonedDateTime.now() : StructTime.toDateTime(t, "asctime");
            return PyStr.of(StrfTime.format("%a %b %e %H:%M:%S %Y", when));
        });
        ModuleTypes.f1(m, "ctime", 0, (s, secs) -> PyStr.of(StrfTime.format("%a %b %e %H:%M:%S %Y",
                ZonedDateTime.ofInstant(instant(secs), ZoneId.systemDefault()))));
        ModuleTypes.f1(m, "get_clock_info", (s, name) -> clockInfo(name));
        // As CPython's C module: parsing is the pure-Python _strptime module's job.
        ModuleTypes.f2(m, "strptime", 1, (s, string, format) -> {
            PyObject strptime = dev.weft.runtime.imp.Importer.importModule("_strptime");
            return format == null
                    ? dev.weft.runtime.ops.Ops.callMethod(strptime, "_strptime_time", string)
                    : dev.weft.runtime.ops.Ops.callMethod(strptime, "_strptime_time", string, format);
        });
        defineZone(m);
        return m;
    }

    private static Instant instant(PyObject secs) {
        if (secs == null || secs == PyNone.NONE) {
            return Instant.now();
        }
        double s = Timeouts.seconds(secs);
        if (Double.isInfinite(s) || Math.abs(s) > 1e17) {
            throw Errors.overflowError("timestamp out of range for platform time_t");
        }
        return Instant.ofEpochSecond((long) Math.floor(s));
    }

    private static PyObject clockInfo(PyObject name) {
        String n = name instanceof PyStr s ? s.value() : "";
        switch (n) {
            case "time":
                return info("clock_gettime(CLOCK_REALTIME)", false, true, 1e-09);
            case "monotonic":
            case "perf_counter":
                return info("clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-09);
            case "process_time":
                return info("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false, 1e-09);
            case "thread_time":
                return info("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false, 1e-09);
            default:
                throw Errors.valueError("unknown clock");
        }
    }

    private static PyObject info(String impl, boolean monotonic, boolean adjustable, double resolution) {
        return new Namespace().with("implementation", PyStr.of(impl)).with("monotonic", PyBool.of(monotonic))
                .with("adjustable", PyBool.of(adjustable)).with("resolution", PyFloat.of(resolution));
    }

    private static void defineZone(PyModule m) {
        ZoneId zone = ZoneId.systemDefault();
        ZonedDateTime jan = ZonedDateTime.of(ZonedDateTime.now().getYear(), 1, 1, 0, 0, 0, 0, zone);
        ZonedDateTime jul = jan.withMonth(7);
        int janOff = jan.getOffset().getTotalSeconds();
        int julOff = jul.getOffset().getTotalSeconds();
        int std = Math.min(janOff, julOff);
        int dst = Math.max(janOff, julOff);
        m.put("timezone", PyInt.of(-std));
        m.put("altzone", PyInt.of(-dst));
        m.put("daylight", PyInt.of(janOff != julOff ? 1 : 0));
        String stdName = StrfTime.zoneName(janOff <= julOff ? jan : jul);
        String dstName = StrfTime.zoneName(janOff <= julOff ? jul : jan);
        m.put("tzname", PyTuple.of(PyStr.of(stdName), PyStr.of(dstName)));
    }
}
