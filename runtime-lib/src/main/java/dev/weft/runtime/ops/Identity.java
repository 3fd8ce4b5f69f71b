package dev.weft.runtime.ops;

import dev.weft.runtime.core.PyObject;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code id(obj)}: a number unique among live objects (the JVM's identity hash is not unique).
 * Numbers are handed out on first use and forgotten with the object. Kept off the hot paths:
 * {@code hash(obj)} and {@code is} never need it.
 */
public final class Identity {
    private Identity() { }

    private static final Map<PyObject, Long> IDS = new WeakHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong(0x1000);

    public static long id(PyObject o) {
        synchronized (IDS) {
            Long id = IDS.get(o);
            if (id == null) {
                id = NEXT.getAndAdd(16);
                IDS.put(o, id);
            }
            return id;
        }
    }
}
