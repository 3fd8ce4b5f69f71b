package dev.weft.runtime.link;

import dev.weft.runtime.builtins.BuiltinsModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.PyBaseException;
import dev.weft.runtime.exc.Traceback;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySet;
import dev.weft.runtime.types.PySlice;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/**
 * Displays, f-strings, unpacking, iteration and {@code with}: the value-building instructions
 * of the IR that are not dispatched through a call site.
 */
public final class Values {
    private Values() { }

    public static PyObject tuple(PyObject[] items) {
        return PyTuple.of(items);
    }

    public static PyObject list(PyObject[] items) {
        return new PyList(items);
    }

    public static PyObject set(PyObject[] items) {
        PySet s = new PySet();
        for (PyObject o : items) {
            s.add(o);
        }
        return s;
    }

    /** A dict from alternating keys and values. */
    public static PyObject dict(PyObject[] keysAndValues) {
        PyDict d = new PyDict();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            d.setItem(keysAndValues[i], keysAndValues[i + 1]);
        }
        return d;
    }

    public static PyObject slice(PyObject lower, PyObject upper, PyObject step) {
        return new PySlice(lower, upper, step);
    }

    public static void listAppend(PyObject list, PyObject value) {
        ((PyList) list).append(value);
    }

    public static void listExtend(PyObject list, PyObject iterable) {
        ((PyList) list).extend(iterable);
    }

    public static void setAdd(PyObject set, PyObject value) {
        ((PySet) set).add(value);
    }

    public static void setUpdate(PyObject set, PyObject iterable) {
        Ops.callMethod(set, "update", iterable);
    }

    public static void dictUpdate(PyObject dict, PyObject other) {
        if (other.type().lookup("keys") == null) {
            throw Errors.typeError("'%s' object is not a mapping", other.type().name());
        }
        Ops.callMethod(dict, "update", other);
    }

    /** {@code {**m}}-style merge for calls whose callee is not known: keys must be strings and must not repeat. */
    public static void dictMerge(PyObject dict, PyObject other) {
        callKeywordsMerge(dict, other, null);
    }

    /**
     * {@code f(**m)} and {@code f(k=v)} after a {@code **}: merges into the call's keyword dict;
     * CPython's errors name the function ({@code __main__.f() got multiple values ...}).
     */
    public static void callKeywordsMerge(PyObject dict, PyObject other, PyObject callee) {
        String fn = callee == null ? "" : functionStr(callee) + " ";
        if (other.type().lookup("keys") == null) {
            throw Errors.typeError("%sargument after ** must be a mapping, not %s", fn, other.type().name());
        }
        PyDict target = (PyDict) dict;
        PyObject keys = Ops.callMethod(other, "keys");
        for (PyObject k : Protocols.toArray(keys)) {
            if (!(k instanceof PyStr s)) {
                throw Errors.typeError("keywords must be strings");
            }
            if (target.containsKey(k)) {
                throw Errors.typeError("%sgot multiple values for keyword argument '%s'", fn, s.value());
            }
            target.setItem(k, Protocols.getItem(other, k));
        }
    }

    /** CPython's {@code _PyObject_FunctionStr}: {@code module.qualname()}, without the module for builtins. */
    static String functionStr(PyObject f) {
        PyObject qualname = dev.weft.runtime.ops.Attr.getAttrOrNull(f, "__qualname__");
        if (!(qualname instanceof PyStr q)) {
            return Ops.strString(f);
        }
        PyObject module = dev.weft.runtime.ops.Attr.getAttrOrNull(f, "__module__");
        if (module instanceof PyStr m && !m.value().equals("builtins")) {
            return m.value() + "." + q.value() + "()";
        }
        return q.value() + "()";
    }

    /** An f-string field: the conversion ({@code -1}, {@code 's'}, {@code 'r'}, {@code 'a'}) then {@code format}. */
    public static PyObject formatValue(PyObject value, PyObject spec, int conversion) {
        PyObject v = value;
        switch (conversion) {
            case 's': v = Ops.str(value); break;
            case 'r': v = Ops.repr(value); break;
            case 'a': v = BuiltinsModule.lookup("ascii").call(new PyObject[] {value}, null); break;
            default: break;
        }
        if (v.getClass() == PyStr.class && spec instanceof PyStr s && s.value().isEmpty()) {
            return v;
        }
        return Ops.format(v, spec);
    }

    public static PyObject buildString(PyObject[] parts) {
        StringBuilder sb = new StringBuilder();
        for (PyObject p : parts) {
            sb.append(((PyStr) p).value());
        }
        return PyStr.of(sb.toString());
    }

    /**
     * {@code a, b = v} ({@code starIndex < 0}) or {@code a, *b, c = v}. The caller only reads
     * the array (generated code stores its items into the targets), so an exact tuple of the
     * right length gives its own items, uncopied (a tuple never changes).
     */
    public static PyObject[] unpack(PyObject value, int count, int starIndex) {
        if (value.getClass() == PyTuple.class && starIndex < 0) {
            PyObject[] items = ((PyTuple) value).itemsForReading();
            if (items.length == count) {
                return items;
            }
        }
        if (starIndex < 0) {
            return Protocols.unpack(value, count);
        }
        return Protocols.unpackStarred(value, starIndex, count - starIndex - 1);
    }

    public static PyObject iter(PyObject o) {
        return Protocols.iter(o);
    }

    public static PyObject aiter(PyObject o) {
        return BuiltinsModule.lookup("aiter").call(new PyObject[] {o}, null);
    }

    /** The next item, or null when the iterator is exhausted. */
    public static PyObject next(PyObject it) {
        return Protocols.next(it);
    }

    public static PyObject callEx(PyObject f, PyObject positional, PyObject keywords) {
        return Calls.callEx(f, positional, keywords == PyNone.NONE ? null : keywords);
    }

    public static PyObject is(PyObject a, PyObject b) {
        return PyBool.of(a == b);
    }

    public static PyObject isNot(PyObject a, PyObject b) {
        return PyBool.of(a != b);
    }

    public static PyObject in(PyObject item, PyObject container) {
        return PyBool.of(Protocols.contains(container, item));
    }

    public static PyObject notIn(PyObject item, PyObject container) {
        return PyBool.of(!Protocols.contains(container, item));
    }

    public static boolean isTrue(PyObject o) {
        return o == PyBool.TRUE || o != PyBool.FALSE && o != PyNone.NONE && Ops.isTrue(o);
    }

    /**
     * {@code with m}: looks up {@code __enter__} and {@code __exit__} (or the async pair) on the
     * type, then calls enter. Returns {bound exit, what enter returned}.
     */
    public static PyObject[] contextEnter(PyObject manager, boolean isAsync) {
        PyType t = manager.type();
        String enterName = isAsync ? "__aenter__" : "__enter__";
        String exitName = isAsync ? "__aexit__" : "__exit__";
        PyObject enter = t.lookup(enterName);
        if (enter == null) {
            throw Errors.typeError("'%s' object does not support the %scontext manager protocol", t.name(),
                    isAsync ? "asynchronous " : "");
        }
        PyObject exit = t.lookup(exitName);
        if (exit == null) {
            throw Errors.typeError("'%s' object does not support the %scontext manager protocol (missed %s method)",
                    t.name(), isAsync ? "asynchronous " : "", exitName);
        }
        PyObject boundExit = dev.weft.runtime.ops.Attr.bindDescriptor(exit, manager, t);
        PyObject value = Calls.callWithSelf(enter, manager, new PyObject[0], null);
        return new PyObject[] {boundExit, value};
    }

    /** Calls a bound exit method with (None, None, None) or the exception's type, value and traceback. */
    public static PyObject contextExit(PyObject exit, PyObject exception) {
        if (exception == PyNone.NONE) {
            return exit.call(new PyObject[] {PyNone.NONE, PyNone.NONE, PyNone.NONE}, null);
        }
        PyObject tb = exception instanceof PyBaseException e ? Traceback.of(e) : PyNone.NONE;
        return exit.call(new PyObject[] {exception.type(), exception, tb}, null);
    }
}
