package dev.weft.runtime.modules.abc;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.weakref.PyWeakRef;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySet;
import dev.weft.runtime.types.PyTuple;

/** {@code _abc}: the accelerator Lib/abc.py's {@code ABCMeta} is built on (see {@link AbcCore}). */
public final class AbcModule {
    private AbcModule() { }

    public static PyModule create() {
        PyModule m = ModuleTypes.module("_abc", "Module contains faster C implementation of abc.ABCMeta");
        ModuleDefs.Funcs f = new ModuleDefs.Funcs(m, "_abc");
        f.f0("get_cache_token", self -> PyInt.of(AbcCore.cacheToken()));
        f.f1("_abc_init", (self, cls) -> {
            AbcCore.init(cls);
            return PyNone.NONE;
        });
        f.f2("_abc_register", 2, (self, cls, sub) -> AbcCore.register(cls, sub));
        f.f2("_abc_instancecheck", 2, (self, cls, inst) -> AbcCore.instanceCheck(cls, inst));
        f.f2("_abc_subclasscheck", 2, (self, cls, sub) -> PyBool.of(AbcCore.subclassCheck(cls, sub)));
        f.f1("_get_dump", (self, cls) -> dump(AbcCore.impl(cls)));
        f.f1("_reset_registry", (self, cls) -> {
            AbcCore.resetRegistry(cls);
            return PyNone.NONE;
        });
        f.f1("_reset_caches", (self, cls) -> {
            AbcCore.resetCaches(cls);
            return PyNone.NONE;
        });
        m.put("_abc_data", AbcData.TYPE);
        return m;
    }

    /** {@code (registry, cache, negative_cache, negative_cache_version)}: sets of weak references, as CPython. */
    private static PyObject dump(AbcData d) {
        return PyTuple.of(weakSet(d.registry), weakSet(d.cache), weakSet(d.negativeCache),
                PyInt.of(d.negativeCacheVersion));
    }

    private static PySet weakSet(AbcData.TypeSet types) {
        PySet s = new PySet();
        for (PyType t : types.snapshot()) {
            s.add(PyWeakRef.of(t, null));
        }
        return s;
    }
}
