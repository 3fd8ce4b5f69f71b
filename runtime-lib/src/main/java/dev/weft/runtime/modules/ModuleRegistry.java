package dev.weft.runtime.modules;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.types.PyDict;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The modules written in Java, by dotted name. The import system asks {@link #find} after
 * {@code sys.modules} and before compiled modules; each module is created once, on first
 * request, by its factory. Creation is per-module synchronised (a module's factory may itself
 * find other modules, e.g. {@code threading} finds {@code _thread}), never under a global lock.
 *
 * <p>{@link #find} does not put the module into {@code sys.modules} and does not bind a
 * submodule on its parent package: both are the import system's work, as in CPython.
 */
public final class ModuleRegistry {
    private ModuleRegistry() { }

    private static final ConcurrentHashMap<String, Entry> ENTRIES = new ConcurrentHashMap<>();

    /** {@code sys.modules}: created here so that the import system and {@code sys} share one dict. */
    private static final PyDict SYS_MODULES = new PyDict();

    static {
        BuiltinModules.registerAll();
    }

    /** One module: its factory and, once created, the module. */
    private static final class Entry {
        private final Supplier<PyModule> factory;
        private volatile PyModule module;
        private boolean creating;

        Entry(Supplier<PyModule> factory) {
            this.factory = factory;
        }

        PyModule get(String name) {
            PyModule m = module;
            if (m != null) {
                return m;
            }
            synchronized (this) {
                if (module == null) {
                    if (creating) {
                        throw Errors.make(ExceptionTypes.ImportError,
                                "cannot import name '%s' (most likely due to a circular import)", name);
                    }
                    creating = true;
                    try {
                        module = factory.get();
                    } finally {
                        creating = false;
                    }
                }
                return module;
            }
        }
    }

    /**
     * Registers a module written in Java. A later registration of the same name replaces an
     * earlier one only if that module has not been created yet.
     *
     * @throws IllegalStateException if the module named {@code dottedName} already exists
     */
    public static void register(String dottedName, Supplier<PyModule> factory) {
        ENTRIES.compute(dottedName, (k, old) -> {
            if (old != null && old.module != null) {
                throw new IllegalStateException("module " + dottedName + " already created");
            }
            return new Entry(factory);
        });
    }

    /** Makes {@code alias} find the same module object as {@code target} ({@code os.path} is {@code posixpath}). */
    public static void alias(String alias, String target) {
        register(alias, () -> find(target));
    }

    /** The module written in Java named {@code dottedName}, created on first use; null if there is none. */
    public static PyModule find(String dottedName) {
        Entry e = ENTRIES.get(dottedName);
        return e == null ? null : e.get(dottedName);
    }

    public static boolean isRegistered(String dottedName) {
        return ENTRIES.containsKey(dottedName);
    }

    /** The registered names, sorted (for {@code sys.builtin_module_names}-like listings and diagnostics). */
    public static Set<String> names() {
        return new TreeSet<>(ENTRIES.keySet());
    }

    /** The one {@code sys.modules} dict of the process. */
    public static PyDict sysModules() {
        return SYS_MODULES;
    }
}
