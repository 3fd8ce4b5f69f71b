package dev.weft.runtime.types;

import dev.weft.runtime.core.Derived;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Ops;

import java.util.Arrays;

/**
 * {@code set} and {@code frozenset}: CPython's open-addressing table (linear probes of 9,
 * then perturbation; the same growth rule), so that iteration order — and so printed
 * output — matches CPython for the same hashes. Locking as in {@link PyDict}: optimistic
 * reads, a write lock for changes, Python {@code __eq__} never under the lock.
 */
public class PySet extends PyObject implements dev.weft.runtime.core.BuiltinSized {
    public static final PyType TYPE = new PyType("set", PySet.class, PyType.OBJECT, SetMethods::defineSet,
            PyType.BASETYPE | PyType.IMMUTABLE);
    public static final PyType FROZENSET_TYPE = new PyType("frozenset", Frozen.class, PyType.OBJECT,
            SetMethods::defineFrozenSet, PyType.BASETYPE | PyType.IMMUTABLE);

    private static final int MIN_SIZE = 8, LINEAR_PROBES = 9, PERTURB_SHIFT = 5;
    /** Marks a deleted slot (CPython's dummy, hash -1). */
    private static final PyObject DUMMY = PyNone.NONE;

    static final class Table {
        final PyObject[] keys;
        final long[] hashes;
        int fill;
        int used;

        Table(int n) {
            keys = new PyObject[n];
            hashes = new long[n];
        }
    }

    private final SeqLock lock = new SeqLock();
    private Table table = new Table(MIN_SIZE);
    private int modCount;

    public PySet() { }

    @Override
    public PyType type() {
        return TYPE;
    }

    public boolean isFrozen() {
        return false;
    }

    /** Finds the slot holding {@code key}, or -1. Safe keys only, or no lock held. */
    private static int find(Table t, PyObject key, long h, boolean safe) {
        PyObject[] keys = t.keys;
        int mask = keys.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        for (int rounds = 0; rounds <= keys.length; rounds++) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && t.hashes[j] == h
                        && (k == key || (safe ? PyDict.safeEquals(k, key) : Ops.eqBool(k, key)))) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
        return -1;
    }

    private void insertNewLocked(PyObject key, long h) {
        Table t = table;
        PyObject[] keys = t.keys;
        int mask = keys.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        int freeslot = -1;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = keys[j];
                if (k == null) {
                    if (freeslot >= 0) {
                        keys[freeslot] = key;
                        t.hashes[freeslot] = h;
                        t.used++;
                        modCount++;
                        return;
                    }
                    keys[j] = key;
                    t.hashes[j] = h;
                    t.fill++;
                    t.used++;
                    modCount++;
                    if ((long) t.fill * 5 >= (long) mask * 3) {
                        resizeLocked(t.used > 50000 ? t.used * 2 : t.used * 4);
                    }
                    return;
                }
                if (k == DUMMY && freeslot < 0) {
                    freeslot = j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resizeLocked(int minUsed) {
        int n = MIN_SIZE;
        while (n <= minUsed) {
            n <<= 1;
        }
        Table old = table;
        Table t = new Table(n);
        int mask = n - 1;
        for (int s = 0; s < old.keys.length; s++) {
            PyObject k = old.keys[s];
            if (k != null && k != DUMMY) {
                long h = old.hashes[s];
                long perturb = h;
                int i = (int) (h & mask);
                outer:
                while (true) {
                    if (t.keys[i] == null) {
                        t.keys[i] = k;
                        t.hashes[i] = h;
                        break;
                    }
                    if (i + LINEAR_PROBES <= mask) {
                        for (int j = 1; j <= LINEAR_PROBES; j++) {
                            if (t.keys[i + j] == null) {
                                t.keys[i + j] = k;
                                t.hashes[i + j] = h;
                                break outer;
                            }
                        }
                    }
                    perturb >>>= PERTURB_SHIFT;
                    i = (int) ((i * 5L + 1 + perturb) & mask);
                }
            }
        }
        t.fill = old.used;
        t.used = old.used;
        table = t;
        modCount++;
    }

    // ---- public operations ----

    public final boolean contains(PyObject key) {
        long h = Ops.hash(key);
        boolean safe = PyDict.isSafeKey(key);
        long st = lock.tryOptimisticRead();
        if (safe) {
            boolean r = find(table, key, h, true) >= 0;
            if (lock.validate(st)) {
                return r;
            }
            st = lock.readLock();
            try {
                return find(table, key, h, true) >= 0;
            } finally {
                lock.unlockRead(st);
            }
        }
        while (true) {
            while (st == 0) {
                lock.unlockRead(lock.readLock());
                st = lock.tryOptimisticRead();
            }
            boolean r = find(table, key, h, false) >= 0;
            if (lock.validate(st)) {
                return r;
            }
            st = lock.tryOptimisticRead();
        }
    }

    public final int size() {
        long st = lock.tryOptimisticRead();
        int n = table.used;
        if (lock.validate(st)) {
            return n;
        }
        st = lock.readLock();
        try {
            return table.used;
        } finally {
            lock.unlockRead(st);
        }
    }

    /** Adds {@code key}; returns false if it was already present. */
    public final boolean add(PyObject key) {
        long h = Ops.hash(key);
        if (PyDict.isSafeKey(key)) {
            long st = lock.writeLock();
            try {
                if (find(table, key, h, true) >= 0) {
                    return false;
                }
                insertNewLocked(key, h);
                return true;
            } finally {
                lock.unlockWrite(st);
            }
        }
        while (true) {
            long st = lock.tryOptimisticRead();
            if (st == 0) {
                lock.unlockRead(lock.readLock());
                continue;
            }
            Table t = table;
            int mc = modCount;
            boolean present = find(t, key, h, false) >= 0;
            if (!lock.validate(st)) {
                continue;
            }
            if (present) {
                return false;
            }
            long ws = lock.writeLock();
            try {
                if (modCount == mc && table == t) {
                    insertNewLocked(key, h);
                    return true;
                }
            } finally {
                lock.unlockWrite(ws);
            }
        }
    }

    /** Removes {@code key}; returns false if it was absent. */
    public final boolean discard(PyObject key) {
        long h = Ops.hash(key);
        boolean safe = PyDict.isSafeKey(key);
        while (true) {
            Table t = null;
            int mc = 0;
            int slot = -1;
            if (!safe) {
                long st = lock.tryOptimisticRead();
                if (st == 0) {
                    lock.unlockRead(lock.readLock());
                    continue;
                }
                t = table;
                mc = modCount;
                slot = find(t, key, h, false);
                if (!lock.validate(st)) {
                    continue;
                }
                if (slot < 0) {
                    return false;
                }
            }
            long ws = lock.writeLock();
            try {
                if (safe) {
                    t = table;
                    slot = find(t, key, h, true);
                    if (slot < 0) {
                        return false;
                    }
                } else if (modCount != mc || table != t) {
                    continue;
                }
                t.keys[slot] = DUMMY;
                t.hashes[slot] = -1;
                t.used--;
                modCount++;
                return true;
            } finally {
                lock.unlockWrite(ws);
            }
        }
    }

    public final PyObject pop() {
        long ws = lock.writeLock();
        try {
            Table t = table;
            for (int i = 0; i < t.keys.length; i++) {
                PyObject k = t.keys[i];
                if (k != null && k != DUMMY) {
                    t.keys[i] = DUMMY;
                    t.hashes[i] = -1;
                    t.used--;
                    modCount++;
                    return k;
                }
            }
            throw Errors.keyError(PyStr.of("pop from an empty set"));
        } finally {
            lock.unlockWrite(ws);
        }
    }

    public final void clear() {
        long ws = lock.writeLock();
        try {
            table = new Table(MIN_SIZE);
            modCount++;
        } finally {
            lock.unlockWrite(ws);
        }
    }

    /** The elements in table order (a consistent copy). */
    public final PyObject[] toArray() {
        while (true) {
            long st = lock.tryOptimisticRead();
            if (st == 0) {
                lock.unlockRead(lock.readLock());
                continue;
            }
            Table t = table;
            PyObject[] out = new PyObject[Math.max(0, t.used)];
            int w = 0;
            boolean ok = true;
            for (PyObject k : t.keys) {
                if (k != null && k != DUMMY) {
                    if (w == out.length) {
                        ok = false;
                        break;
                    }
                    out[w++] = k;
                }
            }
            if (ok && w == out.length && lock.validate(st)) {
                return out;
            }
        }
    }

    long[] hashesFor(PyObject[] elems) {
        long[] hs = new long[elems.length];
        for (int i = 0; i < elems.length; i++) {
            hs[i] = Ops.hash(elems[i]);
        }
        return hs;
    }

    /**
     * Adds all elements of another set's snapshot, pre-sizing as CPython's set_merge does
     * (which decides the resulting iteration order).
     */
    public final void mergeFromSet(PyObject[] elems) {
        boolean allSafe = true;
        for (PyObject e : elems) {
            allSafe &= PyDict.isSafeKey(e);
        }
        long[] hs = hashesFor(elems);
        if (allSafe) {
            long ws = lock.writeLock();
            try {
                Table t = table;
                if ((long) (t.fill + elems.length) * 5 >= (long) (t.keys.length - 1) * 3) {
                    resizeLocked((t.used + elems.length) * 2);
                }
                for (int i = 0; i < elems.length; i++) {
                    if (find(table, elems[i], hs[i], true) < 0) {
                        insertNewLocked(elems[i], hs[i]);
                    }
                }
            } finally {
                lock.unlockWrite(ws);
            }
            return;
        }
        for (PyObject e : elems) {
            add(e);
        }
    }

    /** Adds the elements of an arbitrary iterable, one by one. */
    public final void addAll(PyObject[] elems) {
        for (PyObject e : elems) {
            add(e);
        }
    }

    /** frozenset: the same table, never mutated after construction; hash as CPython's. */
    public static final class Frozen extends PySet {
        /** The cached hash, 0 until computed; one volatile field, so racing readers never see half of it. */
        private volatile long hash;

        @Override
        public PyType type() {
            return FROZENSET_TYPE;
        }

        @Override
        public boolean isFrozen() {
            return true;
        }

        public long frozenHash() {
            long cached = hash;
            if (cached != 0) {
                return cached;
            }
            long h = 0;
            PyObject[] elems = toArray();
            for (PyObject e : elems) {
                long x = Ops.hash(e);
                h ^= ((x ^ 89869747L) ^ (x << 16)) * 3644798167L;
            }
            h ^= ((long) elems.length + 1) * 1927868237L;
            h ^= (h >>> 11) ^ (h >>> 25);
            h = h * 69069L + 907133923L;
            if (h == -1) {
                h = 590923713L;
            }
            hash = h;
            return h;
        }
    }

    /** An instance of a user subclass of set. */
    public static final class Sub extends PySet implements Derived {
        private volatile PyType type;
        private volatile PyDict dict;
        private final PyObject[] slots;

        public Sub(PyType type) {
            this.type = type;
            this.dict = type.instancesHaveDict() ? new PyDict() : null;
            this.slots = new PyObject[type.slotCount()];
        }

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }
        @Override public PyDict instanceDict() { return dict; }
        @Override public void setInstanceDict(PyDict d) { dict = d; }
        @Override public PyObject[] slots() { return slots; }
        @Override public boolean isFrozen() { return type.isSubtypeOf(FROZENSET_TYPE); }
    }

    static PyObject[] copyOf(PyObject[] a) {
        return Arrays.copyOf(a, a.length);
    }
}
