package dev.weft.runtime.link;

import dev.weft.runtime.builtins.BuiltinsModule;
import dev.weft.runtime.call.PyCell;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyStr;

/**
 * Variables that do not live in JVM locals: module globals, class-body (NAME) namespaces and
 * class free variables. Names arrive as interned {@link PyStr} constants, whose hash is cached
 * and compared by identity first, so a global access costs one optimistic dict probe and no
 * string hashing.
 */
public final class Names {
    private Names() { }

    private static final PyDict BUILTINS = BuiltinsModule.module().instanceDict();

    public static PyObject loadGlobal(PyDict globals, PyStr name) {
        PyObject v = globals.getItemOrNull(name);
        if (v == null) {
            v = BUILTINS.getItemOrNull(name);
            if (v == null) {
                throw Errors.undefinedName(name.value());
            }
            if (v == GLOBALS_BUILTIN) {
                return globalsFunction(globals);
            }
        }
        return v;
    }

    private static final PyObject GLOBALS_BUILTIN = BUILTINS.getItemOrNull(PyStr.intern("globals"));

    /** Whether the builtin value {@code v} must be bound to the loading module (see {@link #globalsFunction}). */
    static boolean needsCallerGlobals(PyObject v) {
        return v == GLOBALS_BUILTIN;
    }

    /**
     * The builtin {@code globals} needs the calling module: loading the name from compiled code
     * gives a function bound to that module's dict.
     */
    private static PyObject globalsFunction(PyDict globals) {
        return new dev.weft.runtime.call.PyBuiltinFunction("globals", 0, 0,
                (dev.weft.runtime.call.Fn.F0) self -> globals);
    }

    public static void storeGlobal(PyDict globals, PyStr name, PyObject value) {
        globals.setItem(name, value);
    }

    public static void deleteGlobal(PyDict globals, PyStr name) {
        if (globals.removeOrNull(name) == null) {
            throw Errors.undefinedName(name.value());
        }
    }

    /** A NAME read in a class body: the namespace, then globals, then builtins. */
    public static PyObject loadName(PyObject namespace, PyDict globals, PyStr name) {
        PyObject v = lookupNamespace(namespace, name);
        return v != null ? v : loadGlobal(globals, name);
    }

    public static void storeName(PyObject namespace, PyStr name, PyObject value) {
        if (namespace instanceof PyDict d && namespace.getClass() == PyDict.class) {
            d.setItem(name, value);
        } else {
            Protocols.setItem(namespace, name, value);
        }
    }

    public static void deleteName(PyObject namespace, PyStr name) {
        if (namespace instanceof PyDict d && namespace.getClass() == PyDict.class) {
            if (d.removeOrNull(name) == null) {
                throw Errors.undefinedName(name.value());
            }
            return;
        }
        try {
            Protocols.delItem(namespace, name);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.KeyError)) {
                throw Errors.undefinedName(name.value());
            }
            throw e;
        }
    }

    /** A free variable read in a class body: the class namespace first, then the cell. */
    public static PyObject loadClassFree(PyObject namespace, PyCell cell, PyStr name) {
        PyObject v = lookupNamespace(namespace, name);
        return v != null ? v : cell.getFree(name.value());
    }

    private static PyObject lookupNamespace(PyObject namespace, PyStr name) {
        if (namespace instanceof PyDict d && namespace.getClass() == PyDict.class) {
            return d.getItemOrNull(name);
        }
        try {
            return Protocols.getItem(namespace, name);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    /** The exception for reading (or deleting) an unbound local variable. */
    public static PyException unboundLocal(String name) {
        return Errors.unboundLocal(name);
    }

    /** The exception for reading an empty cell of a free variable. */
    public static PyException unboundFree(String name) {
        return Errors.nameError(name,
                "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name);
    }
}
