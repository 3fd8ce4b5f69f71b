package dev.weft.runtime.link;

import dev.weft.runtime.core.MappingProxy;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.core.TypeMethods;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.imp.Importer;
import dev.weft.runtime.modules.collections.PyDeque;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyByteArray;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyRange;
import dev.weft.runtime.types.PySet;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code match} statement's runtime steps: what {@code match_class}, {@code match_keys},
 * {@code match_shape} and {@code len} compile to (CPython's {@code MATCH_CLASS},
 * {@code MATCH_KEYS}, {@code MATCH_SEQUENCE}/{@code MATCH_MAPPING} and {@code GET_LEN}).
 */
public final class PatternSupport {
    private PatternSupport() { }

    /** The builtins a class pattern's single positional sub-pattern matches as a whole (CPython's {@code _Py_TPFLAGS_MATCH_SELF}). */
    private static final PyType[] MATCH_SELF = {PyBool.TYPE, PyByteArray.TYPE, PyBytes.TYPE, PyDict.TYPE,
        PyFloat.TYPE, PySet.FROZENSET_TYPE, PyInt.TYPE, PyList.TYPE, PySet.TYPE, PyStr.TYPE, PyTuple.TYPE};

    /** {@code len(object)} as an int. */
    public static PyObject len(PyObject object) {
        return PyInt.of(Protocols.lenAsLong(object));
    }

    /**
     * A class pattern: the tuple of the {@code positional} attributes named by
     * {@code cls.__match_args__} followed by the {@code keywords} attributes, or None when the
     * subject is not an instance or lacks one of them.
     */
    public static PyObject matchClass(PyObject subject, PyObject cls, int positional, String[] keywords) {
        if (!(cls instanceof PyType type)) {
            throw Errors.typeError("called match pattern must be a class");
        }
        if (!TypeMethods.isInstance(subject, cls)) {
            return PyNone.NONE;
        }
        Set<String> seen = new HashSet<>();
        List<PyObject> attrs = new ArrayList<>(positional + keywords.length);
        if (positional > 0) {
            PyObject matchArgs = Attr.getAttrOrNull(type, "__match_args__");
            int allowed;
            boolean matchSelf = false;
            if (matchArgs != null) {
                if (!(matchArgs instanceof PyTuple) || matchArgs.type() != PyTuple.TYPE) {
                    throw Errors.typeError("%s.__match_args__ must be a tuple (got %s)", type.name(),
                            matchArgs.type().name());
                }
                allowed = ((PyTuple) matchArgs).size();
            } else {
                matchSelf = matchesSelf(type);
                allowed = matchSelf ? 1 : 0;
            }
            if (allowed < positional) {
                throw Errors.typeError("%s() accepts %d positional sub-pattern%s (%d given)", type.name(), allowed,
                        allowed == 1 ? "" : "s", positional);
            }
            if (matchSelf) {
                attrs.add(subject);
            } else {
                PyTuple names = (PyTuple) matchArgs;
                for (int k = 0; k < positional; k++) {
                    PyObject name = names.get(k);
                    if (name.type() != PyStr.TYPE) {
                        throw Errors.typeError("__match_args__ elements must be strings (got %s)", name.type().name());
                    }
                    PyObject value = attribute(subject, type, name.toString(), seen);
                    if (value == null) {
                        return PyNone.NONE;
                    }
                    attrs.add(value);
                }
            }
        }
        for (String name : keywords) {
            PyObject value = attribute(subject, type, name, seen);
            if (value == null) {
                return PyNone.NONE;
            }
            attrs.add(value);
        }
        return PyTuple.of(attrs.toArray(new PyObject[0]));
    }

    private static boolean matchesSelf(PyType type) {
        for (PyType t : MATCH_SELF) {
            if (type.isSubtypeOf(t)) {
                return true;
            }
        }
        return false;
    }

    private static PyObject attribute(PyObject subject, PyType type, String name, Set<String> seen) {
        if (!seen.add(name)) {
            throw Errors.typeError("%s() got multiple sub-patterns for attribute %s", type.name(),
                    Ops.reprString(PyStr.of(name)));
        }
        return Attr.getAttrOrNull(subject, name);
    }

    /**
     * A mapping pattern's lookups: the tuple of the values of {@code keys} (a tuple) in
     * {@code subject}, through {@code subject.get(key, sentinel)}, or None when one is missing.
     */
    public static PyObject matchKeys(PyObject subject, PyObject keys) {
        PyTuple keyTuple = (PyTuple) keys;
        int n = keyTuple.size();
        if (n == 0) {
            return PyTuple.of();
        }
        PyObject get = Attr.getAttr(subject, "get");
        PySet seen = new PySet();
        PyObject missing = new dev.weft.runtime.core.PyInstance(PyType.OBJECT);
        PyObject[] values = new PyObject[n];
        for (int k = 0; k < n; k++) {
            PyObject key = keyTuple.get(k);
            if (seen.contains(key) || !seen.add(key)) {
                throw Errors.valueError("mapping pattern checks duplicate key (%s)", Ops.reprString(key));
            }
            PyObject value = Calls.call2(get, key, missing);
            if (value == missing) {
                return PyNone.NONE;
            }
            values[k] = value;
        }
        return PyTuple.of(values);
    }

    /** Whether a subject can match a sequence pattern (CPython's {@code Py_TPFLAGS_SEQUENCE}). */
    public static boolean isSequence(PyObject subject) {
        PyType t = subject.type();
        if (t.isSubtypeOf(PyStr.TYPE) || t.isSubtypeOf(PyBytes.TYPE) || t.isSubtypeOf(PyByteArray.TYPE)) {
            return false;
        }
        if (t.isSubtypeOf(PyList.TYPE) || t.isSubtypeOf(PyTuple.TYPE) || t.isSubtypeOf(PyRange.TYPE)
                || t.isSubtypeOf(PyDeque.TYPE)) {
            return true;
        }
        if (t.isSubtypeOf(PyDict.TYPE)) {
            return false;
        }
        return registeredWith(t, "Sequence") || isBuiltinSequenceByName(t);
    }

    /** Whether a subject can match a mapping pattern (CPython's {@code Py_TPFLAGS_MAPPING}). */
    public static boolean isMapping(PyObject subject) {
        PyType t = subject.type();
        if (t.isSubtypeOf(PyDict.TYPE) || t.isSubtypeOf(MappingProxy.TYPE)) {
            return true;
        }
        if (t.isSubtypeOf(PyStr.TYPE) || t.isSubtypeOf(PyBytes.TYPE) || t.isSubtypeOf(PyByteArray.TYPE)
                || t.isSubtypeOf(PyList.TYPE) || t.isSubtypeOf(PyTuple.TYPE)) {
            return false;
        }
        return registeredWith(t, "Mapping");
    }

    /** memoryview and array.array, which live in modules that may not be loaded. */
    private static boolean isBuiltinSequenceByName(PyType t) {
        for (PyType base : t.mro()) {
            String module = base.lookup("__module__") instanceof PyStr s ? s.toString() : "builtins";
            if (!base.isHeapType() && (base.name().equals("memoryview") && module.equals("builtins")
                    || base.name().equals("array") && module.equals("array"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code t} inherits from, or is registered with, {@code collections.abc.<abc>}: the
     * classes CPython gives the flag. Only when collections.abc was imported, since a class can
     * be neither otherwise.
     */
    private static boolean registeredWith(PyType t, String abc) {
        PyObject module = Importer.sysModules().getItemOrNull(PyStr.intern("collections.abc"));
        if (module == null) {
            module = Importer.sysModules().getItemOrNull(PyStr.intern("_collections_abc"));
        }
        if (module == null) {
            return false;
        }
        PyObject cls = Attr.getAttrOrNull(module, abc);
        if (cls == null) {
            return false;
        }
        try {
            return TypeMethods.isSubclass(t, cls);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.Exception)) {
                return false;
            }
            throw e;
        }
    }
}
