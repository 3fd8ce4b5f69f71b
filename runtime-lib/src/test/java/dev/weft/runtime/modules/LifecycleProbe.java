package dev.weft.runtime.modules;

import dev.weft.runtime.Py;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.Launcher;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;

import static dev.weft.runtime.modules.ModuleTesting.attr;
import static dev.weft.runtime.modules.ModuleTesting.call;
import static dev.weft.runtime.modules.ModuleTesting.callKw;
import static dev.weft.runtime.modules.ModuleTesting.jfn;
import static dev.weft.runtime.modules.ModuleTesting.method;
import static dev.weft.runtime.modules.ModuleTesting.mod;

/**
 * A program run in its own JVM by {@link LifecycleTest}, as a launcher would run a compiled
 * script: start, main body (threads, an executor left open, atexit handlers), then the end,
 * either through {@link Lifecycle#finish} or the runtime's {@link Launcher} plus {@link Lifecycle#shutdown}.
 */
public final class LifecycleProbe {
    private LifecycleProbe() { }

    public static void main(String[] args) {
        Lifecycle.start("probe.py", args);
        String mode = args.length > 0 ? args[0] : "";
        if (mode.startsWith("launcher-")) {
            int code = Launcher.run(() -> body(mode.substring("launcher-".length())), System.err);
            System.exit(Lifecycle.shutdown(code));
        }
        PyException uncaught = null;
        try {
            body(mode);
        } catch (PyException e) {
            uncaught = e;
        }
        System.exit(Lifecycle.finish(uncaught));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void body(String mode) {
        PyObject print = Py.builtin("print");
        PyObject atexit = mod("atexit");
        call(attr(atexit, "register"), print, PyStr.of("first registered"));
        call(attr(atexit, "register"), jfn("bad", a -> {
            throw Errors.runtimeError("atexit boom");
        }));
        call(attr(atexit, "register"), print, PyStr.of("last registered"));
        call(print, PyStr.of("argv"), attr(mod("sys"), "argv"));
        PyObject threading = mod("threading");
        PyObject worker = callKw(attr(threading, "Thread"), new PyObject[] {jfn("slow", a -> {
            sleep(300);
            call(print, PyStr.of("worker done"));
            return null;
        })}, "target");
        method(worker, "start");
        PyObject forever = callKw(attr(threading, "Thread"), new PyObject[] {jfn("forever", a -> {
            sleep(Long.MAX_VALUE);
            return null;
        }), PyBool.TRUE}, "target", "daemon");
        method(forever, "start");
        PyObject pool = call(attr(mod("concurrent.futures"), "ThreadPoolExecutor"), PyInt.of(2));
        method(pool, "submit", jfn("queued", a -> {
            sleep(100);
            call(print, PyStr.of("pool work done"));
            return null;
        }));
        switch (mode) {
            case "exit3" -> call(attr(mod("sys"), "exit"), PyInt.of(3));
            case "raise" -> throw Errors.valueError("bad");
            case "exitmsg" -> call(attr(mod("sys"), "exit"), PyStr.of("goodbye"));
            default -> { }
        }
    }
}
