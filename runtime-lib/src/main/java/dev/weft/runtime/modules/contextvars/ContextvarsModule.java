package dev.weft.runtime.modules.contextvars;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.ModuleTypes;

/** {@code _contextvars}: what Lib/contextvars.py re-exports. */
public final class ContextvarsModule {
    private ContextvarsModule() { }

    public static PyModule create() {
        PyModule m = ModuleTypes.module("_contextvars", "Context Variables");
        PyContextToken.defineMissing(PyContextToken.TYPE);
        m.put("Context", PyContext.TYPE);
        m.put("ContextVar", PyContextVar.TYPE);
        m.put("Token", PyContextToken.TYPE);
        new ModuleDefs.Funcs(m, "_contextvars").f0("copy_context", self -> PyContext.current().copy());
        return m;
    }
}
