package dev.weft.runtime.link;

import dev.weft.runtime.core.PyObject;

/**
 * The exception being handled by the current thread ({@code sys.exception()}): what an
 * {@code except}/{@code finally} block entered and has not left yet. It becomes the
 * {@code __context__} of exceptions raised while it is handled. Generators swap it on
 * resume and suspend (each generator keeps its own, as CPython's {@code gi_exc_state}).
 */
public final class HandledException {
    private HandledException() { }

    /** One mutable box per thread: reading and writing it takes no lock. */
    private static final ThreadLocal<PyObject[]> CURRENT = ThreadLocal.withInitial(() -> new PyObject[1]);

    static PyObject[] box() {
        return CURRENT.get();
    }

    /** The exception being handled, or null. */
    public static PyObject current() {
        return CURRENT.get()[0];
    }

    /** Makes {@code exc} (or none, for null) the handled exception; returns the previous one. */
    public static PyObject swap(PyObject exc) {
        PyObject[] b = CURRENT.get();
        PyObject prev = b[0];
        b[0] = exc;
        return prev;
    }
}
