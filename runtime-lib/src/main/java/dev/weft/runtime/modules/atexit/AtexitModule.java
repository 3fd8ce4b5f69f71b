package dev.weft.runtime.modules.atexit;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.ExceptionPrinter;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;

import java.util.ArrayList;
import java.util.List;

/** {@code atexit}: functions run at interpreter exit, last registered first. */
public final class AtexitModule {
    private AtexitModule() { }

    /** A registered call: {@code func(*args, **kwargs)} in vector-call form. */
    private record Handler(PyObject func, PyObject[] args, String[] kwnames) { }

    private static final List<Handler> HANDLERS = new ArrayList<>();

    public static PyModule create() {
        PyModule m = ModuleTypes.module("atexit", "allow programmer to define multiple exit functions to be executed\n"
                + "upon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n");
        ModuleTypes.fv(m, "register", (s, args, kw) -> register(args, kw));
        ModuleTypes.f1(m, "unregister", (s, f) -> {
            unregister(f);
            return PyNone.NONE;
        });
        ModuleTypes.f0(m, "_run_exitfuncs", s -> {
            runExitFunctions();
            return PyNone.NONE;
        });
        ModuleTypes.f0(m, "_clear", s -> {
            synchronized (HANDLERS) {
                HANDLERS.clear();
            }
            return PyNone.NONE;
        });
        ModuleTypes.f0(m, "_ncallbacks", s -> {
            synchronized (HANDLERS) {
                return PyInt.of(HANDLERS.size());
            }
        });
        return m;
    }

    static PyObject register(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw < 1) {
            throw Errors.typeError("register() takes at least 1 argument (0 given)");
        }
        PyObject func = args[0];
        if (!Protocols.isCallable(func)) {
            throw Errors.typeError("the first argument must be callable");
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        synchronized (HANDLERS) {
            HANDLERS.add(new Handler(func, rest, nkw == 0 ? null : kwnames.clone()));
        }
        return func;
    }

    static void unregister(PyObject func) {
        List<Handler> snapshot;
        synchronized (HANDLERS) {
            snapshot = new ArrayList<>(HANDLERS);
        }
        List<Handler> drop = new ArrayList<>();
        for (Handler h : snapshot) {
            if (h.func == func || Ops.eqBool(h.func, func)) {
                drop.add(h);
            }
        }
        synchronized (HANDLERS) {
            HANDLERS.removeAll(drop);
        }
    }

    /**
     * {@code atexit._run_exitfuncs()}: calls every handler, last registered first, printing the
     * exceptions they raise as CPython does ({@code Exception ignored in atexit callback ...}).
     */
    public static void runExitFunctions() {
        while (true) {
            Handler h;
            synchronized (HANDLERS) {
                if (HANDLERS.isEmpty()) {
                    return;
                }
                h = HANDLERS.remove(HANDLERS.size() - 1);
            }
            try {
                h.func.call(h.args, h.kwnames);
            } catch (Throwable t) {
                PyException e = Errors.wrap(t);
                String what;
                try {
                    what = Ops.reprString(h.func);
                } catch (RuntimeException ex) {
                    what = "<object repr() failed>";
                }
                ExceptionPrinter.write(null, "Exception ignored in atexit callback " + what + ":\n"
                        + ExceptionPrinter.format(e.value));
            }
        }
    }
}
