package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.ops.Protocols;

/**
 * Subscripts with a slice on exact {@code list}, {@code tuple} and {@code str}, called by the
 * subscript protocol without looking up and dispatching {@code __getitem__}/{@code __setitem__}
 * (the same code the methods run, so the results and errors are theirs).
 */
public final class Slicing {
    private Slicing() { }

    /** {@code seq[slice]} for an exact list, tuple or str; null for any other receiver. */
    public static PyObject getSlice(PyObject seq, PySlice s) {
        Class<?> c = seq.getClass();
        if (c == PyList.class) {
            return new PyList(((PyList) seq).slice(s));
        }
        if (c == PyTuple.class) {
            return PyTuple.of(SequenceMethods.slice(((PyTuple) seq).items, s));
        }
        if (c == PyStr.class) {
            return StrMethods.getItem(seq, s);
        }
        return null;
    }

    /** {@code list[slice] = value} (for subclasses too: {@code list.__setitem__} calls it). */
    public static void setSlice(PyList list, PySlice s, PyObject value) {
        list.setSlice(s, value == list ? list.toArray() : assignedItems(value));
    }

    /** CPython's PySequence_Fast(value, "must assign iterable to extended slice"). */
    private static PyObject[] assignedItems(PyObject value) {
        // Exact list and tuple: their items directly (setSlice copies them, never keeps the array).
        Class<?> c = value.getClass();
        if (c == PyList.class) {
            return ((PyList) value).toArray();
        }
        if (c == PyTuple.class) {
            return ((PyTuple) value).items;
        }
        PyObject it;
        try {
            it = Protocols.iter(value);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                throw Errors.typeError("must assign iterable to extended slice");
            }
            throw e;
        }
        return Protocols.toArray(it);
    }
}
