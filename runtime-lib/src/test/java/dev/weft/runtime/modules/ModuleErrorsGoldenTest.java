package dev.weft.runtime.modules;

import dev.weft.runtime.Py;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import static dev.weft.runtime.modules.ModuleTesting.attr;
import static dev.weft.runtime.modules.ModuleTesting.call;
import static dev.weft.runtime.modules.ModuleTesting.callKw;
import static dev.weft.runtime.modules.ModuleTesting.method;
import static dev.weft.runtime.modules.ModuleTesting.mod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The exceptions of the modules against {@code modules/errors.tsv}, written by
 * {@code tools/gen_modules_golden.py} from what CPython 3.13 raises for the same operations.
 */
class ModuleErrorsGoldenTest {
    private static PyObject m(String name, String attr) {
        return attr(mod(name), attr);
    }

    private static Map<String, Runnable> cases() {
        Map<String, Runnable> c = new LinkedHashMap<>();
        PyObject lock = m("threading", "Lock");
        c.put("lock_release_unlocked", () -> method(call(lock), "release"));
        c.put("lock_nonblocking_timeout", () -> method(call(lock), "acquire", PyBool.FALSE, PyInt.ONE));
        c.put("lock_negative_timeout", () -> method(call(lock), "acquire", PyBool.TRUE, PyInt.of(-2)));
        c.put("lock_huge_timeout", () -> method(call(lock), "acquire", PyBool.TRUE, PyFloat.of(1e20)));
        c.put("lock_str_timeout", () -> callKw(attr(call(lock), "acquire"), new PyObject[] {PyStr.of("x")}, "timeout"));
        c.put("rlock_release_unowned", () -> method(call(m("threading", "RLock")), "release"));
        c.put("thread_join_unstarted", () -> method(callKw(m("threading", "Thread"),
                new PyObject[] {Py.builtin("print")}, "target"), "join"));
        c.put("thread_join_current", () -> method(call(m("threading", "current_thread")), "join"));
        c.put("semaphore_negative", () -> call(m("threading", "Semaphore"), PyInt.of(-1)));
        c.put("semaphore_nonblocking_timeout", () -> method(call(m("threading", "Semaphore")), "acquire",
                PyBool.FALSE, PyInt.of(2)));
        c.put("semaphore_release_zero", () -> method(call(m("threading", "Semaphore")), "release", PyInt.ZERO));
        c.put("bounded_overrelease", () -> method(call(m("threading", "BoundedSemaphore"), PyInt.of(2)), "release"));
        c.put("barrier_zero", () -> call(m("threading", "Barrier"), PyInt.ZERO));
        c.put("condition_wait_unowned", () -> method(call(m("threading", "Condition")), "wait"));
        c.put("condition_notify_unowned", () -> method(call(m("threading", "Condition")), "notify"));
        c.put("local_args", () -> call(m("threading", "local"), PyInt.ONE));
        c.put("queue_task_done", () -> method(call(m("queue", "Queue")), "task_done"));
        c.put("queue_get_negative", () -> callKw(attr(call(m("queue", "Queue")), "get"), new PyObject[] {PyInt.of(-1)},
                "timeout"));
        c.put("queue_get_nowait", () -> method(call(m("queue", "Queue")), "get_nowait"));
        c.put("queue_put_full", () -> {
            PyObject q = call(m("queue", "Queue"), PyInt.ONE);
            method(q, "put", PyInt.ONE);
            method(q, "put_nowait", PyInt.of(2));
        });
        c.put("simplequeue_negative", () -> callKw(attr(call(m("queue", "SimpleQueue")), "get"),
                new PyObject[] {PyInt.of(-1)}, "timeout"));
        c.put("time_sleep_negative", () -> call(m("time", "sleep"), PyInt.of(-1)));
        c.put("time_sleep_str", () -> call(m("time", "sleep"), PyStr.of("x")));
        c.put("time_sleep_none", () -> call(m("time", "sleep"), PyNone.NONE));
        c.put("time_strftime_int", () -> call(m("time", "strftime"), PyInt.of(5)));
        c.put("time_struct_short", () -> call(m("time", "struct_time"), Py.tuple(PyInt.ONE, PyInt.of(2))));
        c.put("sys_recursionlimit_zero", () -> call(m("sys", "setrecursionlimit"), PyInt.ZERO));
        c.put("sys_recursionlimit_float", () -> call(m("sys", "setrecursionlimit"), PyFloat.of(1.5)));
        c.put("sys_intern_int", () -> call(m("sys", "intern"), PyInt.of(5)));
        c.put("sys_int_max_str_digits", () -> call(m("sys", "set_int_max_str_digits"), PyInt.of(5)));
        c.put("os_remove_missing", () -> call(m("posix", "remove"), PyStr.of("/nonexistent-weft")));
        c.put("os_listdir_missing", () -> call(m("posix", "listdir"), PyStr.of("/nonexistent-weft")));
        PyObject tpe = m("concurrent.futures", "ThreadPoolExecutor");
        c.put("tpe_zero_workers", () -> call(tpe, PyInt.ZERO));
        c.put("tpe_bad_initializer", () -> callKw(tpe, new PyObject[] {PyInt.ONE}, "initializer"));
        c.put("tpe_submit_after_shutdown", () -> {
            PyObject e = call(tpe, PyInt.ONE);
            method(e, "shutdown");
            method(e, "submit", Py.builtin("print"));
        });
        c.put("future_result_timeout", () -> callKw(attr(call(m("concurrent.futures", "Future")), "result"),
                new PyObject[] {PyInt.ZERO}, "timeout"));
        c.put("future_cancelled_result", () -> {
            PyObject f = call(m("concurrent.futures", "Future"));
            method(f, "cancel");
            method(f, "result");
        });
        c.put("atexit_not_callable", () -> call(m("atexit", "register"), PyInt.ONE));
        return c;
    }

    @Test
    void everyCaseRaisesWhatCPythonRaises() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/modules/errors.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (!line.isEmpty()) {
                    String[] f = line.split("\t", 2);
                    expected.put(f[0], f[1]);
                }
            }
        }
        Map<String, Runnable> cases = cases();
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(cases.keySet()));
        StringBuilder wrong = new StringBuilder();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String got;
            try {
                cases.get(e.getKey()).run();
                got = "no exception";
            } catch (PyException ex) {
                got = ex.getMessage();
            }
            if (!got.equals(e.getValue())) {
                wrong.append(e.getKey()).append(": expected ").append(e.getValue()).append(", got ").append(got).append('\n');
            }
        }
        if (wrong.length() > 0) {
            fail(wrong.toString());
        }
    }
}
