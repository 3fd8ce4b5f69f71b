package dev.weft.runtime.core;

import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyNone;

/**
 * The {@code __dict__} and {@code __weakref__} descriptors a class statement adds to the first
 * class of a hierarchy whose instances gain a dict or weak-reference support (CPython's
 * {@code subtype_dict} / {@code subtype_getweakref}).
 */
public final class InstanceAttributes {
    private InstanceAttributes() { }

    /**
     * Whether an object can never carry attributes of its own (not a class instance, not an
     * object with a dict such as a module, function or builtin subclass instance): then nothing
     * can shadow a method of its type. Call sites test it once, at linking, and then compare
     * the receiver's Java class.
     */
    public static boolean attributeless(PyObject o) {
        return !(o instanceof PyInstance) && !(o instanceof HasDict);
    }

    static PyGetSetDescr dictDescriptor(PyType owner) {
        return new PyGetSetDescr(owner, "__dict__", self -> {
            if (self instanceof HasDict h) {
                PyDict d = h.instanceDict();
                if (d != null) {
                    return d;
                }
            }
            throw Errors.noAttribute(self, "__dict__");
        }, (self, value) -> {
            if (value == null) {
                throw Errors.typeError("cannot delete __dict__");
            }
            if (!(value instanceof PyDict d)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", value.type().name());
            }
            ((HasDict) self).setInstanceDict(d);
            return PyNone.NONE;
        });
    }

    /**
     * {@code o.__weakref__}: o's first weak reference, found by the weak-reference module once it
     * is loaded (before that, no object has weak references).
     */
    private static volatile java.util.function.Function<PyObject, PyObject> firstWeakref = o -> PyNone.NONE;

    /** Installed by {@code _weakref}, which keeps the weak references of each object. */
    public static void setWeakrefLookup(java.util.function.Function<PyObject, PyObject> lookup) {
        firstWeakref = lookup;
    }

    static PyGetSetDescr weakrefDescriptor(PyType owner) {
        return new PyGetSetDescr(owner, "__weakref__", self -> firstWeakref.apply(self), null);
    }
}
