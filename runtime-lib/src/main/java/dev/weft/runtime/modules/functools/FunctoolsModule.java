package dev.weft.runtime.modules.functools;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.collections.CollectionsModule;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/** {@code functools} and its accelerator {@code _functools}. */
public final class FunctoolsModule {
    private FunctoolsModule() { }

    private static volatile PyModule functools;
    private static volatile PyModule accelerator;

    static final PyTuple WRAPPER_ASSIGNMENTS = PyTuple.of(PyStr.intern("__module__"), PyStr.intern("__name__"),
            PyStr.intern("__qualname__"), PyStr.intern("__doc__"), PyStr.intern("__annotations__"),
            PyStr.intern("__type_params__"));
    static final PyTuple WRAPPER_UPDATES = PyTuple.of(PyStr.intern("__dict__"));

    private static PyObject cacheInfo;

    public static synchronized PyModule create() {
        if (functools == null) {
            PyModule m = new PyModule("functools");
            cacheInfo = CollectionsModule.namedtuple("CacheInfo", new String[] {"hits", "misses", "maxsize", "currsize"},
                    "functools");
            m.put("_CacheInfo", cacheInfo);
            addAccelerated(m);
            m.put("WRAPPER_ASSIGNMENTS", WRAPPER_ASSIGNMENTS);
            m.put("WRAPPER_UPDATES", WRAPPER_UPDATES);
            m.put("update_wrapper", JavaFunctions.fixed("functools", "update_wrapper", "update_wrapper",
                    new String[] {"wrapper", "wrapped", "assigned", "updated"},
                    new PyObject[] {WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES},
                    (fn, f) -> updateWrapper(f[0], f[1], f[2], f[3])));
            m.put("wraps", JavaFunctions.fixed("functools", "wraps", "wraps",
                    new String[] {"wrapped", "assigned", "updated"}, new PyObject[] {WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES},
                    (fn, f) -> PyPartial.make(PyPartial.TYPE, new PyObject[] {m.get("update_wrapper"), f[0], f[1], f[2]},
                            new String[] {"wrapped", "assigned", "updated"})));
            m.put("total_ordering", JavaFunctions.fixed("functools", "total_ordering", "total_ordering",
                    new String[] {"cls"}, null, (fn, f) -> TotalOrdering.apply(f[0])));
            m.put("lru_cache", JavaFunctions.fixed("functools", "lru_cache", "lru_cache",
                    new String[] {"maxsize", "typed"}, new PyObject[] {PyInt.of(128), PyBool.FALSE},
                    (fn, f) -> lruCache(f[0], f[1])));
            m.put("cache", JavaFunctions.fixed("functools", "cache", "cache", new String[] {"user_function"}, null,
                    (fn, f) -> makeLru(f[0], PyNone.NONE, PyBool.FALSE)));
            ModuleDefs.putType(m, CachedProperty.TYPE);
            ModuleDefs.putType(m, PartialMethod.TYPE);
            ModuleDefs.putType(m, SingleDispatchMethod.TYPE);
            m.put("singledispatch", JavaFunctions.fixed("functools", "singledispatch", "singledispatch",
                    new String[] {"func"}, null, (fn, f) -> SingleDispatch.create(f[0])));
            // Lib's inspect calls this private helper of functools.py (_has_code_flag, signature)
            m.put("_unwrap_partial", JavaFunctions.fixed("functools", "_unwrap_partial", "_unwrap_partial",
                    new String[] {"func"}, null, (fn, f) -> {
                        PyObject func = f[0];
                        while (func instanceof PyPartial p) {
                            func = p.func;
                        }
                        return func;
                    }));
            ModuleDefs.putAll(m, "update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "total_ordering",
                    "cache", "cmp_to_key", "lru_cache", "reduce", "partial", "partialmethod", "singledispatch",
                    "singledispatchmethod", "cached_property");
            functools = m;
        }
        return functools;
    }

    public static synchronized PyModule createAccelerator() {
        if (accelerator == null) {
            create();
            PyModule m = new PyModule("_functools");
            addAccelerated(m);
            accelerator = m;
        }
        return accelerator;
    }

    private static void addAccelerated(PyModule m) {
        ModuleDefs.Funcs f = new ModuleDefs.Funcs(m, "_functools");
        f.fv("reduce", (self, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("reduce() takes no keyword arguments");
            }
            if (args.length < 2) {
                throw Errors.typeError("reduce expected at least 2 arguments, got %d", args.length);
            }
            if (args.length > 3) {
                throw Errors.typeError("reduce expected at most 3 arguments, got %d", args.length);
            }
            return reduce(args[0], args[1], args.length == 3 ? args[2] : null);
        });
        f.f1("cmp_to_key", (self, cmp) -> new KeyWrapper(cmp, null));
        ModuleDefs.putType(m, PyPartial.TYPE);
        ModuleDefs.putType(m, LruCacheWrapper.TYPE);
    }

    static PyObject reduce(PyObject func, PyObject seq, PyObject initial) {
        PyObject it;
        try {
            it = Protocols.iter(seq);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                throw Errors.typeError("reduce() arg 2 must support iteration");
            }
            throw e;
        }
        PyObject acc = initial;
        for (PyObject v = Protocols.next(it); v != null; v = Protocols.next(it)) {
            acc = acc == null ? v : Calls.call2(func, acc, v);
        }
        if (acc == null) {
            throw Errors.typeError("reduce() of empty iterable with no initial value");
        }
        return acc;
    }

    /** {@code update_wrapper(wrapper, wrapped, assigned, updated)} as functools.py. */
    static PyObject updateWrapper(PyObject wrapper, PyObject wrapped, PyObject assigned, PyObject updated) {
        for (PyObject a : Protocols.toArray(assigned)) {
            String name = a.toString();
            PyObject value = Attr.getAttrOrNull(wrapped, name);
            if (value == null) {
                continue;
            }
            try {
                Attr.setAttr(wrapper, name, value);
            } catch (PyException e) {
                // weft's functions have a read-only empty __type_params__: copying an empty one changes nothing
                boolean harmless = name.equals("__type_params__") && value instanceof PyTuple t && t.size() == 0
                        && e.matches(ExceptionTypes.AttributeError);
                if (!harmless) {
                    throw e;
                }
            }
        }
        for (PyObject u : Protocols.toArray(updated)) {
            String name = u.toString();
            PyObject target = Attr.getAttr(wrapper, name);
            PyObject source = Attr.getAttrOrNull(wrapped, name);
            Calls.call1(Attr.getAttr(target, "update"), source == null ? new PyDict() : source);
        }
        Attr.setAttr(wrapper, "__wrapped__", wrapped);
        return wrapper;
    }

    private static PyObject makeLru(PyObject userFunction, PyObject maxsize, PyObject typed) {
        long max = maxsize == PyNone.NONE ? -1 : Math.max(0, Protocols.index(maxsize, null).longValue());
        LruCacheWrapper w = new LruCacheWrapper(userFunction, max, dev.weft.runtime.ops.Ops.isTrue(typed), cacheInfo);
        PyDict params = new PyDict();
        params.setItem(PyStr.intern("maxsize"), maxsize);
        params.setItem(PyStr.intern("typed"), typed);
        w.instanceDict().setItem(PyStr.intern("cache_parameters"), new PyBuiltinFunction("<lambda>", null,
                (self, args, kw) -> {
                    ArgParse.noKeywords("<lambda>", kw);
                    if (args.length != 0) {
                        throw Errors.typeError("lru_cache.<locals>.<lambda>() takes 0 positional arguments but %d were given",
                                args.length);
                    }
                    return params.copy();
                }));
        return updateWrapper(w, userFunction, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES);
    }

    private static PyObject lruCache(PyObject maxsize, PyObject typed) {
        PyObject size = maxsize;
        if (maxsize instanceof PyInt i) {
            if (i.signum() < 0) {
                size = PyInt.ZERO;
            }
        } else if (Protocols.isCallable(maxsize) && typed instanceof PyBool) {
            return makeLru(maxsize, PyInt.of(128), typed);
        } else if (maxsize != PyNone.NONE) {
            throw Errors.typeError("Expected first argument to be an integer, a callable, or None");
        }
        PyObject finalSize = size;
        return JavaFunctions.fixed("functools", "decorating_function", "lru_cache.<locals>.decorating_function",
                new String[] {"user_function"}, null, (fn, f) -> makeLru(f[0], finalSize, typed));
    }
}
