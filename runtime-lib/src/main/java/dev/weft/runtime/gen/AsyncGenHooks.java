package dev.weft.runtime.gen;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.types.PyNone;

/**
 * {@code sys.set_asyncgen_hooks}: per thread, as in CPython. The {@code firstiter} hook runs
 * when an async generator is first iterated (asyncio records the generator then, to close it
 * at shutdown). The {@code finalizer} hook is stored and reported but never called: the JVM
 * cannot hand an unreachable generator back to Python code.
 */
public final class AsyncGenHooks {
    private AsyncGenHooks() { }

    private static final ThreadLocal<PyObject[]> HOOKS = ThreadLocal.withInitial(
            () -> new PyObject[] {PyNone.NONE, PyNone.NONE});

    /** {firstiter, finalizer} of the current thread (None when unset). */
    public static PyObject[] get() {
        return HOOKS.get().clone();
    }

    /** Sets the hooks of the current thread; a null argument keeps the hook as it is. */
    public static void set(PyObject firstiter, PyObject finalizer) {
        PyObject[] h = HOOKS.get();
        if (firstiter != null) {
            h[0] = firstiter;
        }
        if (finalizer != null) {
            h[1] = finalizer;
        }
    }

    /** Called once per async generator, before its first step. */
    static void firstIter(PyGenerator gen) {
        PyObject hook = HOOKS.get()[0];
        if (hook != PyNone.NONE) {
            Calls.call1(hook, gen);
        }
    }
}
