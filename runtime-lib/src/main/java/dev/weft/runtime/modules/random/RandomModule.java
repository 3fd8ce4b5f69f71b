package dev.weft.runtime.modules.random;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.modules.ModuleTypes;

/** {@code _random}: the core generator random.py builds on. */
public final class RandomModule {
    private RandomModule() { }

    private static volatile PyModule module;

    public static synchronized PyModule create() {
        if (module == null) {
            PyModule m = ModuleTypes.module("_random", "Module implements the Mersenne Twister random number generator.");
            m.put("Random", PyRandom.TYPE);
            module = m;
        }
        return module;
    }
}
