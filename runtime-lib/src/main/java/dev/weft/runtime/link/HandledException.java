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

    /**
     * One mutable box per thread: reading and writing it takes no lock. It knows its thread, so
     * a generator resumed again and again by one thread keeps the box instead of looking it up.
     */
    static final class Box {
        final Thread owner = Thread.currentThread();
        /** The innermost frame's own handled exception (a running generator's, or the thread's). */
        PyObject value;
        /** The innermost running generator, whose caller's handled exception lies below it. */
        GeneratorFrame running;
    }

    private static final ThreadLocal<Box> CURRENT = ThreadLocal.withInitial(Box::new);

    /** The current thread's box; {@code cached} when it is that thread's (cheaper than the lookup). */
    static Box box(Box cached) {
        return cached != null && cached.owner == Thread.currentThread() ? cached : CURRENT.get();
    }

    /**
     * The exception being handled, or null: as CPython's topmost exception state that is set,
     * a running generator that handles none sees its caller's.
     */
    public static PyObject current() {
        Box b = CURRENT.get();
        PyObject v = b.value;
        for (GeneratorFrame g = b.running; v == null && g != null; g = g.callerRunning) {
            v = g.callerHandled;
        }
        return v;
    }

    /** Makes {@code exc} (or none, for null) the handled exception; returns the previous one. */
    public static PyObject swap(PyObject exc) {
        Box b = CURRENT.get();
        PyObject prev = b.value;
        b.value = exc;
        return prev;
    }
}
