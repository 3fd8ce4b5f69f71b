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
        Object v;
        synchronized (this) {
            if (!it.hasNext()) {
                return null;
            }
            v = it.next();
        }
        return JavaInterop.fromJava(v);
    }
}
