package dev.weft.runtime.gen;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyIterator;
import dev.weft.runtime.types.PyNone;

/**
 * {@code anext(aiterator, default)}: awaits {@code aiterator.__anext__()} and finishes with its
 * value, or with {@code default} when the iterator raises StopAsyncIteration.
 */
public final class AnextAwaitable extends PyIterator {
    static final PyType TYPE = new PyType("anext_awaitable", AnextAwaitable.class, PyType.OBJECT,
            AnextAwaitable::define, PyType.IMMUTABLE);

    private final PyObject source;
    private final PyObject dflt;
    private PyObject inner;

    private AnextAwaitable(PyObject source, PyObject dflt) {
        super(TYPE);
        this.source = source;
        this.dflt = dflt;
    }

    public static AnextAwaitable of(PyObject source, PyObject dflt) {
        return new AnextAwaitable(source, dflt);
    }

    private synchronized PyObject step(PyObject sent, PyException thrown) {
        try {
            if (inner == null) {
                inner = Delegation.awaitable(Ops.callMethod(source, "__anext__"), true);
            }
            PyObject r = thrown == null ? Delegation.send(inner, sent) : Delegation.throwInto(inner, thrown);
            if (r == null) {
                throw thrown;
            }
            if (r instanceof Delegation.Done d) {
                throw Errors.stopIteration(d.value == PyNone.NONE ? null : d.value);
            }
            return r;
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.StopAsyncIteration)) {
                throw Errors.stopIteration(dflt);
            }
            throw e;
        }
    }

    @Override
    public PyObject next() {
        try {
            return step(PyNone.NONE, null);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    private static AnextAwaitable a(PyObject o) {
        return (AnextAwaitable) o;
    }

    private static void define(PyType t) {
        t.def0("__await__", self -> self);
        t.def0("__iter__", self -> self);
        t.def0("__next__", self -> a(self).step(PyNone.NONE, null));
        t.def1("send", (self, v) -> a(self).step(v, null));
        t.def3("throw", 1, (self, x, y, z) -> a(self).step(PyNone.NONE, PyGenerator.toThrow(x, y, z)));
        t.def0("close", self -> {
            if (a(self).inner != null) {
                Delegation.closeDelegate(a(self).inner);
            }
            return PyNone.NONE;
        });
    }
}
