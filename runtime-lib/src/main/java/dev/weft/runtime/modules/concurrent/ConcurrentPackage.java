package dev.weft.runtime.modules.concurrent;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.modules.ModuleTypes;

/** The {@code concurrent} package (its one subpackage, {@code futures}, is registered separately). */
public final class ConcurrentPackage {
    private ConcurrentPackage() { }

    public static PyModule create() {
        return ModuleTypes.packageModule("concurrent", null);
    }
}
