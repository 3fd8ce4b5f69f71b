package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;

/**
 * Base of the runtime's iterators. {@link #next()} returns null when exhausted instead of
 * raising StopIteration; {@code __next__} raises it for Python callers.
 */
public abstract class PyIterator extends PyObject {
    private final PyType type;

    protected PyIterator(PyType type) {
        this.type = type;
    }

    @Override
    public final PyType type() {
        return type;
    }

    /** The next item, or null when exhausted. */
    public abstract PyObject next();

    /**
     * After {@link #next()} returned null: the value the StopIteration raised for Python
     * callers carries (a generator's return value), or null for none.
     */
    public PyObject stopValue() {
        return null;
    }

    /** A builtin iterator type named {@code name}. */
    public static PyType newType(String name) {
        return new PyType(name, PyIterator.class, PyType.OBJECT, PyIterator::defineIterator, PyType.IMMUTABLE);
    }

    static void defineIterator(PyType t) {
        t.def0("__iter__", self -> self);
        t.def0("__next__", self -> {
            PyObject r = ((PyIterator) self).next();
            if (r == null) {
                throw Errors.stopIteration(null);
            }
            return r;
        });
        t.def0("__length_hint__", self -> self instanceof Sized s ? PyInt.of(s.remaining()) : PySingleton.NOT_IMPLEMENTED);
    }

    /** Iterators that know how many items remain. */
    public interface Sized {
        long remaining();
    }
}
