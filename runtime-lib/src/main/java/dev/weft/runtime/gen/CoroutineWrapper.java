package dev.weft.runtime.gen;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.types.PyIterator;
import dev.weft.runtime.types.PyNone;

/** What {@code coroutine.__await__()} returns: an iterator driving the coroutine. */
final class CoroutineWrapper extends PyIterator {
    static final PyType TYPE = new PyType("coroutine_wrapper", CoroutineWrapper.class, PyType.OBJECT, t -> {
        t.def0("__iter__", self -> self);
        t.def0("__next__", self -> ((CoroutineWrapper) self).coro.send(PyNone.NONE));
        t.def1("send", (self, v) -> ((CoroutineWrapper) self).coro.send(v));
        t.def3("throw", 1, (self, a, b, c) -> ((CoroutineWrapper) self).coro.throwIn(PyGenerator.toThrow(a, b, c)));
        t.def0("close", self -> {
            ((CoroutineWrapper) self).coro.close();
            return PyNone.NONE;
        });
    }, PyType.IMMUTABLE);

    final PyGenerator coro;

    CoroutineWrapper(PyGenerator coro) {
        super(TYPE);
        this.coro = coro;
    }

    @Override
    public PyObject next() {
        return coro.next();
    }
}
