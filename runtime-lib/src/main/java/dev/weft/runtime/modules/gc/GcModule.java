package dev.weft.runtime.modules.gc;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.ExceptionPrinter;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.weakref.WeakRefs;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyComplex;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code gc} on the JVM. Memory is the JVM collector's: {@code collect()} asks it for a full
 * collection (System.gc) and then runs the callbacks of the weak references it cleared,
 * returning how many weakly referenced objects died (CPython returns all unreachable objects
 * found; objects nothing refers to weakly are not counted here). {@code disable()} only flips
 * the flag {@code isenabled()} reports: the JVM's collector cannot be switched off.
 * Generations, thresholds and the freeze count are bookkeeping with CPython's defaults;
 * {@code get_count()} is always zero (the JVM does not count allocations for us).
 * {@code get_objects}/{@code get_referrers}/{@code get_referents} need a heap walk the JVM does
 * not offer to programs: they raise NotImplementedError.
 */
public final class GcModule {
    private GcModule() { }

    private static volatile boolean enabled = true;
    private static volatile int debugFlags;
    private static final int[] THRESHOLDS = {2000, 10, 10};
    private static final AtomicLong[] COLLECTIONS = {new AtomicLong(), new AtomicLong(), new AtomicLong()};
    private static final AtomicLong[] COLLECTED = {new AtomicLong(), new AtomicLong(), new AtomicLong()};
    private static final AtomicInteger FROZEN = new AtomicInteger();
    private static final PyList CALLBACKS = new PyList();
    private static final PyList GARBAGE = new PyList();

    public static PyModule create() {
        PyModule m = ModuleTypes.module("gc", "This module provides access to the garbage collector for reference cycles.");
        ModuleDefs.Funcs f = new ModuleDefs.Funcs(m, "gc");
        m.put("DEBUG_STATS", PyInt.of(1));
        m.put("DEBUG_COLLECTABLE", PyInt.of(2));
        m.put("DEBUG_UNCOLLECTABLE", PyInt.of(4));
        m.put("DEBUG_SAVEALL", PyInt.of(32));
        m.put("DEBUG_LEAK", PyInt.of(38));
        m.put("callbacks", CALLBACKS);
        m.put("garbage", GARBAGE);
        f.fv("collect", (self, args, kw) -> {
            PyObject[] a = ArgParse.parse("collect", args, kw, new String[] {"generation"}, 0);
            long generation = a[0] == null ? 2 : dev.weft.runtime.modules.CInts.asInt(a[0]);
            if (generation < 0 || generation > 2) {
                throw Errors.valueError("invalid generation");
            }
            return PyInt.of(collect((int) generation));
        });
        f.f0("enable", self -> {
            enabled = true;
            return PyNone.NONE;
        });
        f.f0("disable", self -> {
            enabled = false;
            return PyNone.NONE;
        });
        f.f0("isenabled", self -> PyBool.of(enabled));
        f.f1("set_debug", (self, flags) -> {
            debugFlags = dev.weft.runtime.modules.CInts.asInt(flags);
            return PyNone.NONE;
        });
        f.f0("get_debug", self -> PyInt.of(debugFlags));
        f.f0("get_count", self -> PyTuple.of(PyInt.ZERO, PyInt.ZERO, PyInt.ZERO));
        f.fv("set_threshold", (self, args, kw) -> {
            ArgParse.noKeywords("set_threshold", kw);
            if (args.length < 1 || args.length > 3) {
                throw Errors.typeError("gc.set_threshold requires 1 to 3 arguments");
            }
            synchronized (THRESHOLDS) {
                for (int i = 0; i < args.length; i++) {
                    THRESHOLDS[i] = dev.weft.runtime.modules.CInts.asInt(args[i]);
                }
            }
            return PyNone.NONE;
        });
        f.f0("get_threshold", self -> {
            synchronized (THRESHOLDS) {
                return PyTuple.of(PyInt.of(THRESHOLDS[0]), PyInt.of(THRESHOLDS[1]), PyInt.of(THRESHOLDS[2]));
            }
        });
        f.f0("get_stats", self -> {
            PyObject[] gens = new PyObject[3];
            for (int g = 0; g < 3; g++) {
                PyDict d = new PyDict();
                d.setItem(PyStr.intern("collections"), PyInt.of(COLLECTIONS[g].get()));
                d.setItem(PyStr.intern("collected"), PyInt.of(COLLECTED[g].get()));
                d.setItem(PyStr.intern("uncollectable"), PyInt.ZERO);
                gens[g] = d;
            }
            return new PyList(gens);
        });
        f.f1("is_tracked", (self, o) -> PyBool.of(isTracked(o)));
        f.f1("is_finalized", (self, o) -> PyBool.FALSE);
        f.f0("freeze", self -> {
            FROZEN.incrementAndGet();
            return PyNone.NONE;
        });
        f.f0("unfreeze", self -> {
            FROZEN.set(0);
            return PyNone.NONE;
        });
        f.f0("get_freeze_count", self -> PyInt.of(FROZEN.get()));
        f.fv("get_objects", (self, args, kw) -> {
            throw Errors.notImplemented("gc.get_objects() is not available on the JVM");
        });
        f.fv("get_referrers", (self, args, kw) -> {
            throw Errors.notImplemented("gc.get_referrers() is not available on the JVM");
        });
        f.fv("get_referents", (self, args, kw) -> {
            throw Errors.notImplemented("gc.get_referents() is not available on the JVM");
        });
        return m;
    }

    /** One collection: the {@code gc.callbacks} are told "start" and "stop" as in CPython. */
    static int collect(int generation) {
        notifyCallbacks("start", generation, 0);
        int died = WeakRefs.collect();
        for (int g = 0; g <= generation; g++) {
            COLLECTIONS[g].incrementAndGet();
        }
        COLLECTED[generation].addAndGet(died);
        notifyCallbacks("stop", generation, died);
        return died;
    }

    private static void notifyCallbacks(String phase, int generation, int collected) {
        PyObject[] callbacks = Protocols.toArray(CALLBACKS);
        if (callbacks.length == 0) {
            return;
        }
        PyDict info = new PyDict();
        info.setItem(PyStr.intern("generation"), PyInt.of(generation));
        info.setItem(PyStr.intern("collected"), PyInt.of(collected));
        info.setItem(PyStr.intern("uncollectable"), PyInt.ZERO);
        for (PyObject cb : callbacks) {
            try {
                Calls.call2(cb, PyStr.intern(phase), info);
            } catch (PyException e) {
                ExceptionPrinter.write(null, "Exception ignored in garbage collector callback " + cb + ":\n"
                        + ExceptionPrinter.format(e.value));
            }
        }
    }

    /**
     * CPython's answer: atomic values are not tracked; a dict is tracked once it holds a
     * tracked key or value; other containers and instances are.
     */
    static boolean isTracked(PyObject o) {
        if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex || o instanceof PyStr
                || o instanceof PyBytes || o == PyNone.NONE || o instanceof PyBool) {
            return o.type().instancesHaveDict();
        }
        if (o.getClass() == PyDict.class) {
            PyObject[][] kv = ((PyDict) o).snapshot();
            for (int i = 0; i < kv[0].length; i++) {
                if (isTracked(kv[0][i]) || isTracked(kv[1][i])) {
                    return true;
                }
            }
            return false;
        }
        return !(o instanceof dev.weft.runtime.types.PySingleton);
    }
}
