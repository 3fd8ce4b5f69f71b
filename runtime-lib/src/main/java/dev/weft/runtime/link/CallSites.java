package dev.weft.runtime.link;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.call.PySuper;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.sites.CallMethodSite;
import dev.weft.runtime.sites.GetAttrSite;
import dev.weft.runtime.types.PyStr;

/**
 * What {@code getattr} and {@code call_method} call sites link to: the runtime's monomorphic
 * inline caches ({@link GetAttrSite}, {@link CallMethodSite}: receiver type + type version),
 * preceded by two receivers they do not cache: modules (a read of the module dict, for
 * {@code mod.f} and {@code mod.f(x)}) and {@code super()} objects (whose attributes come
 * from the MRO after the class).
 */
final class CallSites {
    private CallSites() { }

    static final class Attribute {
        private final String name;
        private final PyStr key;
        private final boolean dunder;
        private final GetAttrSite cache;

        Attribute(String name) {
            this.name = name;
            this.key = PyStr.intern(name);
            this.dunder = name.startsWith("__");
            this.cache = new GetAttrSite(name);
        }

        PyObject get(PyObject obj) {
            if (obj instanceof PyModule m && !dunder) {
                PyObject v = m.instanceDict().getItemOrNull(key);
                if (v != null) {
                    return v;
                }
                return Attr.getAttr(obj, name);
            }
            return cache.get(obj);
        }
    }

    static final class Method {
        private final String name;
        private final PyStr key;
        private final boolean dunder;
        private final CallMethodSite cache;

        Method(String name) {
            this.name = name;
            this.key = PyStr.intern(name);
            this.dunder = name.startsWith("__");
            this.cache = new CallMethodSite(name);
        }

        PyObject call(PyObject[] argsWithSelf, String[] kwnames) {
            PyObject self = argsWithSelf[0];
            if (self instanceof PyModule m && !dunder) {
                PyObject f = m.instanceDict().getItemOrNull(key);
                if (f != null) {
                    return f.call(rest(argsWithSelf), kwnames);
                }
            } else if (self instanceof PySuper) {
                return Attr.getAttr(self, name).call(rest(argsWithSelf), kwnames);
            }
            return cache.call(argsWithSelf, kwnames);
        }

        private static PyObject[] rest(PyObject[] argsWithSelf) {
            PyObject[] r = new PyObject[argsWithSelf.length - 1];
            System.arraycopy(argsWithSelf, 1, r, 0, r.length);
            return r;
        }
    }
}
