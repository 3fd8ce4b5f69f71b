package dev.weft.runtime.modules.weakref;

import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyCode;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.call.PyMethod;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.gen.PyGenerator;
import dev.weft.runtime.modules.ExceptionPrinter;
import dev.weft.runtime.types.PySet;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The weak references of the process. Objects die when the JVM's collector finds them
 * unreachable, not when a reference count drops to zero: {@code ref()} keeps returning the
 * object until a collection has run, and callbacks run when the reference queue is processed
 * — by {@code gc.collect()} (which asks the JVM for a collection first) and, opportunistically,
 * whenever a weak reference is created. They run in the thread doing that, newest reference
 * first, as CPython calls them.
 *
 * <p>Per referent, a side table (keyed by identity, held weakly, a concurrent map: no global
 * lock) lists its live weak references, for {@code getweakrefcount}, {@code getweakrefs},
 * {@code __weakref__} and the reuse of the basic {@code ref(o)}.
 */
public final class WeakRefs {
    private WeakRefs() { }

    static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();
    /** How long gc.collect() waits for more cleared references after the last one arrived. */
    private static final long QUIET_MILLIS = 20;
    private static final ConcurrentHashMap<Object, Referrers> TABLE = new ConcurrentHashMap<>();

    static {
        dev.weft.runtime.core.InstanceAttributes.setWeakrefLookup(WeakRefs::firstReferrer);
    }

    /** The weak references of one referent, oldest first; held weakly (a dropped ref does not call back). */
    static final class Referrers {
        private final List<WeakReference<PyObject>> refs = new ArrayList<>();

        synchronized void add(PyObject r) {
            refs.add(new WeakReference<>(r));
        }

        synchronized void remove(PyObject r) {
            refs.removeIf(w -> w.get() == null || w.get() == r);
        }

        synchronized List<PyObject> live() {
            List<PyObject> out = new ArrayList<>();
            refs.removeIf(w -> w.get() == null);
            for (WeakReference<PyObject> w : refs) {
                PyObject r = w.get();
                if (r != null) {
                    out.add(r);
                }
            }
            return out;
        }
    }

    /** The table key: a weak reference to the referent, equal to any key for the same object. */
    private static final class Key extends WeakReference<PyObject> {
        private final int hash;

        Key(PyObject o) {
            super(o, QUEUE);
            hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (other == this) {
                return true;
            }
            PyObject mine = get();
            return mine != null && (other instanceof Key k ? k.get() == mine : other instanceof Probe p && p.o == mine);
        }
    }

    /** A strong lookup key for the table. */
    private record Probe(PyObject o) {
        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k ? k.get() == o : other instanceof Probe p && p.o == o;
        }
    }

    /** The JVM's weak reference behind a ref or proxy; queued when the referent dies, carrying its owner. */
    static final class Tracker extends WeakReference<PyObject> {
        final DeadReference owner;

        Tracker(PyObject referent, DeadReference owner) {
            super(referent, QUEUE);
            this.owner = owner;
        }
    }

    private static final java.util.concurrent.atomic.AtomicLong SERIALS = new java.util.concurrent.atomic.AtomicLong();

    static long nextSerial() {
        return SERIALS.incrementAndGet();
    }

    /** Calls a dead reference's callback with the reference; errors are reported, not raised. */
    static void callBack(PyObject callback, PyObject ref) {
        if (callback == null) {
            return;
        }
        try {
            dev.weft.runtime.ops.Calls.call1(callback, ref);
        } catch (PyException e) {
            reportCallbackError(callback, e);
        }
    }

    /** Raises CPython's TypeError unless {@code o} may be referred to weakly. */
    static void checkReferenceable(PyObject o) {
        if (!isReferenceable(o)) {
            throw Errors.typeError("cannot create weak reference to '%s' object", o.type().name());
        }
    }

    static boolean isReferenceable(PyObject o) {
        if (o instanceof PyType || o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyMethod
                || o instanceof PySet || o instanceof PyGenerator || o instanceof PyModule || o instanceof PyCode) {
            return true;
        }
        if (o instanceof PyWeakRef || o instanceof PyWeakProxy) {
            return o.type().lookup("__weakref__") != null; // only subclasses that ask for it (WeakMethod)
        }
        PyType t = o.type();
        return t.lookup("__weakref__") != null || REFERENCEABLE_JAVA_TYPES.contains(t.javaClass().getName())
                || REFERENCEABLE_JAVA_TYPES.contains(t.javaClass().getName().replaceAll("\\$.*", ""));
    }

    /** Java classes of builtin types whose CPython counterpart has a weak-reference list. */
    private static final java.util.Set<String> REFERENCEABLE_JAVA_TYPES = java.util.Set.of(
            "dev.weft.runtime.modules.functools.PyPartial",
            "dev.weft.runtime.modules.collections.PyDeque",
            "dev.weft.runtime.modules.collections.PyOrderedDict",
            "dev.weft.runtime.modules.collections.PyCounter",
            "dev.weft.runtime.modules.thread.PyLock",
            "dev.weft.runtime.modules.thread.PyRLock",
            "dev.weft.runtime.modules.thread.PyLocal");

    static void track(PyObject referent, PyObject ref) {
        TABLE.computeIfAbsent(new Key(referent), k -> new Referrers()).add(ref);
    }

    static void untrack(PyObject referent, PyObject ref) {
        Referrers r = TABLE.get(new Probe(referent));
        if (r != null) {
            r.remove(ref);
        }
    }

    /** The live weak references (refs and proxies) to {@code o}, oldest first. */
    static List<PyObject> referrers(PyObject o) {
        Referrers r = TABLE.get(new Probe(o));
        return r == null ? List.of() : r.live();
    }

    /** {@code o.__weakref__}: its first weak reference, or None. */
    public static PyObject firstReferrer(PyObject o) {
        List<PyObject> refs = referrers(o);
        return refs.isEmpty() ? dev.weft.runtime.types.PyNone.NONE : refs.get(0);
    }

    /** Runs the callbacks of references whose referents have died; returns how many referents died. */
    public static int processQueue() {
        return drain(0);
    }

    /**
     * Takes the queued references (waiting up to {@code quietMillis} after each for more to
     * arrive, 0 for none), then runs their callbacks newest first.
     */
    private static int drain(long quietMillis) {
        List<DeadReference> dead = new ArrayList<>();
        int died = 0;
        while (true) {
            Reference<? extends PyObject> r;
            try {
                r = quietMillis == 0 ? QUEUE.poll() : QUEUE.remove(quietMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                r = QUEUE.poll();
            }
            if (r == null) {
                break;
            }
            if (r instanceof Key) {
                TABLE.remove(r);
                died++;
            } else if (r instanceof Tracker t) {
                dead.add(t.owner);
            }
        }
        dead.sort(Comparator.comparingLong(DeadReference::serial).reversed());
        for (DeadReference w : dead) {
            w.runCallback();
        }
        return died;
    }

    /**
     * Asks the JVM for a full collection and waits (briefly) until its cleared references have
     * been queued, then runs the callbacks. Returns how many weakly referenced objects died.
     */
    public static int collect() {
        ReferenceQueue<Object> probeQueue = new ReferenceQueue<>();
        WeakReference<Object> probe = new WeakReference<>(new Object(), probeQueue);
        int died = 0;
        for (int round = 0; round < 2; round++) {
            System.gc();
            try {
                // the probe is cleared in the same collection; once it is queued, so are the others
                probeQueue.remove(TimeUnit.MILLISECONDS.toMillis(200));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // the JVM's reference handler queues what the collection cleared a little at a time
            died += drain(QUIET_MILLIS);
            if (probe.get() == null) {
                break;
            }
        }
        return died + processQueue();
    }

    /** A callback's exception is reported as CPython's "Exception ignored in: ..." and dropped. */
    static void reportCallbackError(PyObject callback, PyException e) {
        ExceptionPrinter.write(null, "Exception ignored in: " + safeRepr(callback) + "\n"
                + ExceptionPrinter.format(e.value));
    }

    private static String safeRepr(PyObject o) {
        try {
            return dev.weft.runtime.ops.Ops.reprString(o);
        } catch (RuntimeException e) {
            return "<object>";
        }
    }
}
