package dev.weft.runtime.modules.weakref;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;

import java.util.List;

/** {@code _weakref}: what Lib/weakref.py imports (see {@link WeakRefs} for when referents die). */
public final class WeakrefModule {
    private WeakrefModule() { }

    public static PyModule create() {
        PyModule m = ModuleTypes.module("_weakref", "Weak-reference support module.");
        ModuleDefs.Funcs f = new ModuleDefs.Funcs(m, "_weakref");
        m.put("ref", PyWeakRef.TYPE);
        m.put("ReferenceType", PyWeakRef.TYPE);
        m.put("ProxyType", PyWeakProxy.PROXY);
        m.put("CallableProxyType", PyWeakProxy.CALLABLE_PROXY);
        f.f2("proxy", 1, (self, o, callback) -> PyWeakProxy.of(o, callback));
        f.f1("getweakrefcount", (self, o) -> {
            WeakRefs.processQueue();
            return PyInt.of(WeakRefs.referrers(o).size());
        });
        f.f1("getweakrefs", (self, o) -> {
            WeakRefs.processQueue();
            List<PyObject> refs = WeakRefs.referrers(o);
            return new PyList(refs.toArray(new PyObject[0]));
        });
        f.f2("_remove_dead_weakref", 2, (self, dict, key) -> {
            removeDeadWeakref(dict, key);
            return PyNone.NONE;
        });
        return m;
    }

    /** Deletes {@code dict[key]} if it is a dead weak reference; a missing key is fine (another thread won). */
    private static void removeDeadWeakref(PyObject dict, PyObject key) {
        if (!(dict instanceof PyDict d)) {
            throw Errors.typeError("_remove_dead_weakref() argument 1 must be dict, not %s", dict.type().name());
        }
        PyObject value = d.getItemOrNull(key);
        if (value == null) {
            return;
        }
        if (!(value instanceof PyWeakRef r)) {
            throw Errors.typeError("not a weakref");
        }
        if (r.get() == null) {
            d.removeOrNull(key);
        }
    }
}
