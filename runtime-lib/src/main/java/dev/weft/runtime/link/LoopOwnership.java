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
        if (result instanceof PyGenerator g && !g.isCoroutine() && !g.isAsyncGenerator()
                && g.body() instanceof GeneratorFrame f && f.creator == CREATED.get() && f.creation > mark
                && f.state == 0) {
            f.ownedByLoop = true;
        }
        return result;
    }

    /** Closes {@code iterator} if it is an owned generator (its loop is left early). */
    public static void close(PyObject iterator) {
        if (iterator instanceof PyGenerator g && g.body() instanceof GeneratorFrame f && f.ownedByLoop) {
            f.ownedByLoop = false;
            try {
                g.close();
            } catch (PyException e) {
                ExceptionPrinter.write(null, "Exception ignored in: " + describe(g) + "\n"
                        + ExceptionPrinter.format(e.value));
            }
        }
    }

    /** After {@code consumer(iterator)}: closes an owned generator if the consumer is a builtin that never keeps it. */
    public static void release(PyObject consumer, PyObject iterator) {
        if (iterator instanceof PyGenerator g && g.body() instanceof GeneratorFrame f && f.ownedByLoop
                && isConsumer(consumer)) {
            close(iterator);
        }
    }

    private static boolean isConsumer(PyObject consumer) {
        for (String name : CONSUMERS) {
            if (BuiltinsModule.lookup(name) == consumer) {
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
