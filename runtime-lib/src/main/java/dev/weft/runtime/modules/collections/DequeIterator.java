package dev.weft.runtime.modules.collections;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyIterator;

/**
 * {@code _deque_iterator} and {@code _deque_reverse_iterator}: raise RuntimeError once the
 * deque changed structurally since the iterator was made, as CPython's.
 */
final class DequeIterator extends PyIterator {
    static final PyType FORWARD = iteratorType("_deque_iterator");
    static final PyType REVERSE = iteratorType("_deque_reverse_iterator");

    private static PyType iteratorType(String name) {
        return ModuleDefs.type("collections", name, DequeIterator.class, PyType.OBJECT, t -> {
            t.def0("__iter__", self -> self);
            t.def0("__next__", self -> {
                PyObject r = ((DequeIterator) self).next();
                if (r == null) {
                    throw Errors.stopIteration(null);
                }
                return r;
            });
            t.def0("__length_hint__", self -> PyInt.of(((DequeIterator) self).counter));
        }, PyType.IMMUTABLE);
    }

    private final PyDeque deque;
    private final long state;
    private final boolean reverse;
    private int index;
    private volatile int counter;

    DequeIterator(PyDeque deque, boolean reverse) {
        super(reverse ? REVERSE : FORWARD);
        PyDeque.Snapshot s = deque.snapshot();
        this.deque = deque;
        this.state = s.state();
        this.reverse = reverse;
        this.counter = s.items().length;
        this.index = reverse ? counter - 1 : 0;
    }

    @Override
    public synchronized PyObject next() {
        PyObject r = deque.getIfState(index, state);
        if (r == PyDeque.MUTATED) {
            counter = 0;
            throw Errors.runtimeError("deque mutated during iteration");
        }
        if (counter == 0 || r == null) {
            return null;
        }
        index += reverse ? -1 : 1;
        counter--;
        return r;
    }
}
