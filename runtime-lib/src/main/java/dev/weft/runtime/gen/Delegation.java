package dev.weft.runtime.gen;

import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.exc.PyStopIteration;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyIterator;
import dev.weft.runtime.types.PyNone;

/**
 * The {@code get_awaitable}/{@code send} steps of {@code yield from} and {@code await} for
 * generated code, and forwarding of {@code throw()}/{@code close()} to the delegate.
 */
public final class Delegation {
    private Delegation() { }

    /** The result of {@link #send} when the sub-iterator returned: never visible to Python. */
    public static final class Done extends PyObject {
        public final PyObject value;

        Done(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return PyType.OBJECT;
        }
    }

    /** {@code get_awaitable obj await=false|true}. */
    public static PyObject awaitable(PyObject obj, boolean await) {
        if (!await) {
            if (obj instanceof PyGenerator) {
                return obj;
            }
            return Protocols.iter(obj);
        }
        if (obj instanceof PyGenerator g) {
            if (g.isCoroutine() || g.isIterableCoroutine()) {
                if (g.isClosed()) {
                    throw Errors.runtimeError("cannot reuse already awaited coroutine");
                }
                return g;
            }
            throw Errors.typeError("object generator can't be used in 'await' expression");
        }
        PyObject f = obj.type().lookup("__await__");
        if (f == null) {
            throw Errors.typeError("'%s' object can't be awaited", obj.type().name());
        }
        PyObject it = Calls.callWithSelf(f, obj, new PyObject[0], null);
        if (it instanceof PyGenerator g && g.isCoroutine()) {
            throw Errors.typeError("__await__() returned a coroutine");
        }
        if (it.type().lookup("__next__") == null) {
            throw Errors.typeError("__await__() returned non-iterator of type '%s'", it.type().name());
        }
        return it;
    }

    /** One step of {@code yield from}: the value the sub-iterator yielded, or a {@link Done} with its return value. */
    public static PyObject send(PyObject it, PyObject value) {
        if (it instanceof PyGenerator g) {
            PyObject r = g.step(value, null);
            return r != null ? r : new Done(g.takeResult());
        }
        try {
            if (it instanceof AsyncGenStep step) {
                return step.advance(value, null); // finishes with StopIteration(the yielded value)
            }
            if (it instanceof AnextAwaitable a) {
                return Attr.getAttr(a, "send").call(new PyObject[] {value}, null);
            }
            if (value == PyNone.NONE) {
                if (it instanceof PyIterator pi) {
                    PyObject r = pi.next();
                    return r != null ? r : new Done(PyNone.NONE);
                }
                PyObject f = it.type().lookup("__next__");
                if (f == null) {
                    throw Errors.typeError("'%s' object is not an iterator", it.type().name());
                }
                return Calls.callWithSelf(f, it, new PyObject[0], null);
            }
            PyObject send = Attr.getAttr(it, "send");
            return send.call(new PyObject[] {value}, null);
        } catch (PyException e) {
            return doneOrRethrow(e);
        }
    }

    /**
     * {@code throw()} forwarded to a {@code yield from} delegate: what it yields, a {@link Done}
     * when it returns, or null when it has no {@code throw} method (raise at the yield).
     */
    public static PyObject throwInto(PyObject delegate, PyException exc) {
        try {
            if (delegate instanceof PyGenerator g) {
                PyObject r = g.step(PyNone.NONE, exc);
                return r != null ? r : new Done(g.takeResult());
            }
            PyObject m = Attr.getAttrOrNull(delegate, "throw");
            if (m == null) {
                return null;
            }
            return m.call(new PyObject[] {exc.value}, null);
        } catch (PyException e) {
            return doneOrRethrow(e);
        }
    }

    /** {@code close()} forwarded to a {@code yield from} delegate before GeneratorExit is raised at the yield. */
    public static void closeDelegate(PyObject delegate) {
        if (delegate instanceof PyGenerator g) {
            g.close();
            return;
        }
        PyObject m = Attr.getAttrOrNull(delegate, "close");
        if (m != null) {
            m.call(new PyObject[0], null);
        }
    }

    private static PyObject doneOrRethrow(PyException e) {
        if (e.matches(ExceptionTypes.StopIteration)) {
            PyObject v = e.value instanceof PyStopIteration s ? s.value() : null;
            return new Done(v == null ? PyNone.NONE : v);
        }
        throw e;
    }
}
