package dev.weft.runtime.modules;

import dev.weft.runtime.Py;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
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
 * script: start, main body (threads, an executor left open, atexit handlers), then finish.
 */
public final class LifecycleProbe {
    private LifecycleProbe() { }

    public static void main(String[] args) {
        Lifecycle.start("probe.py", args);
        PyObject print = Py.builtin("print");
        PyException uncaught = null;
        try {
            PyObject atexit = mod("atexit");
            call(attr(atexit, "register"), print, PyStr.of("first registered"));
            call(attr(atexit, "register"), jfn("bad", a -> {
                throw Errors.runtimeError("atexit boom");
            }));
            call(attr(atexit, "register"), print, PyStr.of("last registered"));
            PyObject threading = mod("threading");
            PyObject worker = callKw(attr(threading, "Thread"), new PyObject[] {jfn("slow", a -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
                call(print, PyStr.of("worker done"));
                return null;
            })}, "target");
            method(worker, "start");
            PyObject forever = callKw(attr(threading, "Thread"), new PyObject[] {jfn("forever", a -> {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    return null;
                }
                return null;
            }), PyBool.TRUE}, "target", "daemon");
            method(forever, "start");
            PyObject pool = call(attr(mod("concurrent.futures"), "ThreadPoolExecutor"), PyInt.of(2));
            method(pool, "submit", jfn("queued", a -> {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
                call(print, PyStr.of("pool work done"));
                return null;
            }));
            call(print, PyStr.of("argv"), attr(mod("sys"), "argv"));
            String mode = args.length > 0 ? args[0] : "";
            if (mode.equals("exit3")) {
                call(attr(mod("sys"), "exit"), PyInt.of(3));
            } else if (mode.equals("raise")) {
                throw Errors.valueError("bad");
            } else if (mode.equals("exitmsg")) {
                call(attr(mod("sys"), "exit"), PyStr.of("goodbye"));
            }
        } catch (PyException e) {
            uncaught = e;
        }
        int code = Lifecycle.finish(uncaught);
        System.exit(code);
    }

}
