package dev.weft.runtime.modules.collections;

import dev.weft.runtime.core.Derived;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.types.PyDict;

import java.util.concurrent.locks.StampedLock;

/**
 * {@code collections.deque}: a ring buffer. Free-threading scheme as {@code list}'s: writers
 * take the write lock of a {@link StampedLock}, readers read optimistically and validate; no
 * Python code runs under the lock (comparisons work on snapshots and re-check {@link #state}).
 * {@code state} counts structural changes as CPython's {@code deque->state} does (appends,
 * pops, rotations, clears; not item assignment or reverse), which iterators and the
 * comparing methods use to detect mutation.
 */
public class PyDeque extends PyObject implements dev.weft.runtime.core.BuiltinSized {
    public static final PyType TYPE = ModuleDefs.type("collections", "deque", PyDeque.class, PyType.OBJECT,
            DequeMethods::define, PyType.BASETYPE);

    private static final PyObject[] EMPTY = new PyObject[0];

    private final StampedLock lock = new StampedLock();
    private PyObject[] buf = EMPTY;
    private int head;
    private int size;
    /** -1 when unbounded. */
    private int maxlen = -1;
    private long state;

    public PyDeque() { }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Items and the state they were read at. */
    public record Snapshot(PyObject[] items, long state) { }

    // ---- reads ----

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

    /** The bound, or -1 when unbounded. */
    public final int maxlen() {
        long st = lock.tryOptimisticRead();
        int m = maxlen;
        if (lock.validate(st)) {
            return m;
        }
        st = lock.readLock();
        try {
            return maxlen;
        } finally {
            lock.unlockRead(st);
        }
    }

    public final long state() {
        long st = lock.tryOptimisticRead();
        long s = state;
        if (lock.validate(st)) {
            return s;
        }
        st = lock.readLock();
        try {
            return state;
        } finally {
            lock.unlockRead(st);
        }
    }

    private PyObject at(int i) {
        PyObject[] b = buf;
        return b[(head + i) % b.length];
    }

    /** Item {@code i} (0 <= i), or null when out of range. */
    public final PyObject getOrNull(long i) {
        long st = lock.tryOptimisticRead();
        PyObject[] b = buf;
        int h = head, n = size;
        PyObject r = i >= 0 && i < n && n <= b.length ? b[(int) ((h + i) % b.length)] : null;
        if (lock.validate(st)) {
            return r;
        }
        st = lock.readLock();
        try {
            return i >= 0 && i < size ? at((int) i) : null;
        } finally {
            lock.unlockRead(st);
        }
    }

    /** Marker returned by {@link #getIfState} when the deque changed. */
    static final PyObject MUTATED = new PyDeque();

    /** Item {@code i} if the state is still {@code expected}; {@link #MUTATED} otherwise; null if out of range. */
    final PyObject getIfState(int i, long expected) {
        long st = lock.tryOptimisticRead();
        long s = state;
        PyObject[] b = buf;
        int h = head, n = size;
        PyObject r = i >= 0 && i < n && n <= b.length ? b[(h + i) % b.length] : null;
        if (lock.validate(st)) {
            return s != expected ? MUTATED : r;
        }
        st = lock.readLock();
        try {
            if (state != expected) {
                return MUTATED;
            }
            return i >= 0 && i < size ? at(i) : null;
        } finally {
            lock.unlockRead(st);
        }
    }

    public final PyObject[] toArray() {
        return snapshot().items;
    }

    public final Snapshot snapshot() {
        long st = lock.readLock();
        try {
            PyObject[] out = new PyObject[size];
            copyOut(out);
            return new Snapshot(out, state);
        } finally {
            lock.unlockRead(st);
        }
    }

    private void copyOut(PyObject[] out) {
        int n = size;
        int first = Math.min(n, buf.length - head);
        System.arraycopy(buf, head, out, 0, first);
        System.arraycopy(buf, 0, out, first, n - first);
    }

    // ---- writes (under the write lock) ----

    private void ensureCapacity(int need) {
        if (need <= buf.length) {
            return;
        }
        int cap = Math.max(8, buf.length);
        while (cap < need) {
            if (cap > (1 << 29)) {
                cap = Integer.MAX_VALUE - 8;
                if (cap < need) {
                    throw Errors.memoryError();
                }
                break;
            }
            cap <<= 1;
        }
        PyObject[] nb = new PyObject[cap];
        copyOut(nb);
        buf = nb;
        head = 0;
    }

    private void pushRight(PyObject v) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            popLeftLocked();
        }
        ensureCapacity(size + 1);
        buf[(head + size) % buf.length] = v;
        size++;
    }

    private void pushLeft(PyObject v) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            popRightLocked();
        }
        ensureCapacity(size + 1);
        head = (head - 1 + buf.length) % buf.length;
        buf[head] = v;
        size++;
    }

    private PyObject popLeftLocked() {
        PyObject v = buf[head];
        buf[head] = null;
        head = (head + 1) % buf.length;
        size--;
        return v;
    }

    private PyObject popRightLocked() {
        int i = (head + size - 1) % buf.length;
        PyObject v = buf[i];
        buf[i] = null;
        size--;
        return v;
    }

    public final void append(PyObject v) {
        long st = lock.writeLock();
        try {
            state++;
            pushRight(v);
        } finally {
            lock.unlockWrite(st);
        }
    }

    public final void appendLeft(PyObject v) {
        long st = lock.writeLock();
        try {
            state++;
            pushLeft(v);
        } finally {
            lock.unlockWrite(st);
        }
    }

    /** Appends all items in one atomic step (items were read before: no Python code runs here). */
    public final void appendAll(PyObject[] items, boolean left) {
        if (items.length == 0) {
            return;
        }
        long st = lock.writeLock();
        try {
            state++;
            for (PyObject v : items) {
                if (left) {
                    pushLeft(v);
                } else {
                    pushRight(v);
                }
            }
        } finally {
            lock.unlockWrite(st);
        }
    }

    public final PyObject pop(boolean left) {
        long st = lock.writeLock();
        try {
            if (size == 0) {
                throw Errors.indexError("pop from an empty deque");
            }
            state++;
            return left ? popLeftLocked() : popRightLocked();
        } finally {
            lock.unlockWrite(st);
        }
    }

    public final void rotate(long n) {
        long st = lock.writeLock();
        try {
            state++;
            int len = size;
            if (len <= 1) {
                return;
            }
            int k = (int) Math.floorMod(n, (long) len);
            if (k == 0) {
                return;
            }
            if (len == buf.length) {
                // full ring: rotating right by k moves the head back by k
                head = (head - k + buf.length) % buf.length;
                return;
            }
            PyObject[] items = new PyObject[len];
            copyOut(items);
            PyObject[] nb = new PyObject[buf.length];
            for (int i = 0; i < len; i++) {
                nb[(i + k) % len] = items[i];
            }
            buf = nb;
            head = 0;
        } finally {
            lock.unlockWrite(st);
        }
    }

    public final void reverse() {
        long st = lock.writeLock();
        try {
            for (int i = 0, j = size - 1; i < j; i++, j--) {
                int a = (head + i) % buf.length, b = (head + j) % buf.length;
                PyObject t = buf[a];
                buf[a] = buf[b];
                buf[b] = t;
            }
        } finally {
            lock.unlockWrite(st);
        }
    }

    public final void clear() {
        long st = lock.writeLock();
        try {
            state++;
            buf = EMPTY;
            head = 0;
            size = 0;
        } finally {
            lock.unlockWrite(st);
        }
    }

    /** {@code __init__}: empties the deque and sets its bound (-1 for none). */
    final void reset(int newMaxlen) {
        long st = lock.writeLock();
        try {
            state++;
            buf = EMPTY;
            head = 0;
            size = 0;
            maxlen = newMaxlen;
        } finally {
            lock.unlockWrite(st);
        }
    }

    /** {@code d[i] = v} with a normalised index; false if out of range. */
    public final boolean set(long i, PyObject v) {
        long st = lock.writeLock();
        try {
            if (i < 0 || i >= size) {
                return false;
            }
            buf[(int) ((head + i) % buf.length)] = v;
            return true;
        } finally {
            lock.unlockWrite(st);
        }
    }

    /** Deletes item {@code i} (normalised); false if out of range. */
    public final boolean delete(long i) {
        long st = lock.writeLock();
        try {
            if (i < 0 || i >= size) {
                return false;
            }
            state++;
            deleteLocked((int) i);
            return true;
        } finally {
            lock.unlockWrite(st);
        }
    }

    private void deleteLocked(int i) {
        PyObject[] items = new PyObject[size];
        copyOut(items);
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[size - 1] = null;
        System.arraycopy(items, 0, buf, 0, size - 1);
        java.util.Arrays.fill(buf, size - 1, buf.length, null);
        head = 0;
        size--;
    }

    /** Deletes item {@code i} if nothing changed since {@code expected}; false otherwise. */
    final boolean deleteIfState(int i, long expected) {
        long st = lock.writeLock();
        try {
            if (state != expected || i >= size) {
                return false;
            }
            state++;
            deleteLocked(i);
            return true;
        } finally {
            lock.unlockWrite(st);
        }
    }

    /** {@code d.insert(i, v)} with CPython's clamping of {@code i}. */
    public final void insert(long index, PyObject v) {
        long st = lock.writeLock();
        try {
            if (size == maxlen) {
                throw Errors.indexError("deque already at its maximum size");
            }
            long n = size;
            long i = index < 0 ? Math.max(0, index + n) : Math.min(index, n);
            state++;
            PyObject[] items = new PyObject[size + 1];
            copyOut(items);
            System.arraycopy(items, (int) i, items, (int) i + 1, size - (int) i);
            items[(int) i] = v;
            ensureCapacity(size + 1);
            System.arraycopy(items, 0, buf, 0, items.length);
            java.util.Arrays.fill(buf, items.length, buf.length, null);
            head = 0;
            size = items.length;
        } finally {
            lock.unlockWrite(st);
        }
    }

    /** {@code d *= n}: the contents repeated, keeping the last maxlen items; atomic. */
    final void repeatInPlace(long n) {
        long st = lock.writeLock();
        try {
            int len = size;
            if (n <= 0 || len == 0) {
                if (len != 0) {
                    state++;
                }
                buf = EMPTY;
                head = 0;
                size = 0;
                return;
            }
            if (n == 1) {
                return;
            }
            long total = (long) len * n;
            long keep = maxlen < 0 ? total : Math.min(total, maxlen);
            if (keep > Integer.MAX_VALUE - 8) {
                throw Errors.memoryError();
            }
            state++;
            PyObject[] items = new PyObject[len];
            copyOut(items);
            PyObject[] nb = new PyObject[Math.max(8, (int) keep)];
            long skip = total - keep;
            for (long k = 0; k < keep; k++) {
                nb[(int) k] = items[(int) ((skip + k) % len)];
            }
            buf = nb;
            head = 0;
            size = (int) keep;
        } finally {
            lock.unlockWrite(st);
        }
    }

    /** An instance of a user subclass of deque. */
    public static final class Sub extends PyDeque implements Derived {
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
