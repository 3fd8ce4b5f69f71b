package dev.weft.runtime.core;

import dev.weft.runtime.types.PyStr;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The attribute names of an instance whose attributes are stored inline (a hidden class):
 * names in insertion order, the value of name {@code i} in slot {@code i + 1} of the
 * instance's attribute array ({@link PyInstance}). Shapes are immutable and shared: instances
 * that gain the same names in the same order share one shape, so an attribute site that
 * remembers (shape, index) reads a value with one identity check. Thread-safe.
 */
public final class Shape {
    /** Beyond this many attributes (or transitions from one shape) an instance keeps a dict. */
    static final int MAX_ATTRS = 48;
    private static final int MAX_TRANSITIONS = 64;

    /** A new root: each class has its own, so instances of different classes do not share transitions. */
    static Shape newRoot() {
        return new Shape(new PyStr[0]);
    }

    private record Transition(PyStr key, Shape next) { }

    /** Interned names. */
    private final PyStr[] keys;
    private final ConcurrentHashMap<String, Shape> transitions = new ConcurrentHashMap<>();
    /** The last transition taken (most shapes have one successor): saves the map lookup. */
    private volatile Transition last;

    private Shape(PyStr[] keys) {
        this.keys = keys;
    }

    public int size() {
        return keys.length;
    }

    public PyStr key(int i) {
        return keys[i];
    }

    /**
     * Index of {@code key}, or -1. {@code key} must be interned ({@link PyStr#intern}), as
     * attribute names from sites and {@code getattr} are: keys are compared by identity.
     */
    public int indexOf(PyStr key) {
        PyStr[] ks = keys;
        for (int i = 0; i < ks.length; i++) {
            if (ks[i] == key) {
                return i;
            }
        }
        return -1;
    }

    /** Index of a key equal to {@code key} (interned or not), or -1. */
    int indexOfEqual(PyStr key) {
        String v = key.value();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].value().equals(v)) {
                return i;
            }
        }
        return -1;
    }

    /** This shape plus {@code key} at the end, or null when instances should fall back to a dict. */
    Shape with(PyStr key) {
        Transition t = last;
        if (t != null && t.key == key) {
            return t.next;
        }
        if (keys.length >= MAX_ATTRS) {
            return null;
        }
        String name = key.value();
        Shape next = transitions.get(name);
        if (next == null) {
            if (transitions.size() >= MAX_TRANSITIONS) {
                return null;
            }
            PyStr[] ks = java.util.Arrays.copyOf(keys, keys.length + 1);
            ks[keys.length] = PyStr.intern(name);
            next = transitions.computeIfAbsent(name, k -> new Shape(ks));
        }
        last = new Transition(key, next);
        return next;
    }
}
