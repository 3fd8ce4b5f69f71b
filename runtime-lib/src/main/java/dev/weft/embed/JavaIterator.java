package dev.weft.embed;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.types.PyIterator;

import java.util.Iterator;

/** A Python iterator over a Java {@link Iterator} (what {@code for x in javaCollection} uses). */
final class JavaIterator extends PyIterator {
    static final PyType TYPE = PyIterator.newType("java_iterator");

    private final Iterator<?> it;

    JavaIterator(Iterator<?> it) {
        super(TYPE);
        this.it = it;
    }

    @Override
    public PyObject next() {
        // A Java failure (e.g. ConcurrentModificationException) surfaces as a Python exception.
        Object[] v = JavaInterop.call(() -> {
            synchronized (this) {
                return it.hasNext() ? new Object[] {it.next()} : null;
            }
        });
        return v == null ? null : JavaInterop.fromJava(v[0]);
    }
}
