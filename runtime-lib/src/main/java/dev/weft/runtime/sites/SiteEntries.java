package dev.weft.runtime.sites;

import dev.weft.runtime.core.PyType;

/**
 * The entries of a polymorphic inline cache: one per receiver type (at most {@link #MAX}),
 * each valid while its type's {@link PyType#version()} is unchanged. The list is an immutable
 * array published through a volatile field, so a hit only reads. Writes happen on misses
 * only, and a site stops caching after {@link #MAX_MISSES} misses: a megamorphic site, or one
 * whose types keep changing, then takes the slow path without writing, instead of rewriting
 * a cache line that every thread running the same code reads (which made a polymorphic
 * site thrash, and threads slow each other down).
 */
public final class SiteEntries<E extends SiteEntries.Entry> {
    static final int MAX = 4;
    static final int MAX_MISSES = 64;

    /** What every entry holds: the receiver type and its version when the entry was made. */
    public abstract static class Entry {
        final PyType type;
        final int version;

        protected Entry(PyType type, int version) {
            this.type = type;
            this.version = version;
        }
    }

    private static final Entry[] NONE = new Entry[0];

    private volatile Entry[] entries = NONE;
    /** Misses so far (racy: a lost increment only delays giving up). */
    private int misses;

    /** The entry for {@code t} at its current version, or null. */
    @SuppressWarnings("unchecked")
    public E find(PyType t) {
        for (Entry e : entries) {
            if (e.type == t) {
                return e.version == t.version() ? (E) e : null;
            }
        }
        return null;
    }

    /** Counts a miss; false once the site has missed too often to keep caching. */
    public boolean mayAdd() {
        int m = misses;
        if (m >= MAX_MISSES) {
            return false;
        }
        misses = m + 1;
        return true;
    }

    /** Adds {@code e}, replacing an entry for the same type; ignored when the cache is full. */
    public void add(E e) {
        Entry[] old = entries;
        for (int i = 0; i < old.length; i++) {
            if (old[i].type == e.type) {
                Entry[] n = old.clone();
                n[i] = e;
                entries = n;
                return;
            }
        }
        if (old.length < MAX) {
            Entry[] n = java.util.Arrays.copyOf(old, old.length + 1);
            n[old.length] = e;
            entries = n;
        }
    }
}
