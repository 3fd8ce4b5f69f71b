package dev.weft.runtime.call;

import dev.weft.runtime.builtins.BuiltinsModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyStr;

import java.math.BigInteger;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What generated module code calls for globals, builtins, constants and the module registry.
 * A compiled module is a class whose static initialiser materialises its constants and
 * whose {@code execute(PyModule)} runs the module body with {@code module.instanceDict()} as
 * its globals.
 */
public final class ModuleSupport {
    private ModuleSupport() { }

    private static final ConcurrentHashMap<String, PyModule> MODULES = new ConcurrentHashMap<>();

    /** {@code name} as a global read: the module's dict, then builtins, else NameError. */
    public static PyObject loadGlobal(PyDict globals, PyStr name) {
        PyObject v = globals.getItemOrNull(name);
        if (v != null) {
            return v;
        }
        v = BuiltinsModule.module().instanceDict().getItemOrNull(name);
        if (v != null) {
            return v;
        }
        throw Errors.undefinedName(name.value());
    }

    public static void storeGlobal(PyDict globals, PyStr name, PyObject value) {
        globals.setItem(name, value);
    }

    public static void deleteGlobal(PyDict globals, PyStr name) {
        if (globals.removeOrNull(name) == null) {
            throw Errors.undefinedName(name.value());
        }
    }

    /** A module object that is registered (sys.modules) before its body runs, as CPython's import does. */
    public static PyModule newModule(String name, String file) {
        PyModule m = new PyModule(name);
        if (file != null) {
            m.put("__file__", PyStr.of(file));
        }
        m.put("__builtins__", BuiltinsModule.module());
        MODULES.put(name, m);
        return m;
    }

    /**
     * Returns the module {@code name}, creating and initialising it with {@code init} once if it is
     * not loaded (thread-safe: concurrent importers wait for the first initialisation).
     */
    public static PyModule importModule(String name, Function<String, PyModule> init) {
        PyModule m = MODULES.get(name);
        if (m != null) {
            return m;
        }
        synchronized (ModuleSupport.class) {
            m = MODULES.get(name);
            if (m == null) {
                m = init.apply(name);
                MODULES.put(name, m);
            }
            return m;
        }
    }

    /** The module registered under {@code name}, or null. */
    public static PyModule loaded(String name) {
        return MODULES.get(name);
    }

    // ---- constants (called once, from static initialisers of generated classes) ----

    public static PyObject intConstant(String decimal) {
        return dev.weft.runtime.types.PyInt.of(new BigInteger(decimal));
    }

    /** A bytes constant from a String whose chars are the byte values (0..255). */
    public static PyObject bytesConstant(String latin1) {
        return dev.weft.runtime.types.PyBytes.of(latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }
}
