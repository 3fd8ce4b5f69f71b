package dev.weft.runtime.gen;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyNone;

/**
 * What {@code anext(iterator, default)} returns (CPython's {@code anext_awaitable}): awaiting it
 * awaits {@code iterator.__anext__()}, and its end (StopAsyncIteration) becomes the default as
 * the awaitable's result. Used by one awaiting coroutine at a time, as CPython's.
 */
public final class AnextAwaitable extends PyObject {
    static final PyType TYPE = new PyType("anext_awaitable", AnextAwaitable.class, PyType.OBJECT,
            AnextAwaitable::define, PyType.IMMUTABLE);

    private final PyObject iterator;
    private final PyObject defaultValue;
    private PyObject inner;

    public AnextAwaitable(PyObject iterator, PyObject defaultValue) {
        this.iterator = iterator;
        this.defaultValue = defaultValue;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject inner() {
        if (inner == null) {
            inner = Delegation.awaitable(Ops.callMethod(iterator, "__anext__"), true);
        }
        return inner;
    }

    /** Runs {@code step} on the awaited iterator, turning its StopAsyncIteration into StopIteration(default). */
    private PyObject forward(java.util.function.Supplier<PyObject> step) {
        try {
            return step.get();
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.StopAsyncIteration)) {
                throw Errors.stopIteration(defaultValue);
            }
            throw e;
        }
    }

    private static AnextAwaitable a(PyObject o) {
        return (AnextAwaitable) o;
    }

    static void define(PyType t) {
        t.def0("__await__", self -> self);
        t.def0("__iter__", self -> self);
        t.def0("__next__", self -> a(self).forward(() -> Ops.callMethod(a(self).inner(), "__next__")));
        t.def1("send", (self, v) -> a(self).forward(() -> v == PyNone.NONE
                ? Ops.callMethod(a(self).inner(), "__next__") : Ops.callMethod(a(self).inner(), "send", v)));
        t.def3("throw", 1, (self, x, y, z) -> a(self).forward(() -> {
            PyObject m = Attr.getAttr(a(self).inner(), "throw");
            return y == null ? Calls.call1(m, x) : z == null ? Calls.call2(m, x, y) : Calls.call3(m, x, y, z);
        }));
        t.def0("close", self -> {
            PyObject in = a(self).inner;
            PyObject m = in == null ? null : Attr.getAttrOrNull(in, "close");
            return m == null ? PyNone.NONE : Calls.call0(m);
        });
    }
}
