package dev.weft.runtime.modules;

import dev.weft.runtime.Py;
import dev.weft.runtime.call.Fn;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.types.PyNone;
import org.junit.jupiter.api.function.Executable;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/** Drives Java modules the way compiled code does: module attributes, vector calls, PyObject arguments. */
public final class ModuleTesting {
    private ModuleTesting() { }

    /** Every blocking test finishes well within this, or fails with a thread dump. */
    public static final long TIMEOUT_MS = 20_000;

    public static PyModule mod(String name) {
        PyModule m = ModuleRegistry.find(name);
        assertNotNull(m, "no module " + name);
        return m;
    }

    public static PyObject attr(PyObject o, String name) {
        return Attr.getAttr(o, name);
    }

    public static PyObject call(PyObject f, PyObject... args) {
        return f.call(args, null);
    }

    /** {@code f(*args, **kw)}: the last {@code kwnames.length} of {@code args} are keyword values. */
    public static PyObject callKw(PyObject f, PyObject[] args, String... kwnames) {
        return f.call(args, kwnames);
    }

    /** {@code o.name(*args)} as generated code calls a method. */
    public static PyObject method(PyObject o, String name, PyObject... args) {
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = o;
        System.arraycopy(args, 0, full, 1, args.length);
        return Calls.callMethod(name, full, null);
    }

    /** A builtin function (Java) named {@code name}, taking any positional arguments. */
    public static PyObject jfn(String name, Function<PyObject[], PyObject> body) {
        return new PyBuiltinFunction(name, null, (Fn.FV) (self, args, kw) -> {
            PyObject r = body.apply(args);
            return r == null ? PyNone.NONE : r;
        });
    }

    /** A Python function (binds as a method in a class) of the named parameters. */
    public static PyObject pyfn(String name, Function<PyObject[], PyObject> body, String... params) {
        return Py.fn(name, (fn, frame) -> {
            PyObject[] args = frame.clone();
            PyObject r = body.apply(args);
            return r == null ? PyNone.NONE : r;
        }, params);
    }

    public static PyObject cls(String name, PyObject base, Map<String, PyObject> ns) {
        return Py.cls(name, new PyObject[] {base}, ns);
    }

    /** Runs {@code body} on this thread; if it has not finished in {@link #TIMEOUT_MS}, fails with a thread dump. */
    public static void bounded(Executable body) {
        Thread me = Thread.currentThread();
        AtomicReference<String> dump = new AtomicReference<>();
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(TIMEOUT_MS);
                dump.set(threadDump());
                me.interrupt();
            } catch (InterruptedException e) {
                // finished in time
            }
        }, "test-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            body.execute();
        } catch (Throwable t) {
            if (dump.get() != null) {
                fail("did not finish in " + TIMEOUT_MS + " ms (deadlock or hang?)\n" + dump.get(), t);
            }
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error e) {
                throw e;
            }
            throw new AssertionError(t);
        } finally {
            watchdog.interrupt();
            try {
                watchdog.join();
            } catch (InterruptedException e) {
                // cleared below
            }
            Thread.interrupted();
        }
        if (dump.get() != null) {
            fail("did not finish in " + TIMEOUT_MS + " ms\n" + dump.get());
        }
    }

    public static String threadDump() {
        StringBuilder sb = new StringBuilder();
        for (ThreadInfo ti : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            sb.append(ti.toString());
            for (StackTraceElement e : ti.getStackTrace()) {
                sb.append("\tat ").append(e).append('\n');
            }
        }
        return sb.toString();
    }
}
