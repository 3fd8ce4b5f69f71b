package dev.weft.runtime.imp;

import dev.weft.runtime.builtins.BuiltinsModule;
import dev.weft.runtime.call.PyModule;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Modules implemented in Java, by dotted name, created once on first import. The importer
 * asks here after {@code sys.modules} and before compiled modules. Other runtime packages
 * add theirs with {@link #register}.
 */
public final class JavaModules {
    private JavaModules() { }

    private static final ConcurrentHashMap<String, Supplier<PyModule>> FACTORIES = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, PyModule> CREATED = new ConcurrentHashMap<>();

    static {
        register("builtins", BuiltinsModule::module);
        register("sys", SysModule::module);
    }

    public static void register(String dottedName, Supplier<PyModule> factory) {
        FACTORIES.put(dottedName, factory);
    }

    /** The module, created on first request; null if none is registered under that name. */
    public static PyModule find(String dottedName) {
        Supplier<PyModule> f = FACTORIES.get(dottedName);
        if (f == null) {
            return null;
        }
        PyModule m = CREATED.get(dottedName);
        if (m == null) {
            // Not computeIfAbsent: a factory may itself import other Java modules.
            m = f.get();
            PyModule raced = CREATED.putIfAbsent(dottedName, m);
            if (raced != null) {
                m = raced;
            }
        }
        return m;
    }
}
