package dev.weft.runtime.link;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyStr;

/**
 * A dict lookup of one interned str key that remembers the entry where it last found the key
 * ({@link PyDict#getAtHint}), for sites that read the same name from a module dict again and
 * again. The hint is a racy int, checked against the entry's key on every use.
 */
final class HintedKey {
    private final PyStr key;
    private int hint = -1;

    HintedKey(PyStr key) {
        this.key = key;
    }

    /** {@code d.get(key)}, or null when absent. */
    PyObject get(PyDict d) {
        PyObject v = d.getAtHint(key, hint);
        if (v != null) {
            return v;
        }
        v = d.getItemOrNull(key);
        if (v != null) {
            hint = d.entryHint(key);
        }
        return v;
    }
}
