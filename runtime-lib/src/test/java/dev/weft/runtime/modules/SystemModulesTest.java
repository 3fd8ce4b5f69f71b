package dev.weft.runtime.modules;

import dev.weft.runtime.Py;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.exc.PySystemExit;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.weft.runtime.modules.ModuleTesting.attr;
import static dev.weft.runtime.modules.ModuleTesting.call;
import static dev.weft.runtime.modules.ModuleTesting.callKw;
import static dev.weft.runtime.modules.ModuleTesting.mod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry, {@code sys}, {@code sysconfig}, {@code time}, {@code os} and {@code atexit}.
 * Expected texts are what CPython 3.13.0 prints for the same calls.
 */
class SystemModulesTest {
    private static String repr(PyObject o) {
        return Ops.reprString(o);
    }

    private static PyObject fn(String module, String name, PyObject... args) {
        return call(attr(mod(module), name), args);
    }

    @Test
    void registryCreatesEachModuleOnceEvenUnderRaces() throws Exception {
        ModuleRegistry.register("_weft_test_counted", () -> {
            COUNTED.incrementAndGet();
            return ModuleTypes.module("_weft_test_counted", null);
        });
        CountDownLatch go = new CountDownLatch(1);
        PyModule[] seen = new PyModule[8];
        Thread[] ts = new Thread[8];
        for (int i = 0; i < ts.length; i++) {
            int k = i;
            ts[i] = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                seen[k] = ModuleRegistry.find("_weft_test_counted");
            });
            ts[i].start();
        }
        go.countDown();
        for (Thread t : ts) {
            t.join(TimeUnit.SECONDS.toMillis(10));
        }
        assertEquals(1, COUNTED.get());
        for (PyModule m : seen) {
            assertSame(seen[0], m);
        }
        assertNull(ModuleRegistry.find("no_such_module"));
        assertThrows(IllegalStateException.class, () -> ModuleRegistry.register("_weft_test_counted", () -> null));
        assertTrue(ModuleRegistry.names().containsAll(List.of("sys", "time", "posix", "threading", "_thread", "queue",
                "concurrent", "concurrent.futures", "atexit", "sysconfig", "_queue", "concurrent.futures.thread")));
        assertSame(attr(mod("concurrent.futures"), "ThreadPoolExecutor"), attr(mod("concurrent.futures.thread"), "ThreadPoolExecutor"));
        assertSame(attr(mod("queue"), "Empty"), attr(mod("_queue"), "Empty"));
    }

    private static final AtomicInteger COUNTED = new AtomicInteger();

    @Test
    void freeThreadingIsReportedAsInCPython313t() {
        assertEquals("False", repr(fn("sys", "_is_gil_enabled")));
        assertEquals("True", repr(Ops.eq(fn("sysconfig", "get_config_var", PyStr.of("Py_GIL_DISABLED")), PyInt.ONE)));
        assertEquals("None", repr(fn("sysconfig", "get_config_var", PyStr.of("nope"))));
        assertEquals("'3.13'", repr(fn("sysconfig", "get_python_version")));
    }

    @Test
    void sysVersionAndInfoStructures() {
        PyModule sys = mod("sys");
        assertEquals("sys.version_info(major=3, minor=13, micro=0, releaselevel='final', serial=0)",
                repr(attr(sys, "version_info")));
        assertEquals("True", repr(Ops.ge(attr(sys, "version_info"), PyTuple.of(PyInt.of(3), PyInt.of(13)))));
        assertEquals("13", repr(attr(attr(sys, "version_info"), "minor")));
        assertEquals("sys.float_info(max=1.7976931348623157e+308, max_exp=1024, max_10_exp=308, "
                + "min=2.2250738585072014e-308, min_exp=-1021, min_10_exp=-307, dig=15, mant_dig=53, "
                + "epsilon=2.220446049250313e-16, radix=2, rounds=1)", repr(attr(sys, "float_info")));
        assertEquals("2305843009213693951", repr(attr(attr(sys, "hash_info"), "modulus")));
        assertEquals("'weft'", repr(attr(attr(sys, "implementation"), "name")));
        assertEquals("9223372036854775807", repr(attr(sys, "maxsize")));
        assertEquals("'little'", repr(attr(sys, "byteorder")));
        assertSame(ModuleRegistry.sysModules(), attr(sys, "modules"));
        assertEquals("'utf-8'", repr(fn("sys", "getdefaultencoding")));
        assertEquals("None", repr(attr(attr(sys, "flags"), "gil")));
        assertEquals("'t'", repr(attr(sys, "abiflags")));
    }

    @Test
    void sysFunctionsRaiseAsCPython() {
        assertEquals("ValueError: recursion limit must be greater or equal than 1",
                Py.raises(() -> fn("sys", "setrecursionlimit", PyInt.ZERO)));
        assertEquals("TypeError: 'float' object cannot be interpreted as an integer",
                Py.raises(() -> fn("sys", "setrecursionlimit", PyFloat.of(1.5))));
        assertEquals("TypeError: intern() argument must be str, not int", Py.raises(() -> fn("sys", "intern", PyInt.of(5))));
        assertEquals("ValueError: maxdigits must be 0 or larger than 640",
                Py.raises(() -> fn("sys", "set_int_max_str_digits", PyInt.of(5))));
        PyException exit = assertThrows(PyException.class, () -> fn("sys", "exit", PyInt.of(4)));
        assertEquals("SystemExit(4)", repr(exit.value));
        assertEquals(PyInt.of(4), ((PySystemExit) exit.value).code());
        PyException bare = assertThrows(PyException.class, () -> fn("sys", "exit"));
        assertEquals("SystemExit()", repr(bare.value));
        PyException none = assertThrows(PyException.class, () -> fn("sys", "exit", PyNone.NONE));
        assertEquals("SystemExit()", repr(none.value), "sys.exit(None) raises SystemExit with no arguments");
        PyException pair = assertThrows(PyException.class, () -> fn("sys", "exit", PyTuple.of(PyInt.of(1), PyInt.of(2))));
        assertEquals("SystemExit(1, 2)", repr(pair.value), "a tuple is the argument list");
        assertEquals("(1, 2)", repr(((PySystemExit) pair.value).code()));
        assertSame(PyStr.intern("abc"), fn("sys", "intern", PyStr.of("abc")));
        assertEquals("(None, None, None)", repr(fn("sys", "exc_info")));
    }

    @Test
    void sysArgvIsSetByTheLauncher() {
        dev.weft.runtime.modules.sys.SysModule.setArgv("prog.py", "4");
        assertEquals("['prog.py', '4']", repr(attr(mod("sys"), "argv")));
        dev.weft.runtime.modules.sys.SysModule.setArgv();
        assertEquals(0, ((PyList) attr(mod("sys"), "argv")).size());
    }

    @Test
    void assigningSysStdoutRedirectsPrint() {
        StringBuilder out = new StringBuilder();
        PyObject capture = call(ModuleTesting.cls("Capture", dev.weft.runtime.core.PyType.OBJECT, Py.ns(
                "write", ModuleTesting.pyfn("write", a -> {
                    out.append(Ops.strString(a[1]));
                    return null;
                }, "self", "s"),
                "flush", ModuleTesting.pyfn("flush", a -> null, "self"))));
        PyModule sys = mod("sys");
        PyObject old = attr(sys, "stdout");
        dev.weft.runtime.ops.Attr.setAttr(sys, "stdout", capture);
        try {
            call(Py.builtin("print"), PyStr.of("hello"), PyInt.of(3));
        } finally {
            dev.weft.runtime.ops.Attr.setAttr(sys, "stdout", old);
        }
        assertEquals("hello 3\n", out.toString());
        assertSame(old, dev.weft.runtime.io.StdStreams.stdout());
    }

    @Test
    void timeCalendarFunctionsMatchCPython() {
        PyObject t = fn("time", "gmtime", PyInt.of(1700000000));
        assertEquals("time.struct_time(tm_year=2023, tm_mon=11, tm_mday=14, tm_hour=22, tm_min=13, tm_sec=20, "
                + "tm_wday=1, tm_yday=318, tm_isdst=0)", repr(t));
        assertEquals("'UTC'", repr(attr(t, "tm_zone")));
        assertEquals("2023-11-14 22:13:20 Tue Tuesday Nov November PM 23 318 10 46 46 2 Tue Nov 14 22:13:20 2023 "
                + "11/14/23 22:13:20 % 14 2023-11-14 22:13:20 11/14/23",
                Ops.strString(fn("time", "strftime", PyStr.of("%Y-%m-%d %H:%M:%S %a %A %b %B %p %y %j %I %U %W %w %c "
                        + "%x %X %% %e %F %T %D"), t)));
        assertEquals("'Sun Feb 15 05:00:00 1970'", repr(fn("time", "asctime",
                fn("time", "gmtime", PyInt.of(86400 * 45 + 3600 * 5)))));
        PyObject built = call(attr(mod("time"), "struct_time"), Py.tuple(PyInt.of(2020), PyInt.ONE, PyInt.of(2),
                PyInt.of(3), PyInt.of(4), PyInt.of(5), PyInt.of(6), PyInt.of(7), PyInt.ZERO));
        assertEquals("2", repr(attr(built, "tm_mday")));
        assertEquals("TypeError: time.struct_time() takes an at least 9-sequence (2-sequence given)",
                Py.raises(() -> call(attr(mod("time"), "struct_time"), Py.tuple(PyInt.ONE, PyInt.of(2)))));
        assertEquals("TypeError: strftime() argument 1 must be str, not int",
                Py.raises(() -> fn("time", "strftime", PyInt.of(5))));
    }

    @Test
    void timeClocksAndSleep() {
        double a = ((PyFloat) fn("time", "perf_counter")).value;
        fn("time", "sleep", PyFloat.of(0.01));
        double b = ((PyFloat) fn("time", "perf_counter")).value;
        assertTrue(b - a >= 0.009, "slept " + (b - a));
        fn("time", "sleep", PyFloat.of(0.0001));
        fn("time", "sleep", PyInt.ZERO);
        assertTrue(((PyFloat) fn("time", "time")).value > 1.7e9);
        assertTrue(fn("time", "monotonic_ns") instanceof PyInt);
        assertTrue(((PyFloat) fn("time", "thread_time")).value >= 0);
        assertTrue(((PyFloat) fn("time", "process_time")).value > 0);
        assertEquals("ValueError: sleep length must be non-negative", Py.raises(() -> fn("time", "sleep", PyInt.of(-1))));
        assertEquals("TypeError: 'str' object cannot be interpreted as an integer",
                Py.raises(() -> fn("time", "sleep", PyStr.of("x"))));
        assertEquals("TypeError: 'NoneType' object cannot be interpreted as an integer",
                Py.raises(() -> fn("time", "sleep", PyNone.NONE)));
    }

    @Test
    void atexitRunsHandlersLastFirstAndUnregisters() {
        PyModule atexit = mod("atexit");
        StringBuilder order = new StringBuilder();
        PyObject h1 = ModuleTesting.jfn("h1", a -> {
            order.append("1").append(a.length > 0 ? Ops.strString(a[0]) : "");
            return null;
        });
        PyObject h2 = ModuleTesting.jfn("h2", a -> {
            order.append("2");
            return null;
        });
        PyObject h3 = ModuleTesting.jfn("h3", a -> {
            order.append("3");
            return null;
        });
        assertSame(h1, call(attr(atexit, "register"), h1, PyStr.of("x")));
        call(attr(atexit, "register"), h2);
        call(attr(atexit, "register"), h3);
        call(attr(atexit, "unregister"), h3);
        assertEquals(PyInt.of(2), call(attr(atexit, "_ncallbacks")));
        call(attr(atexit, "_run_exitfuncs"));
        assertEquals("21x", order.toString());
        assertEquals(PyInt.ZERO, call(attr(atexit, "_ncallbacks")));
        assertEquals("TypeError: the first argument must be callable",
                Py.raises(() -> call(attr(atexit, "register"), PyInt.ONE)));
    }

    @Test
    void displayhookPrintsTheReprAndKeepsTheValueInBuiltinsUnderscore() {
        PyObject saved = dev.weft.runtime.io.StdStreams.stdout();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        dev.weft.runtime.io.StdStreams.setStdout(dev.weft.runtime.io.PyFile.textStream("<test>", null, out));
        try {
            fn("sys", "displayhook", PyStr.of("x"));
            fn("sys", "displayhook", PyNone.NONE);
            Ops.callMethod(dev.weft.runtime.io.StdStreams.stdout(), "flush");
        } finally {
            dev.weft.runtime.io.StdStreams.setStdout(saved);
        }
        assertEquals("'x'\n", out.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("'x'", repr(dev.weft.runtime.builtins.BuiltinsModule.lookup("_")));
        assertSame(attr(mod("sys"), "displayhook"), attr(mod("sys"), "__displayhook__"));
    }
}
