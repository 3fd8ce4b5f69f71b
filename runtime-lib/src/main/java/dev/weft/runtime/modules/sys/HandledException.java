package dev.weft.runtime.modules.sys;

import dev.weft.runtime.exc.PyBaseException;

/**
 * The exception being handled by the current thread ({@code sys.exception()}, {@code sys.exc_info()}).
 * Generated code calls {@link #enter} when an {@code except} block starts and {@link #restore}
 * with the returned value when it ends, however it ends.
 */
public final class HandledException {
    private HandledException() { }

    private static final ThreadLocal<PyBaseException> CURRENT = new ThreadLocal<>();

    /** The exception being handled, or null. */
    public static PyBaseException current() {
        return CURRENT.get();
    }

    /** Starts handling {@code e}; returns the previously handled exception (maybe null) for {@link #restore}. */
    public static PyBaseException enter(PyBaseException e) {
        PyBaseException prev = CURRENT.get();
        CURRENT.set(e);
        return prev;
    }

    public static void restore(PyBaseException previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
