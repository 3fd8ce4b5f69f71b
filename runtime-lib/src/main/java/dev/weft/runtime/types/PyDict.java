package dev.weft.runtime.types;

import dev.weft.runtime.core.Derived;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Ops;


/**
 * {@code dict}: an insertion-ordered compact hash table (an index array of entry numbers
 * plus dense entry arrays, as CPython's).
 *
 * <p>Free-threading scheme: a {@link SeqLock}; writers lock. The table arrays live in a
 * {@link Table} object that is replaced on resize, so a reader always probes a consistent set
 * of arrays. Single-key reads ({@link #getItemOrNull}, {@link #getAtHint}) take no lock and
 * need no validation, because within one table an entry number is never reused for another
 * key: {@code keys[e]} goes from null to its key once and back to null on deletion, so a
 * reader that found its key at {@code e} reads that key's value (or null: deleted). Writers
 * publish with release stores in this order: a new entry's key, hash and value before its
 * index slot; a deletion's value (null) before its key (null); a new table after its content.
 * Readers load the table, the index slot, the key and the value with acquire loads. Multi-entry
 * reads (snapshots, iteration) read optimistically and validate. Python code ({@code __eq__} of user
 * keys) never runs under the lock: lookups with such keys are optimistic and retried, and
 * updates find the entry first, then lock and apply only if the table did not change
 * ({@code modCount}) in between. Keys of exact builtin types (str, int, float, ...) compare in
 * Java and are inserted in one locked step.
 */
public class PyDict extends PyObject {
    public static final PyType TYPE = new PyType("dict", PyDict.class, PyType.OBJECT, DictMethods::define,
            PyType.BASETYPE | PyType.IMMUTABLE);

    /**
     * Index slots hold entry number + 1, so that a new (zeroed) index array is all EMPTY
     * without a fill: EMPTY = 0, DUMMY (a deleted entry) = -1.
     */
    static final int EMPTY = 0, DUMMY = -1;

    static final class Table {
        final int[] index;
        final PyObject[] keys;
        final PyObject[] values;
        final long[] hashes;
        /** Entries used (live or deleted). */
        int used;
        /** No live entry at or after this one (popitem's starting point; entries are not reused). */
        int liveEnd;

        Table(int indexSize, int capacity) {
            index = new int[indexSize];
            keys = new PyObject[capacity];
            values = new PyObject[capacity];
            hashes = new long[capacity];
        }
    }

    private static final java.lang.invoke.VarHandle TABLE, INDEX_SLOT, ENTRY;
    static {
        try {
            TABLE = java.lang.invoke.MethodHandles.lookup().findVarHandle(PyDict.class, "table", Table.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
        INDEX_SLOT = java.lang.invoke.MethodHandles.arrayElementVarHandle(int[].class);
        ENTRY = java.lang.invoke.MethodHandles.arrayElementVarHandle(PyObject[].class);
    }

    private final SeqLock lock = new SeqLock();
    /** Replaced (never mutated afterwards) on resize and clear; written with release stores. */
    private Table table = new Table(8, 5);
    private int size;
    /** Changes on every structural change (insert of a new key, deletion, resize, clear). */
    private int modCount;

    public PyDict() { }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Keys whose equality and hash are pure Java (no Python code can run). */
    static boolean isSafeKey(PyObject k) {
        Class<?> c = k.getClass();
        if (c == PyStr.class || c == PyInt.class || c == PyFloat.class || c == PyBool.class
                || c == PyNone.class || c == PyBytes.class || c == PyComplex.class) {
            return true;
        }
        if (c == PyTuple.class) {
            PyObject[] items = ((PyTuple) k).items;
            if (items.length > 8) {
                return false;
            }
            for (PyObject item : items) {
                Class<?> ic = item.getClass();
                if (!(ic == PyStr.class || ic == PyInt.class || ic == PyFloat.class || ic == PyBool.class
                        || ic == PyNone.class)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    static boolean safeEquals(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        Class<?> ca = a.getClass(), cb = b.getClass();
        if (ca == PyStr.class && cb == PyStr.class) {
            return ((PyStr) a).value.equals(((PyStr) b).value);
        }
        return Ops.eqBool(a, b);
    }

    // ---- probing ----

    /**
     * Probes that reach every slot: the perturbed sequence may revisit slots until {@code perturb}
     * (a 64-bit hash shifted right by 5 per probe) reaches 0, after 13 probes; from then on the
     * recurrence {@code i = 5i + 1} visits the whole index. Insertion probes without a bound, so
     * a lookup must be able to follow it that far. (The bound only keeps a lookup that races
     * with a resize from looping forever.)
     */
    private static final int PERTURB_PROBES = 13;

    /** Entry number of {@code key} in {@code t}, or -1; probes at most the whole index. */
    private static int findSafe(Table t, PyObject key, long h) {
        int[] idx = t.index;
        int mask = idx.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        for (int probes = 0; probes <= idx.length + PERTURB_PROBES; probes++) {
            int e = (int) INDEX_SLOT.getAcquire(idx, i) - 1;
            if (e == EMPTY - 1) {
                return -1;
            }
            if (e >= 0 && e < t.keys.length) {
                PyObject k = (PyObject) ENTRY.getAcquire(t.keys, e);
                if (k == key || (k != null && t.hashes[e] == h && safeEquals(k, key))) {
                    return e;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return -1;
    }

    /** Like {@link #findSafe} but may call Python {@code __eq__}; run only without the lock. */
    private static int findUnsafe(Table t, PyObject key, long h) {
        int[] idx = t.index;
        int mask = idx.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        for (int probes = 0; probes <= idx.length + PERTURB_PROBES; probes++) {
            int e = (int) INDEX_SLOT.getAcquire(idx, i) - 1;
            if (e == EMPTY - 1) {
                return -1;
            }
            if (e >= 0 && e < t.keys.length) {
                PyObject k = (PyObject) ENTRY.getAcquire(t.keys, e);
                if (k == key) {
                    return e;
                }
                if (k != null && t.hashes[e] == h && Ops.eqBool(k, key)) {
                    return e;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return -1;
    }

    /** Index slot for a new entry with hash h (an EMPTY or DUMMY slot). */
    private static int freeSlot(Table t, long h) {
        int[] idx = t.index;
        int mask = idx.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (idx[i] > 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    private static int slotOf(Table t, int entry, long h) {
        int[] idx = t.index;
        int mask = idx.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (idx[i] != entry + 1) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    // ---- reads ----

    /**
     * {@code d.get(key)} without a default: null when absent. Lock-free (see the class
     * comment): the value read belongs to the key found, or is null because the entry was
     * deleted meanwhile.
     */
    public final PyObject getItemOrNull(PyObject key) {
        long h = Ops.hash(key);
        Table t = (Table) TABLE.getAcquire(this);
        int e = isSafeKey(key) ? findSafe(t, key, h) : findUnsafe(t, key, h);
        return e >= 0 ? (PyObject) ENTRY.getAcquire(t.values, e) : null;
    }

    /** An optimistic stamp, waiting (without spinning hot) while a writer holds the lock. */
    private long awaitOptimistic() {
        long st = lock.tryOptimisticRead();
        while (st == 0) {
            long r = lock.readLock();
            lock.unlockRead(r);
            st = lock.tryOptimisticRead();
        }
        return st;
    }

    // ---- cached lookups (global-name sites) ----

    /**
     * The entry number where {@code key} (an exact str) sits now, or -1: a hint for
     * {@link #getAtHint}. The hint goes stale when the table is rebuilt or the key deleted;
     * {@code getAtHint} detects that, so a racing reader never needs to lock.
     */
    public final int entryHint(PyStr key) {
        long h = key.pyHash();
        long st = lock.tryOptimisticRead();
        int e = findSafe(table, key, h);
        return lock.validate(st) ? e : -1;
    }

    /**
     * The value of {@code key} if it still sits at entry {@code hint} (found by identity, so
     * {@code key} must be the interned str the hint was taken for); null when the hint is
     * stale, the key is absent or a writer interfered — the caller then looks up the slow way.
     */
    public final PyObject getAtHint(PyStr key, int hint) {
        Table t = (Table) TABLE.getAcquire(this);
        PyObject[] ks = t.keys;
        if (hint >= 0 && hint < ks.length && ENTRY.getAcquire(ks, hint) == key) {
            return (PyObject) ENTRY.getAcquire(t.values, hint);
        }
        return null;
    }

    /**
     * A version of the dict's key set: it changes whenever a key is added or removed (values
     * replaced in place keep it), or -1 while a writer holds the lock. A cached "this key is
     * absent" stays true while the version is unchanged.
     */
    public final long keysVersion() {
        long st = lock.tryOptimisticRead();
        int mc = modCount;
        return lock.validate(st) ? mc & 0xFFFF_FFFFL : -1;
    }

    public final PyObject getItem(PyObject key) {
        PyObject v = getItemOrNull(key);
        if (v == null) {
            throw Errors.keyError(key);
        }
        return v;
    }

    public final boolean containsKey(PyObject key) {
        return getItemOrNull(key) != null;
    }

    public final int size() {
        long st = lock.tryOptimisticRead();
        int n = size;
        if (lock.validate(st)) {
            return n;
        }
        st = lock.readLock();
        try {
            return size;
        } finally {
            lock.unlockRead(st);
        }
    }

    /** Consistent copies of the live keys and values, in order: {keys, values}. */
    public final PyObject[][] snapshot() {
        while (true) {
            long st = awaitOptimistic();
            Table t = table;
            int used = Math.min(t.used, t.keys.length);
            int n = size;
            PyObject[] ks = new PyObject[Math.max(0, Math.min(n, used))];
            PyObject[] vs = new PyObject[ks.length];
            int w = 0;
            boolean ok = true;
            for (int i = 0; i < used; i++) {
                PyObject k = t.keys[i];
                if (k != null) {
                    if (w >= ks.length) {
                        ok = false;
                        break;
                    }
                    ks[w] = k;
                    vs[w] = t.values[i];
                    w++;
                }
            }
            if (ok && w == ks.length && lock.validate(st)) {
                return new PyObject[][] {ks, vs};
            }
        }
    }

    // ---- writes ----

    public final void setItem(PyObject key, PyObject value) {
        long h = Ops.hash(key);
        if (isSafeKey(key)) {
            long st = lock.writeLock();
            try {
                insertLocked(key, h, value, findSafe(table, key, h));
            } finally {
                lock.unlockWrite(st);
            }
            return;
        }
        while (true) {
            long st = awaitOptimistic();
            Table t = table;
            int mc = modCount;
            int e = findUnsafe(t, key, h);
            if (!lock.validate(st)) {
                continue;
            }
            long ws = lock.writeLock();
            try {
                if (modCount == mc && table == t) {
                    insertLocked(key, h, value, e);
                    return;
                }
            } finally {
                lock.unlockWrite(ws);
            }
        }
    }

    /** {@code d.setdefault(key, value)}: returns the value now stored. */
    public final PyObject setDefault(PyObject key, PyObject value) {
        long h = Ops.hash(key);
        while (true) {
            long st = awaitOptimistic();
            Table t = table;
            int mc = modCount;
            int e = isSafeKey(key) ? findSafe(t, key, h) : findUnsafe(t, key, h);
            if (!lock.validate(st)) {
                continue;
            }
            long ws = lock.writeLock();
            try {
                if (modCount == mc && table == t) {
                    if (e >= 0) {
                        return t.values[e];
                    }
                    insertLocked(key, h, value, -1);
                    return value;
                }
            } finally {
                lock.unlockWrite(ws);
            }
        }
    }

    private void insertLocked(PyObject key, long h, PyObject value, int existing) {
        Table t = table;
        if (existing >= 0) {
            ENTRY.setRelease(t.values, existing, value);
            return;
        }
        if (t.used == t.keys.length) {
            t = resize(size + 1);
        }
        int e = t.used;
        t.hashes[e] = h;
        t.values[e] = value;
        ENTRY.setRelease(t.keys, e, key);
        INDEX_SLOT.setRelease(t.index, freeSlot(t, h), e + 1);
        t.used = e + 1;
        t.liveEnd = e + 1;
        size++;
        modCount++;
    }

    /** Rebuilds the table for at least {@code need} entries (compacts deleted entries). */
    private Table resize(int need) {
        Table old = table;
        int cap = Math.max(5, need * 3 / 2 + 1);
        int indexSize = 8;
        while (indexSize * 2 < cap * 3) {
            indexSize <<= 1;
        }
        cap = indexSize * 2 / 3;
        Table t = new Table(indexSize, cap);
        int w = 0;
        for (int i = 0; i < old.used; i++) {
            PyObject k = old.keys[i];
            if (k != null) {
                t.keys[w] = k;
                t.values[w] = old.values[i];
                t.hashes[w] = old.hashes[i];
                t.index[freeSlot(t, old.hashes[i])] = w + 1;
                w++;
            }
        }
        t.used = w;
        t.liveEnd = w;
        TABLE.setRelease(this, t);
        modCount++;
        return t;
    }

    /**
     * Deletes entry {@code e} of the current table, for lock-free readers: the value becomes
     * null before the key does, so a reader that still sees the key reads the value or null.
     * The entry number is not reused in this table (only a resize compacts).
     */
    private static void deleteEntryLocked(Table t, int e) {
        int slot = slotOf(t, e, t.hashes[e]);
        ENTRY.setRelease(t.values, e, null);
        ENTRY.setRelease(t.keys, e, null);
        INDEX_SLOT.setRelease(t.index, slot, DUMMY);
    }

    /** Removes {@code key}; returns its value, or null if it was absent. */
    public final PyObject removeOrNull(PyObject key) {
        long h = Ops.hash(key);
        boolean safe = isSafeKey(key);
        while (true) {
            Table t;
            int mc;
            int e;
            if (safe) {
                t = null;
                mc = 0;
                e = 0;
            } else {
                long st = awaitOptimistic();
                t = table;
                mc = modCount;
                e = findUnsafe(t, key, h);
                if (!lock.validate(st)) {
                    continue;
                }
            }
            long ws = lock.writeLock();
            try {
                if (safe) {
                    t = table;
                    e = findSafe(t, key, h);
                } else if (modCount != mc || table != t) {
                    continue;
                }
                if (e < 0) {
                    return null;
                }
                PyObject v = t.values[e];
                deleteEntryLocked(t, e);
                size--;
                modCount++;
                return v;
            } finally {
                lock.unlockWrite(ws);
            }
        }
    }

    public final void delItem(PyObject key) {
        if (removeOrNull(key) == null) {
            throw Errors.keyError(key);
        }
    }

    public final void clear() {
        long ws = lock.writeLock();
        try {
            TABLE.setRelease(this, new Table(8, 5));
            size = 0;
            modCount++;
        } finally {
            lock.unlockWrite(ws);
        }
    }

    /** {@code d.popitem()}: removes the last inserted item. */
    public final PyTuple popItem() {
        long ws = lock.writeLock();
        try {
            Table t = table;
            for (int i = t.liveEnd - 1; i >= 0; i--) {
                PyObject k = t.keys[i];
                if (k != null) {
                    PyObject v = t.values[i];
                    deleteEntryLocked(t, i);
                    t.liveEnd = i;
                    size--;
                    modCount++;
                    return PyTuple.of(k, v);
                }
            }
            throw Errors.keyError(PyStr.of("popitem(): dictionary is empty"));
        } finally {
            lock.unlockWrite(ws);
        }
    }

    /**
     * Moves {@code key} to the end ({@code last}) or the front of the insertion order in one
     * atomic step (OrderedDict.move_to_end); false if the key is absent.
     */
    public final boolean moveToEnd(PyObject key, boolean last) {
        long h = Ops.hash(key);
        boolean safe = isSafeKey(key);
        while (true) {
            Table t = null;
            int mc = 0;
            int e = 0;
            if (!safe) {
                long st = awaitOptimistic();
                t = table;
                mc = modCount;
                e = findUnsafe(t, key, h);
                if (!lock.validate(st)) {
                    continue;
                }
            }
            long ws = lock.writeLock();
            try {
                if (safe) {
                    t = table;
                    e = findSafe(t, key, h);
                } else if (modCount != mc || table != t) {
                    continue;
                }
                if (e < 0) {
                    return false;
                }
                PyObject k = t.keys[e];
                PyObject v = t.values[e];
                long eh = t.hashes[e];
                if (last) {
                    deleteEntryLocked(t, e);
                    size--;
                    insertLocked(k, eh, v, -1);
                } else {
                    Table nt = new Table(t.index.length, t.keys.length);
                    nt.keys[0] = k;
                    nt.values[0] = v;
                    nt.hashes[0] = eh;
                    nt.index[freeSlot(nt, eh)] = 1;
                    int w = 1;
                    for (int i = 0; i < t.used; i++) {
                        if (t.keys[i] != null && i != e) {
                            nt.keys[w] = t.keys[i];
                            nt.values[w] = t.values[i];
                            nt.hashes[w] = t.hashes[i];
                            nt.index[freeSlot(nt, t.hashes[i])] = w + 1;
                            w++;
                        }
                    }
                    nt.used = w;
                    nt.liveEnd = w;
                    TABLE.setRelease(this, nt);
                    modCount++;
                }
                return true;
            } finally {
                lock.unlockWrite(ws);
            }
        }
    }

    /** Removes the first item in insertion order (OrderedDict.popitem(last=False)); null if empty. */
    public final PyTuple popFirstItem() {
        long ws = lock.writeLock();
        try {
            Table t = table;
            for (int i = 0; i < t.used; i++) {
                PyObject k = t.keys[i];
                if (k != null) {
                    PyObject v = t.values[i];
                    deleteEntryLocked(t, i);
                    size--;
                    modCount++;
                    return PyTuple.of(k, v);
                }
            }
            return null;
        } finally {
            lock.unlockWrite(ws);
        }
    }

    /** Inserts all pairs; the source was copied before (no other container is locked). */
    public final void putAll(PyObject[] keys, PyObject[] values) {
        for (int i = 0; i < keys.length; i++) {
            setItem(keys[i], values[i]);
        }
    }

    public final PyDict copy() {
        PyObject[][] s = snapshot();
        PyDict d = new PyDict();
        d.putAll(s[0], s[1]);
        return d;
    }

    // ---- iteration support ----

    /**
     * Reads entry {@code pos} or the first live entry after it into {@code kv} (key, value) and
     * returns the position after it, or -1 at the end. Raises RuntimeError if the size is no
     * longer {@code expectedSize}.
     */
    final int entryFrom(int pos, int expectedSize, PyObject[] kv) {
        while (true) {
            long st = awaitOptimistic();
            Table t = table;
            int n = size;
            int used = Math.min(t.used, t.keys.length);
            int next = -1;
            for (int i = pos; i < used; i++) {
                PyObject k = t.keys[i];
                if (k != null) {
                    kv[0] = k;
                    kv[1] = t.values[i];
                    next = i + 1;
                    break;
                }
            }
            if (lock.validate(st)) {
                if (n != expectedSize) {
                    throw Errors.runtimeError("dictionary changed size during iteration");
                }
                return next;
            }
        }
    }

    /** An instance of a user subclass of dict. */
    public static final class Sub extends PyDict implements Derived {
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
    }
}
