package dev.weft.runtime.link;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.gen.PyGenerator;
import dev.weft.runtime.modules.ExceptionPrinter;
import dev.weft.runtime.builtins.BuiltinsModule;

import java.util.Set;

/**
 * Closing generators that a loop abandons, as CPython's reference counting does. CPython closes
 * a generator when its last reference dies: {@code for x in gen(): break} runs the generator's
 * {@code finally} at the break. Weft has no reference counts, so it closes only generators that
 * provably nobody else holds: a generator a call created and returned straight into a loop (or
 * generator expression, or one-shot consumer such as {@code any()}). Such a call site
 * ({@code call ... claim}) takes a {@link #mark()} before the call and {@link #claim} after it:
 * a generator that this thread created during the call, still unstarted, is marked as owned.
 * The loop then {@link #close}s it when it is left by {@code break}, {@code return} or an
 * exception; {@link #release} does the same after a non-retaining builtin consumed it.
 * Errors from a generator's {@code finally} are reported as CPython reports errors of a
 * finalizer ("Exception ignored in: ...") and dropped.
 */
public final class LoopOwnership {
    private LoopOwnership() { }

    /** Per thread: how many compiled generators it has created (a box, so no lock is taken). */
    private static final ThreadLocal<long[]> CREATED = ThreadLocal.withInitial(() -> new long[1]);

    /** Builtins that consume their iterable argument and never keep it. */
    private static final Set<String> CONSUMERS = Set.of("any", "all", "next", "sum", "min", "max", "sorted",
            "list", "tuple", "set", "frozenset", "dict");
    /** Builtins whose result holds their iterable arguments (and is itself fresh). */
    private static final Set<String> WRAPPERS = Set.of("enumerate", "zip", "map", "filter", "iter");

    /** Stamps a new generator's frame with its creating thread's count (see {@link GeneratorFrame#create}). */
    static void stamp(GeneratorFrame f) {
        long[] box = CREATED.get();
        f.creator = box;
        f.creation = ++box[0];
    }

    /** Before a claiming call: this thread's creation count. */
    public static long mark() {
        return CREATED.get()[0];
    }

    /** After a claiming call: marks {@code result} as owned if it is a generator the call created; returns it. */
    public static PyObject claim(long mark, PyObject result) {
        GeneratorFrame f = fresh(mark, result);
        if (f != null) {
            f.ownedByLoop = true;
        }
        return result;
    }

    /**
     * After a claiming call some of whose arguments were claimed ({@code gen2(gen1())}): if
     * the call created a generator, it owns the claimed arguments (closing them when it
     * finishes); if the callee is a wrapper builtin ({@code enumerate}, {@code zip}, ...),
     * the loop its result goes to owns them; otherwise they went to an unknown holder and are
     * owned by nobody. {@code callee} is null for a method call.
     */
    public static PyObject claim(long mark, PyObject result, PyObject callee, PyObject[] claimedArguments) {
        GeneratorFrame f = fresh(mark, result);
        if (f == null && callee != null && isBuiltin(callee, WRAPPERS)) {
            // enumerate(gen()) and the like: the loop the result goes to closes the arguments.
            return result;
        }
        if (f != null) {
            f.ownedByLoop = true;
            java.util.List<PyGenerator> owned = new java.util.ArrayList<>();
            for (PyObject a : claimedArguments) {
                if (a instanceof PyGenerator g && g.body() instanceof GeneratorFrame af && af.ownedByLoop && af != f) {
                    owned.add(g);
                }
            }
            if (!owned.isEmpty()) {
                f.ownedArguments = owned.toArray(new PyGenerator[0]);
            }
        } else {
            disown(claimedArguments);
        }
        return result;
    }

    /** The frame of {@code result} if it is a plain generator this thread created after {@code mark}, unstarted. */
    private static GeneratorFrame fresh(long mark, PyObject result) {
        if (result instanceof PyGenerator g && !g.isCoroutine() && !g.isAsyncGenerator()
                && g.body() instanceof GeneratorFrame f && f.creator == CREATED.get() && f.creation > mark
                && f.state == 0) {
            return f;
        }
        return null;
    }

    /** Claimed values that went somewhere unknown: nobody owns them any more. */
    public static void disown(PyObject[] values) {
        for (PyObject a : values) {
            if (a instanceof PyGenerator g && g.body() instanceof GeneratorFrame f) {
                f.ownedByLoop = false;
            }
        }
    }

    /** Closes {@code iterator} if it is an owned generator (its loop is left early). */
    public static void close(PyObject iterator) {
        if (iterator instanceof PyGenerator g && g.body() instanceof GeneratorFrame f && f.ownedByLoop) {
            f.ownedByLoop = false;
            closeQuietly(g);
            // An unstarted generator closes without running: release what it owns here.
            closeArguments(f);
        }
    }

    /** When a generator finishes: closes the generators it owns (its claimed arguments). */
    static void closeArguments(GeneratorFrame f) {
        PyGenerator[] owned = f.ownedArguments;
        if (owned == null) {
            return;
        }
        f.ownedArguments = null;
        for (PyGenerator g : owned) {
            close(g);
        }
    }

    private static void closeQuietly(PyGenerator g) {
        try {
            g.close();
        } catch (PyException e) {
            ExceptionPrinter.write(null, "Exception ignored in: " + describe(g) + "\n"
                    + ExceptionPrinter.format(e.value));
        }
    }

    /** After {@code consumer(iterator)}: closes an owned generator if the consumer is a builtin that never keeps it. */
    public static void release(PyObject consumer, PyObject iterator) {
        if (iterator instanceof PyGenerator g && g.body() instanceof GeneratorFrame f && f.ownedByLoop
                && isBuiltin(consumer, CONSUMERS)) {
            close(iterator);
        }
    }

    private static boolean isBuiltin(PyObject callee, Set<String> names) {
        for (String name : names) {
            if (BuiltinsModule.lookup(name) == callee) {
                return true;
            }
        }
        return false;
    }

    private static String describe(PyGenerator g) {
        try {
            return dev.weft.runtime.ops.Ops.reprString(g);
        } catch (RuntimeException e) {
            return "<generator>";
        }
    }
}
