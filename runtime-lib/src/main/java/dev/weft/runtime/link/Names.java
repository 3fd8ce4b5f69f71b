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
            v = loadBuiltin(globals, null, name, false);
        }
        return v;
    }

    /**
     * A global read in code compiled at run time (exec/eval): as {@link #loadGlobal}, but the
     * builtins are those of the globals' {@code __builtins__} entry, as in CPython (so
     * {@code eval(s, {"__builtins__": {}})} has no builtins).
     */
    public static PyObject loadGlobalInExec(PyDict globals, PyStr name) {
        PyObject v = globals.getItemOrNull(name);
        if (v == null) {
            v = loadBuiltin(globals, null, name, true);
        }
        return v;
    }

    private static final PyStr BUILTINS_KEY = PyStr.intern("__builtins__");

    /** Whether the builtin value {@code v} must be bound to the loading code's namespaces (see {@link #loadBuiltin}). */
    static boolean needsCallerGlobals(PyObject v) {
        return v instanceof dev.weft.runtime.call.PyBuiltinFunction f && f.readsCallerScope();
    }

    /**
     * A name found in neither the namespace nor globals: the builtin, which for {@code exec},
     * {@code eval}, {@code globals}, {@code locals}, {@code vars} and {@code dir} is bound to the
     * caller's namespaces. With {@code ownBuiltins} (exec'd code and NAME lookups), globals
     * whose {@code __builtins__} is another dict or module than the builtins take builtins
     * from there; compiled modules skip that probe.
     */
    private static PyObject loadBuiltin(PyDict globals, PyObject namespace, PyStr name, boolean ownBuiltins) {
        PyObject v = BUILTINS.getItemOrNull(name);
        PyObject own = ownBuiltins ? globals.getItemOrNull(BUILTINS_KEY) : null;
        if (own != null && own != BUILTINS && own != BuiltinsModule.module()) {
            v = own instanceof dev.weft.runtime.call.PyModule m ? m.instanceDict().getItemOrNull(name)
                    : lookupNamespace(own, name);
        }
        if (v == null) {
            throw Errors.undefinedName(name.value());
        }
        return v instanceof dev.weft.runtime.call.PyBuiltinFunction f && f.readsCallerScope()
                ? BuiltinsModule.forCaller(v, globals, namespace) : v;
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
        if (v == null) {
            v = globals.getItemOrNull(name);
            if (v == null) {
                v = loadBuiltin(globals, namespace, name, true);
            }
        }
        return v;
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

    /** A global read from an annotation scope that sees a class: the class namespace first (CPython's {@code LOAD_FROM_DICT_OR_GLOBALS}). */
    public static PyObject loadClassGlobal(PyObject namespace, PyDict globals, PyStr name) {
        PyObject v = lookupNamespace(namespace, name);
        return v != null ? v : loadGlobal(globals, name);
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
