package dev.weft.runtime.ops;

import dev.weft.runtime.builtins.BuiltinIterators;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.types.Iterators;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyDictView;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyIterator;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyRange;
import dev.weft.runtime.types.PySet;
import dev.weft.runtime.types.PySlice;
import dev.weft.runtime.types.Slicing;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Container protocols: len, iteration, subscripts, membership, unpacking, __index__. */
public final class Protocols {
    private Protocols() { }

    // ---- len ----

    public static int len(PyObject o) {
        long n = lenAsLong(o);
        if (n > Integer.MAX_VALUE) {
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return (int) n;
    }

    /** {@code len(o)} with CPython's 64-bit Py_ssize_t range (len(range(10**12)) works). */
    public static long lenAsLong(PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyList.class) {
            return ((PyList) o).size();
        }
        if (c == PyStr.class) {
            return ((PyStr) o).length();
        }
        if (c == PyTuple.class) {
            return ((PyTuple) o).size();
        }
        if (c == PyDict.class) {
            return ((PyDict) o).size();
        }
        if (!(o instanceof dev.weft.runtime.core.PyInstance) // a class test first: the interface
                && o instanceof dev.weft.runtime.core.BuiltinSized s // test scans the class's supers on JDK 17
                && !(o instanceof dev.weft.runtime.core.Derived)) {
            return s.size();
        }
        PyObject f = o.type().lookup("__len__");
        if (f == null) {
            throw Errors.typeError("object of type '%s' has no len()", o.type().name());
        }
        PyObject r = Ops.callSlot0(f, o);
        PyInt n = index(r, null);
        if (n.signum() < 0) {
            throw Errors.valueError("__len__() should return >= 0");
        }
        if (!n.fitsLong()) {
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return n.longValue();
    }

    // ---- iteration ----

    public static PyObject iter(PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyList.class) {
            return new Iterators.ListIter((PyList) o);
        }
        if (c == PyTuple.class) {
            return new Iterators.ArrayIter(Iterators.TUPLE_ITER, ((PyTuple) o).toArray());
        }
        if (c == PyRange.class) {
            return ((PyRange) o).iterator();
        }
        if (c == PyDict.class) {
            return new Iterators.DictIter((PyDict) o, Iterators.DictKind.KEYS);
        }
        if (c == PyStr.class) {
            return new Iterators.StrIter((PyStr) o);
        }
        if (c == PySet.class || c == PySet.Frozen.class) {
            return new Iterators.SetIter((PySet) o);
        }
        if (c == PyDictView.class) {
            return ((PyDictView) o).iterator();
        }
        PyType t = o.type();
        if (t == BuiltinIterators.ENUMERATE) {
            return o; // an immutable builtin type: its __iter__ returns self
        }
        PyObject f = t.lookup("__iter__");
        if (f == null) {
            if (t.lookup("__getitem__") != null) {
                return new Iterators.SeqIter(o);
            }
            throw Errors.typeError("'%s' object is not iterable", t.name());
        }
        if (f == dev.weft.runtime.types.PyNone.NONE) {
            throw Errors.typeError("'%s' object is not iterable", t.name());
        }
        PyObject it = Ops.callSlot0(f, o);
        if (!(it instanceof PyIterator) && it.type().lookup("__next__") == null) {
            throw Errors.typeError("iter() returned non-iterator of type '%s'", it.type().name());
        }
        return it;
    }

    /** The next item of an iterator, or null when exhausted (no StopIteration escapes). */
    public static PyObject next(PyObject it) {
        if (it instanceof PyIterator pi) {
            return pi.next();
        }
        PyObject f = it.type().lookup("__next__");
        if (f == null) {
            throw Errors.typeError("'%s' object is not an iterator", it.type().name());
        }
        try {
            return Ops.callSlot0(f, it);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    public static void forEach(PyObject iterable, Consumer<PyObject> action) {
        if (iterable.getClass() == PyList.class) {
            for (PyObject o : ((PyList) iterable).toArray()) {
                action.accept(o);
            }
            return;
        }
        if (iterable.getClass() == PyTuple.class) {
            PyTuple t = (PyTuple) iterable;
            for (int i = 0; i < t.size(); i++) {
                action.accept(t.get(i));
            }
            return;
        }
        PyObject it = iter(iterable);
        for (PyObject o = next(it); o != null; o = next(it)) {
            action.accept(o);
        }
    }

    /** All items of an iterable, read before anything else is done with them. */
    public static PyObject[] toArray(PyObject iterable) {
        Class<?> c = iterable.getClass();
        if (c == PyList.class) {
            return ((PyList) iterable).toArray();
        }
        if (c == PyTuple.class) {
            return ((PyTuple) iterable).toArray();
        }
        if (c == PySet.class || c == PySet.Frozen.class) {
            return ((PySet) iterable).toArray();
        }
        if (c == PyDict.class) {
            return ((PyDict) iterable).snapshot()[0];
        }
        if (c == PyRange.class) {
            PyObject[] items = rangeItems((PyRange) iterable);
            if (items != null) {
                return items;
            }
        }
        List<PyObject> out = new ArrayList<>();
        forEach(iterable, out::add);
        return out.toArray(new PyObject[0]);
    }

    /**
     * The ints of a range whose bounds fit a long, in one loop ({@code list(range(n))} builds
     * millions of them, where the iterator protocol cost several times as much); null for a
     * range too long for an array or with big-int bounds.
     */
    private static PyObject[] rangeItems(PyRange r) {
        if (!r.start.fitsLong() || !r.stop.fitsLong() || !r.step.fitsLong() || !r.length.fitsLong()
                || r.length.longValue() > Integer.MAX_VALUE - 8) {
            return null;
        }
        int n = (int) r.length.longValue();
        long v = r.start.longValue(), step = r.step.longValue();
        PyObject[] items = new PyObject[n];
        for (int k = 0; k < n; k++, v += step) {
            items[k] = PyInt.of(v);
        }
        return items;
    }

    /** {@code a, b, *c = value}: exactly {@code before} + {@code after} items with a starred middle if {@code starred}. */
    public static PyObject[] unpack(PyObject value, int count) {
        if (value.getClass() == PyTuple.class && ((PyTuple) value).size() == count) {
            return ((PyTuple) value).toArray();
        }
        if (value.getClass() == PyList.class) {
            // One consistent snapshot; a list of the wrong length takes the iterating path for its error.
            PyObject[] items = ((PyList) value).toArray();
            if (items.length == count) {
                return items;
            }
        }
        PyObject it;
        try {
            it = iter(value);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError) && value.type().lookup("__iter__") == null
                    && value.type().lookup("__getitem__") == null) {
                throw Errors.typeError("cannot unpack non-iterable %s object", value.type().name());
            }
            throw e;
        }
        PyObject[] out = new PyObject[count];
        for (int i = 0; i < count; i++) {
            PyObject o = next(it);
            if (o == null) {
                throw Errors.valueError("not enough values to unpack (expected %d, got %d)", count, i);
            }
            out[i] = o;
        }
        if (next(it) != null) {
            throw Errors.valueError("too many values to unpack (expected %d)", count);
        }
        return out;
    }

    /** Starred unpacking: returns before items, a list of the middle, then after items. */
    public static PyObject[] unpackStarred(PyObject value, int before, int after) {
        PyObject[] all = toArray(value);
        if (all.length < before + after) {
            throw Errors.valueError("not enough values to unpack (expected at least %d, got %d)", before + after,
                    all.length);
        }
        PyObject[] out = new PyObject[before + after + 1];
        System.arraycopy(all, 0, out, 0, before);
        PyObject[] mid = new PyObject[all.length - before - after];
        System.arraycopy(all, before, mid, 0, mid.length);
        out[before] = new PyList(mid);
        System.arraycopy(all, all.length - after, out, before + 1, after);
        return out;
    }

    // ---- subscripts ----

    public static PyObject getItem(PyObject o, PyObject key) {
        Class<?> c = o.getClass();
        if (c == PyList.class && key.getClass() == PyInt.class && ((PyInt) key).fitsLong()) {
            return ((PyList) o).get(((PyInt) key).longValue());
        }
        if (c == PyDict.class) {
            return ((PyDict) o).getItem(key);
        }
        if (c == PyTuple.class && key.getClass() == PyInt.class && ((PyInt) key).fitsLong()) {
            PyTuple t = (PyTuple) o;
            long i = ((PyInt) key).longValue();
            if (i < 0) {
                i += t.size();
            }
            if (i < 0 || i >= t.size()) {
                throw Errors.indexError("tuple index out of range");
            }
            return t.get((int) i);
        }
        if (c == PyStr.class && key.getClass() == PyInt.class && ((PyInt) key).fitsLong()) {
            PyStr str = (PyStr) o;
            long i = ((PyInt) key).longValue();
            int n = str.length();
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Errors.indexError("string index out of range");
            }
            return str.charAt((int) i);
        }
        if (key.getClass() == PySlice.class) {
            PyObject r = Slicing.getSlice(o, (PySlice) key);
            if (r != null) {
                return r;
            }
        }
        PyType t = o.type();
        PyObject f = t.lookup("__getitem__");
        if (f != null) {
            return Ops.callSlot(f, o, key);
        }
        if (o instanceof PyType cls) {
            if (cls == PyType.TYPE) {
                return new dev.weft.runtime.types.PyGenericAlias(cls, key); // type[int], as CPython special-cases
            }
            PyObject cg = Attr.typeGetAttrOrNull(cls, "__class_getitem__");
            if (cg != null) {
                return Calls.call1(cg, key);
            }
            throw Errors.typeError("type '%s' is not subscriptable", cls.name());
        }
        throw Errors.typeError("'%s' object is not subscriptable", t.name());
    }

    public static void setItem(PyObject o, PyObject key, PyObject value) {
        Class<?> c = o.getClass();
        if (c == PyDict.class) {
            ((PyDict) o).setItem(key, value);
            return;
        }
        if (c == PyList.class && key.getClass() == PyInt.class && ((PyInt) key).fitsLong()) {
            ((PyList) o).set(((PyInt) key).longValue(), value);
            return;
        }
        if (c == PyList.class && key.getClass() == PySlice.class) {
            Slicing.setSlice((PyList) o, (PySlice) key, value);
            return;
        }
        PyObject f = o.type().lookup("__setitem__");
        if (f == null) {
            throw Errors.typeError("'%s' object does not support item assignment", o.type().name());
        }
        Calls.callWithSelf(f, o, new PyObject[] {key, value}, null);
    }

    public static void delItem(PyObject o, PyObject key) {
        PyObject f = o.type().lookup("__delitem__");
        if (f == null) {
            throw Errors.typeError("'%s' object doesn't support item deletion", o.type().name());
        }
        Ops.callSlot(f, o, key);
    }

    /** {@code o[start:stop:step]} (missing parts null). */
    public static PyObject getSlice(PyObject o, PyObject start, PyObject stop, PyObject step) {
        return getItem(o, new PySlice(start, stop, step));
    }

    // ---- membership ----

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public static boolean contains(PyObject container, PyObject item) {
        Class<?> c = container.getClass();
        if (c == PyDict.class) {
            return ((PyDict) container).containsKey(item);
        }
        if (c == PySet.class || c == PySet.Frozen.class) {
            return ((PySet) container).contains(item);
        }
        if (c == PyStr.class && item.getClass() == PyStr.class && ((PyStr) item).value().length() == 1) {
            char ch = ((PyStr) item).value().charAt(0);
            if (!Character.isSurrogate(ch)) {
                return ((PyStr) container).value().indexOf(ch) >= 0; // a 1-char needle: one char search
            }
        }
        if (c == PyStr.class && item.getClass() == PyStr.class && !hasSurrogate(((PyStr) item).value())) {
            // a needle without surrogates cannot match half of a surrogate pair: char search is exact
            return ((PyStr) container).value().contains(((PyStr) item).value());
        }
        PyObject f = container.type().lookup("__contains__");
        if (f != null) {
            return Ops.isTrue(Ops.callSlot(f, container, item));
        }
        PyObject it;
        try {
            it = iter(container);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                throw Errors.typeError("argument of type '%s' is not iterable", container.type().name());
            }
            throw e;
        }
        for (PyObject o = next(it); o != null; o = next(it)) {
            if (Ops.eqBool(o, item)) {
                return true;
            }
        }
        return false;
    }

    public static PyObject in(PyObject item, PyObject container) {
        return PyBool.of(contains(container, item));
    }

    // ---- numbers as indices ----

    /**
     * {@code operator.index(o)}: o itself if an int, else {@code __index__}. {@code message}
     * is the TypeError text for objects without it (null for CPython's default).
     */
    public static PyInt index(PyObject o, String message) {
        if (o instanceof PyInt i) {
            return i;
        }
        PyObject f = o.type().lookup("__index__");
        if (f == null) {
            throw Errors.typeError("%s", message != null ? message
                    : "'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        PyObject r = Ops.callSlot0(f, o);
        if (!(r instanceof PyInt ri)) {
            throw Errors.typeError("__index__ returned non-int (type %s)", r.type().name());
        }
        return ri;
    }

    /** An index as a Java long (clamped for huge values), for sequence subscripts. */
    public static long indexValue(PyObject o, String typeName) {
        PyInt i = index(o, typeName + " indices must be integers or slices, not " + o.type().name());
        if (!i.fitsLong()) {
            throw Errors.make(ExceptionTypes.IndexError, "cannot fit 'int' into an index-sized integer");
        }
        return i.longValue();
    }

    public static boolean isCallable(PyObject o) {
        return o instanceof dev.weft.runtime.call.PyFunction || o instanceof PyType
                || o instanceof dev.weft.runtime.call.PyBuiltinFunction || o instanceof dev.weft.runtime.call.PyMethod
                || o.type().lookup("__call__") != null;
    }

    public static boolean isSequence(PyObject o) {
        if (o instanceof PyDict) {
            return false;
        }
        return o.type().lookup("__getitem__") != null;
    }
}
