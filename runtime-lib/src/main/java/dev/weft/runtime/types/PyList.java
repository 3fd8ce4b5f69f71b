package dev.weft.runtime.types;

import dev.weft.runtime.core.Derived;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;

import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code list}. Free-threading scheme: writers take the {@link SeqLock}
 * and end every change with a volatile write of {@code size}. Single-item reads take no lock:
 * a volatile read of {@code size}, then an acquire read of the slot (slots at or beyond
 * {@code size} are always null, so a null read means "changed under us": retry under the read
 * lock). Any value such a read returns was the item at that index just before or just after a
 * concurrent change. Multi-item reads (snapshots) use an optimistic stamp, validated. No Python code ever runs while the lock is held: comparisons
 * ({@code remove}, {@code index}, {@code ==}, {@code sort}) work on snapshots, and operations
 * that read another container copy it first, so two lists never lock each other.
 */
public class PyList extends PyObject {
    public static final PyType TYPE = new PyType("list", PyList.class, PyType.OBJECT, ListMethods::define,
            PyType.BASETYPE | PyType.IMMUTABLE);

    private static final PyObject[] EMPTY = new PyObject[0];

    private final SeqLock lock = new SeqLock();
    private static final java.lang.invoke.VarHandle SLOT = java.lang.invoke.MethodHandles.arrayElementVarHandle(PyObject[].class);

    private PyObject[] items;
    private static final java.lang.invoke.VarHandle SIZE;
    private static final java.lang.invoke.VarHandle ITEMS;
    static {
        try {
            SIZE = java.lang.invoke.MethodHandles.lookup().findVarHandle(PyList.class, "size", int.class);
            ITEMS = java.lang.invoke.MethodHandles.lookup().findVarHandle(PyList.class, "items", PyObject[].class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Written last by every change with a release store (publishes it to lock-free readers, which acquire-read it). */
    private int size;

    public PyList() {
        items = EMPTY;
    }

    /** A list that owns {@code items} (not copied). */
    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
        SIZE.setRelease(this, items.length);
    }

    public PyList(List<PyObject> items) {
        this(items.toArray(new PyObject[0]));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    // ---- reads (optimistic) ----

    public final int size() {
        return (int) SIZE.getAcquire(this);
    }

    private void publishSize(int n) {
        SIZE.setRelease(this, n);
    }

    /** Item {@code i} (already normalised, 0 <= i), or null if out of range. */
    public final PyObject getOrNull(int i) {
        int n = (int) SIZE.getAcquire(this);
        PyObject[] a = items;
        if (i >= 0 && i < n && i < a.length) {
            PyObject r = (PyObject) SLOT.getAcquire(a, i);
            if (r != null) {
                return r;
            }
        } else if (i >= 0 && i >= n) {
            return null;
        }
        long st = lock.readLock();
        try {
            return i >= 0 && i < size ? items[i] : null;
        } finally {
            lock.unlockRead(st);
        }
    }

    /** {@code l[i]} with Python's negative indices and IndexError. */
    public final PyObject get(long index) {
        // Non-negative index: no size read. Sound because a slot at or beyond size is null, a
        // growing writer publishes size before the new slots or array, and a shrinking one
        // nulls slots or installs the smaller array before size (see the writers).
        int k = (int) index;
        if (k == index && k >= 0) {
            PyObject[] a = (PyObject[]) ITEMS.getAcquire(this);
            if (k < a.length) {
                PyObject r = (PyObject) SLOT.getAcquire(a, k);
                if (r != null) {
                    return r;
                }
            }
        }
        int n = (int) SIZE.getAcquire(this);
        PyObject[] a = items;
        long i = index < 0 ? index + n : index;
        if (i >= 0 && i < n && i < a.length) {
            PyObject r = (PyObject) SLOT.getAcquire(a, (int) i);
            if (r != null) {
                return r;
            }
        }
        long st = lock.readLock();
        try {
            i = index < 0 ? index + size : index;
            if (i < 0 || i >= size) {
                throw Errors.indexError("list index out of range");
            }
            return items[(int) i];
        } finally {
            lock.unlockRead(st);
        }
    }

    /** A consistent copy of the items. */
    public final PyObject[] toArray() {
        long st = lock.tryOptimisticRead();
        PyObject[] a = items;
        int n = size;
        PyObject[] copy = n <= a.length ? prefix(a, n) : null;
        if (copy != null && lock.validate(st)) {
            return copy;
        }
        st = lock.readLock();
        try {
            return prefix(items, size);
        } finally {
            lock.unlockRead(st);
        }
    }

    /**
     * A copy of the first {@code n} items. Not {@code Arrays.copyOf}: its generic form takes the
     * array's class reflectively ({@code getComponentType}), which showed as the cost of every
     * small list unpack ({@code [x, y, z] = v}) in nbody's profile.
     */
    private static PyObject[] prefix(PyObject[] a, int n) {
        PyObject[] copy = new PyObject[n];
        System.arraycopy(a, 0, copy, 0, n);
        return copy;
    }

    /**
     * {@code l[slice]}: copies only the selected items under an optimistic stamp (no full
     * snapshot first). The slice's indices are computed outside any lock ({@code __index__} may
     * run Python code); after a few failed validations it falls back to a locked snapshot.
     */
    public final PyObject[] slice(PySlice s) {
        for (int attempt = 0; attempt < 4; attempt++) {
            long st = lock.tryOptimisticRead();
            PyObject[] a = items;
            int n = size;
            if (st == 0 || n > a.length) {
                Thread.onSpinWait();
                continue;
            }
            long[] r = s.indices(n);
            int start = (int) r[0], step = (int) r[2], len = (int) r[3];
            PyObject[] out;
            if (len <= 0) {
                out = EMPTY;
            } else if (step == 1) {
                out = new PyObject[len];
                System.arraycopy(a, start, out, 0, len);
            } else {
                out = new PyObject[len];
                for (int k = 0, i = start; k < len; k++, i += step) {
                    out[k] = a[i];
                }
            }
            if (lock.validate(st)) {
                return out;
            }
        }
        return SequenceMethods.slice(toArray(), s);
    }

    // ---- writes ----

    private void grow(int need) {
        if (need > items.length) {
            int cap = Math.max(need, items.length + (items.length >> 1) + 4);
            ITEMS.setRelease(this, Arrays.copyOf(items, cap));
        }
    }

    public final void append(PyObject v) {
        long st = lock.writeLock();
        try {
            int n = size;
            if (n == items.length) {
                grow(n + 1);
            }
            publishSize(n + 1);
            SLOT.setRelease(items, n, v);
        } finally {
            lock.unlockWrite(st);
        }
    }

    public final void appendAll(PyObject[] vs) {
        if (vs.length == 0) {
            return;
        }
        long st = lock.writeLock();
        try {
            grow(size + vs.length);
            int n = size;
            publishSize(n + vs.length);
            VarHandle.releaseFence();
            System.arraycopy(vs, 0, items, n, vs.length);
        } finally {
            lock.unlockWrite(st);
        }
    }

    /** {@code l.extend(iterable)}: the iterable is read completely before the list is locked. */
    public final void extend(PyObject iterable) {
        appendAll(Protocols.toArray(iterable));
    }

    public final void insert(long index, PyObject v) {
        long st = lock.writeLock();
        try {
            int n = size;
            long i = index < 0 ? Math.max(0, index + n) : Math.min(index, n);
            grow(n + 1);
            publishSize(n + 1);
            System.arraycopy(items, (int) i, items, (int) i + 1, n - (int) i);
            SLOT.setRelease(items, (int) i, v);
        } finally {
            lock.unlockWrite(st);
        }
    }

    public final void set(long index, PyObject v) {
        long st = lock.writeLock();
        try {
            long i = index < 0 ? index + size : index;
            if (i < 0 || i >= size) {
                throw Errors.indexError("list assignment index out of range");
            }
            // The release store of the slot publishes the item itself; the size is unchanged.
            SLOT.setRelease(items, (int) i, v);
        } finally {
            lock.unlockWrite(st);
        }
    }

    public final PyObject pop(long index) {
        long st = lock.writeLock();
        try {
            if (size == 0) {
                throw Errors.indexError("pop from empty list");
            }
            long i = index < 0 ? index + size : index;
            if (i < 0 || i >= size) {
                throw Errors.indexError("pop index out of range");
            }
            PyObject r = items[(int) i];
            System.arraycopy(items, (int) i + 1, items, (int) i, size - (int) i - 1);
            int last = size - 1;
            items[last] = null;
            publishSize(last);
            return r;
        } finally {
            lock.unlockWrite(st);
        }
    }

    public final void delete(long index) {
        long st = lock.writeLock();
        try {
            long i = index < 0 ? index + size : index;
            if (i < 0 || i >= size) {
                throw Errors.indexError("list assignment index out of range");
            }
            System.arraycopy(items, (int) i + 1, items, (int) i, size - (int) i - 1);
            int last = size - 1;
            items[last] = null;
            publishSize(last);
        } finally {
            lock.unlockWrite(st);
        }
    }

    /** Removes the item at {@code i} if it is still {@code expected} (identity); returns whether it did. */
    final boolean removeAtIfSame(int i, PyObject expected) {
        long st = lock.writeLock();
        try {
            if (i < size && items[i] == expected) {
                System.arraycopy(items, i + 1, items, i, size - i - 1);
                int last = size - 1;
            items[last] = null;
            publishSize(last);
                return true;
            }
            return false;
        } finally {
            lock.unlockWrite(st);
        }
    }

    /** {@code l.remove(x)}: equality is tested outside the lock, the removal is checked under it. */
    public final void remove(PyObject x) {
        while (true) {
            PyObject[] snap = toArray();
            int found = -1;
            for (int i = 0; i < snap.length; i++) {
                if (Ops.eqBool(snap[i], x)) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                throw Errors.valueError("list.remove(x): x not in list");
            }
            if (removeAtIfSame(found, snap[found])) {
                return;
            }
        }
    }

    public final void clear() {
        long st = lock.writeLock();
        try {
            ITEMS.setRelease(this, EMPTY);
            publishSize(0);
        } finally {
            lock.unlockWrite(st);
        }
    }

    /** Replaces the whole content (slice assignment, sort). */
    public final void setAll(PyObject[] newItems) {
        long st = lock.writeLock();
        try {
            install(newItems, newItems.length);
        } finally {
            lock.unlockWrite(st);
        }
    }

    /**
     * Installs a new array holding {@code n} items (lock held), in the order lock-free readers of
     * {@link #get} need: growing, size first; shrinking, the array first.
     */
    private void install(PyObject[] a, int n) {
        if (n >= size) {
            publishSize(n);
            ITEMS.setRelease(this, a);
        } else {
            ITEMS.setRelease(this, a);
            publishSize(n);
        }
    }

    public final void reverse() {
        long st = lock.writeLock();
        try {
            for (int i = 0, j = size - 1; i < j; i++, j--) {
                PyObject t = items[i];
                items[i] = items[j];
                items[j] = t;
            }
            publishSize(size);
        } finally {
            lock.unlockWrite(st);
        }
    }

    /**
     * {@code l[start:stop:step] = values} (values already materialised), and deletion when
     * {@code values} is null. Indices are those of {@link PySlice#indices} computed under the lock.
     */
    public final void setSlice(PySlice slice, PyObject[] values) {
        long st = lock.writeLock();
        try {
            long[] r = slice.indices(size);
            int start = (int) r[0], stop = (int) r[1], step = (int) r[2], len = (int) r[3];
            if (step == 1) {
                if (stop < start) {
                    stop = start;
                }
                int add = values == null ? 0 : values.length;
                if (add == stop - start && add > 0) {
                    // Same length: each slot goes straight from its old item to its new one, so
                    // lock-free readers see one or the other; no new array.
                    for (int k = 0; k < add; k++) {
                        SLOT.setRelease(items, start + k, values[k]);
                    }
                    publishSize(size);
                    return;
                }
                int newSize = size - (stop - start) + add;
                PyObject[] n = new PyObject[Math.max(newSize, 4)];
                System.arraycopy(items, 0, n, 0, start);
                if (add > 0) {
                    System.arraycopy(values, 0, n, start, add);
                }
                System.arraycopy(items, stop, n, start + add, size - stop);
                install(n, newSize);
                return;
            }
            if (values == null) {
                boolean[] drop = new boolean[size];
                for (int k = 0, i = start; k < len; k++, i += step) {
                    drop[i] = true;
                }
                int w = 0;
                for (int i = 0; i < size; i++) {
                    if (!drop[i]) {
                        items[w++] = items[i];
                    }
                }
                Arrays.fill(items, w, size, null);
                publishSize(w);
                return;
            }
            if (values.length != len) {
                throw Errors.valueError("attempt to assign sequence of size %d to extended slice of size %d",
                        values.length, len);
            }
            for (int k = 0, i = start; k < len; k++, i += step) {
                SLOT.setRelease(items, i, values[k]);
            }
            publishSize(size);
        } finally {
            lock.unlockWrite(st);
        }
    }

    /**
     * {@code l.sort(key, reverse)}, as CPython: the list looks empty while sorting, the sorted
     * items are installed at the end, and a list modified meanwhile raises ValueError.
     */
    public final void sort(PyObject key, boolean reverse) {
        PyObject[] work;
        long st = lock.writeLock();
        try {
            work = Arrays.copyOf(items, size);
            install(SORTING, 0);
        } finally {
            lock.unlockWrite(st);
        }
        RuntimeException failure = null;
        PyObject[] result = work;
        try {
            result = ListSort.sort(work, key, reverse);
        } catch (RuntimeException e) {
            failure = e;
        }
        boolean modified;
        st = lock.writeLock();
        try {
            modified = items != SORTING || size != 0;
            install(result, result.length);
        } finally {
            lock.unlockWrite(st);
        }
        if (failure != null) {
            throw failure;
        }
        if (modified) {
            throw Errors.valueError("list modified during sort");
        }
    }

    /** A distinct empty array installed while sorting, to detect modification. */
    private static final PyObject[] SORTING = new PyObject[0];

    /** Converts a Java list view to a Python list. */
    public static PyList of(PyObject... items) {
        return new PyList(items);
    }

    public static PyList fromIterable(PyObject it) {
        return new PyList(Protocols.toArray(it));
    }

    public final List<PyObject> asJavaList() {
        return new ArrayList<>(Arrays.asList(toArray()));
    }

    /** An instance of a user subclass of list. */
    public static final class Sub extends PyList implements Derived {
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
