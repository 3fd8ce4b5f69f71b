package dev.weft.runtime.ops;

import dev.weft.runtime.core.PyObject;

import java.util.IdentityHashMap;

/** Per-thread set of containers being repr'd, so recursive containers print as {@code [...]}. */
public final class ReprGuard {
    private ReprGuard() { }

    private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> ACTIVE =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /** Returns false if {@code o} is already being repr'd on this thread. */
    public static boolean enter(PyObject o) {
        return ACTIVE.get().put(o, Boolean.TRUE) == null;
    }

    public static void exit(PyObject o) {
        ACTIVE.get().remove(o);
    }
}
