package dev.weft.runtime.imp;

import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyBaseException;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.exc.Traceback;
import dev.weft.runtime.io.StdStreams;
import dev.weft.runtime.link.HandledException;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal {@code sys}: what the import system and program runner need ({@code argv},
 * {@code modules}, {@code path}, {@code exit}, the standard streams, {@code exception()}).
 */
public final class SysModule {
    private SysModule() { }

    private static final AtomicInteger RECURSION_LIMIT = new AtomicInteger(1000);
    private static final PyModule MODULE = create();

    public static PyModule module() {
        return MODULE;
    }

    /** Sets {@code sys.argv} (the script path first). */
    public static void setArgv(String[] argv) {
        PyObject[] items = new PyObject[argv.length];
        for (int i = 0; i < argv.length; i++) {
            items[i] = PyStr.of(argv[i]);
        }
        MODULE.put("argv", new PyList(items));
    }

    private static PyModule create() {
        PyModule m = new PyModule("sys");
        m.put("argv", new PyList());
        m.put("modules", Importer.sysModules());
        m.put("path", new PyList());
        m.put("stdout", StdStreams.stdout());
        m.put("stderr", StdStreams.stderr());
        m.put("stdin", StdStreams.stdin());
        m.put("__stdout__", StdStreams.stdout());
        m.put("__stderr__", StdStreams.stderr());
        m.put("__stdin__", StdStreams.stdin());
        m.put("platform", PyStr.of(platform()));
        m.put("byteorder", PyStr.of("little"));
        m.put("maxsize", PyInt.of(Long.MAX_VALUE));
        m.put("version", PyStr.of("3.13.0 (weft)"));
        m.put("version_info", PyTuple.of(PyInt.of(3), PyInt.of(13), PyInt.of(0), PyStr.of("final"), PyInt.of(0)));
        m.put("hexversion", PyInt.of(0x030d00f0));
        m.put("executable", PyStr.of("weft"));
        m.put("implementation_name", PyStr.of("weft"));
        m.put("exit", new PyBuiltinFunction("exit", 0, 1, (dev.weft.runtime.call.Fn.F1) (self, code) -> {
            PyBaseException e = code == null ? ExceptionTypes.create(ExceptionTypes.SystemExit)
                    : ExceptionTypes.create(ExceptionTypes.SystemExit, code);
            throw new PyException(e);
        }));
        m.put("exception", new PyBuiltinFunction("exception", 0, 0, (dev.weft.runtime.call.Fn.F0) self -> {
            PyObject e = HandledException.current();
            return e == null ? PyNone.NONE : e;
        }));
        m.put("exc_info", new PyBuiltinFunction("exc_info", 0, 0, (dev.weft.runtime.call.Fn.F0) self -> {
            PyObject e = HandledException.current();
            if (e == null) {
                return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            return PyTuple.of(e.type(), e, Traceback.of((PyBaseException) e));
        }));
        m.put("getrecursionlimit", new PyBuiltinFunction("getrecursionlimit", 0, 0,
                (dev.weft.runtime.call.Fn.F0) self -> PyInt.of(RECURSION_LIMIT.get())));
        m.put("setrecursionlimit", new PyBuiltinFunction("setrecursionlimit", 1, 1,
                (dev.weft.runtime.call.Fn.F1) (self, n) -> {
                    if (!(n instanceof PyInt i) || n instanceof PyBool) {
                        throw Errors.typeError("'%s' object cannot be interpreted as an integer", n.type().name());
                    }
                    if (i.longValue() < 1) {
                        throw Errors.valueError("recursion limit must be greater or equal than 1");
                    }
                    RECURSION_LIMIT.set((int) Math.min(Integer.MAX_VALUE, i.longValue()));
                    return PyNone.NONE;
                }));
        m.put("_is_gil_enabled", new PyBuiltinFunction("_is_gil_enabled", 0, 0,
                (dev.weft.runtime.call.Fn.F0) self -> PyBool.FALSE));
        m.put("intern", new PyBuiltinFunction("intern", 1, 1,
                (dev.weft.runtime.call.Fn.F1) (self, s) -> PyStr.intern(((PyStr) s).value())));
        return m;
    }

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase();
        if (os.startsWith("windows")) {
            return "win32";
        }
        if (os.startsWith("mac")) {
            return "darwin";
        }
        return "linux";
    }
}
