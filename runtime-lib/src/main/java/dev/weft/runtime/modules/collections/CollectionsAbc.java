package dev.weft.runtime.modules.collections;

import dev.weft.runtime.call.CodeInfo;
import dev.weft.runtime.call.FunctionBody;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyClassMethod;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.ClassBuilder;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.core.TypeMethods;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyByteArray;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyDictView;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyRange;
import dev.weft.runtime.types.PySet;
import dev.weft.runtime.types.PySingleton;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The basics of {@code collections.abc}: the common ABCs as classes of a Java metaclass
 * ({@code ABCMeta}: {@code register}, {@code __instancecheck__}, {@code __subclasscheck__}
 * with {@code __subclasshook__}, as Lib/_py_abc.py), the builtin types registered as CPython
 * registers them, {@code __abstractmethods__}, and the mixin methods of Sequence and Mapping.
 * CPython's own _collections_abc.py, once compiled, replaces this module.
 */
final class CollectionsAbc {
    private CollectionsAbc() { }

    static final PyType META = new PyType("abc.ABCMeta", PyType.class, PyType.TYPE, CollectionsAbc::defineMeta,
            PyType.BASETYPE);

    /** Registered virtual subclasses per ABC. */
    private static final Map<PyType, List<PyType>> REGISTRY = new ConcurrentHashMap<>();
    /** Cached subclass checks, valid while the registration counter is unchanged. */
    private static final Map<PyType, Map<PyType, Boolean>> CACHE = new ConcurrentHashMap<>();
    private static final AtomicLong INVALIDATION = new AtomicLong();
    private static volatile long cacheVersion;

    private static volatile PyModule module;
    private static PyType mapping;

    static synchronized PyModule create() {
        if (module == null) {
            module = build();
        }
        return module;
    }

    /** {@code isinstance(o, collections.abc.Mapping)}. */
    static boolean isMapping(PyObject o) {
        if (o instanceof PyDict) {
            return true;
        }
        create();
        return subclassCheck(mapping, o.type());
    }

    // ---- the metaclass ----

    private static void defineMeta(PyType t) {
        t.def1("register", (cls, sub) -> register((PyType) cls, sub));
        t.def1("__instancecheck__", (cls, inst) -> PyBool.of(subclassCheck((PyType) cls, inst.type())));
        t.def1("__subclasscheck__", (cls, sub) -> {
            if (!(sub instanceof PyType st)) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            return PyBool.of(subclassCheck((PyType) cls, st));
        });
    }

    private static PyObject register(PyType cls, PyObject sub) {
        if (!(sub instanceof PyType st)) {
            throw Errors.typeError("Can only register classes");
        }
        if (subclassCheck(cls, st)) {
            return sub;
        }
        if (subclassCheck(st, cls)) {
            throw Errors.runtimeError("Refusing to create an inheritance cycle");
        }
        REGISTRY.computeIfAbsent(cls, k -> new CopyOnWriteArrayList<>()).add(st);
        INVALIDATION.incrementAndGet();
        return sub;
    }

    private static boolean isAbc(PyType t) {
        return t.type().isSubtypeOf(META);
    }

    static boolean subclassCheck(PyType cls, PyType sub) {
        if (!isAbc(cls)) {
            return sub.isSubtypeOf(cls);
        }
        long v = INVALIDATION.get();
        if (v != cacheVersion) {
            CACHE.clear();
            cacheVersion = v;
        }
        Map<PyType, Boolean> cache = CACHE.computeIfAbsent(cls, k -> new ConcurrentHashMap<>());
        Boolean cached = cache.get(sub);
        if (cached != null) {
            return cached;
        }
        boolean r = computeSubclassCheck(cls, sub);
        cache.put(sub, r);
        return r;
    }

    private static boolean computeSubclassCheck(PyType cls, PyType sub) {
        PyObject hook = dev.weft.runtime.ops.Attr.getAttr(cls, "__subclasshook__");
        PyObject ok = Calls.call1(hook, sub);
        if (ok != PySingleton.NOT_IMPLEMENTED) {
            return Ops.isTrue(ok);
        }
        if (sub.isSubtypeOf(cls)) {
            return true;
        }
        for (PyType r : REGISTRY.getOrDefault(cls, List.of())) {
            if (TypeMethods.isSubclass(sub, r)) {
                return true;
            }
        }
        for (PyType s : cls.subclassList()) {
            if (s != sub && TypeMethods.isSubclass(sub, s)) {
                return true;
            }
        }
        return false;
    }

    /** {@code _check_methods(C, *methods)}. */
    private static PyObject checkMethods(PyType c, String... methods) {
        for (String m : methods) {
            boolean found = false;
            for (PyType b : c.mro()) {
                PyObject v = b.instanceDict().getItemOrNull(PyStr.intern(m));
                if (v != null) {
                    if (v == PyNone.NONE) {
                        return PySingleton.NOT_IMPLEMENTED;
                    }
                    found = true;
                    break;
                }
            }
            if (!found) {
                return PySingleton.NOT_IMPLEMENTED;
            }
        }
        return PyBool.TRUE;
    }

    // ---- the ABCs ----

    private static PyType abc(PyModule m, String name, PyType[] bases, String[] abstracts, String[] hookMethods,
                              Map<String, PyObject> mixins) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.intern("__module__"), PyStr.intern("collections.abc"));
        ns.setItem(PyStr.intern("__qualname__"), PyStr.of(name));
        ns.setItem(PyStr.intern("__slots__"), PyTuple.EMPTY);
        PyType[] holder = new PyType[1];
        ns.setItem(PyStr.intern("__subclasshook__"), new PyClassMethod(new PyBuiltinFunction("__subclasshook__", null,
                (self, args, kw) -> {
                    if (args.length != 2) {
                        throw Errors.typeError("__subclasshook__() takes exactly one argument (%d given)", args.length - 1);
                    }
                    if (hookMethods != null && args[0] == holder[0] && args[1] instanceof PyType c) {
                        return checkMethods(c, hookMethods);
                    }
                    return PySingleton.NOT_IMPLEMENTED;
                })));
        if (mixins != null) {
            for (Map.Entry<String, PyObject> e : mixins.entrySet()) {
                ns.setItem(PyStr.intern(e.getKey()), e.getValue());
            }
        }
        PyObject[] b = bases.length == 0 ? new PyObject[0] : bases;
        PyType t = ClassBuilder.newType(META, name, b, ns, null, null);
        holder[0] = t;
        java.util.TreeSet<String> abs = new java.util.TreeSet<>(List.of(abstracts));
        for (PyType base : bases) {
            PyObject inherited = base.instanceDict().getItemOrNull(PyStr.intern("__abstractmethods__"));
            if (inherited != null) {
                for (PyObject n : Protocols.toArray(inherited)) {
                    if (mixins == null || !mixins.containsKey(n.toString())) {
                        abs.add(n.toString());
                    }
                }
            }
        }
        PySet.Frozen names = new PySet.Frozen();
        for (String n : abs) {
            names.add(PyStr.intern(n));
        }
        dev.weft.runtime.ops.Attr.setAttr(t, "__abstractmethods__", names);
        m.put(name, t);
        return t;
    }

    private static PyFunction method(String qualname, String[] params, PyObject[] defaults, FunctionBody body) {
        String name = qualname.substring(qualname.indexOf('.') + 1);
        CodeInfo code = new CodeInfo(name, qualname, "<collections.abc>", 1, params.length, 0, 0, params, 0);
        PyDict globals = new PyDict();
        globals.setItem(PyStr.intern("__name__"), PyStr.intern("collections.abc"));
        return new PyFunction(code, body, globals, defaults, null, null);
    }

    private static Map<String, PyObject> sequenceMixins() {
        Map<String, PyObject> m = new java.util.LinkedHashMap<>();
        m.put("__iter__", method("Sequence.__iter__", new String[] {"self"}, null, (fn, f) -> {
            PyObject self = f[0];
            List<PyObject> out = new java.util.ArrayList<>();
            for (long i = 0; ; i++) {
                PyObject v;
                try {
                    v = Protocols.getItem(self, PyInt.of(i));
                } catch (dev.weft.runtime.exc.PyException e) {
                    if (e.matches(dev.weft.runtime.exc.ExceptionTypes.IndexError)) {
                        break;
                    }
                    throw e;
                }
                out.add(v);
            }
            return Protocols.iter(new PyList(out));
        }));
        m.put("__contains__", method("Sequence.__contains__", new String[] {"self", "value"}, null, (fn, f) -> {
            for (PyObject v : Protocols.toArray(f[0])) {
                if (v == f[1] || Ops.eqBool(v, f[1])) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }));
        m.put("__reversed__", method("Sequence.__reversed__", new String[] {"self"}, null, (fn, f) -> {
            int n = Protocols.len(f[0]);
            PyObject[] out = new PyObject[n];
            for (int i = 0; i < n; i++) {
                out[i] = Protocols.getItem(f[0], PyInt.of(n - 1 - i));
            }
            return Protocols.iter(new PyList(out));
        }));
        m.put("index", method("Sequence.index", new String[] {"self", "value", "start", "stop"},
                new PyObject[] {PyInt.ZERO, PyNone.NONE}, (fn, f) -> {
                    PyObject[] items = Protocols.toArray(f[0]);
                    long start = Protocols.index(f[2], null).longValue();
                    if (start < 0) {
                        start = Math.max(0, start + items.length);
                    }
                    long stop = f[3] == PyNone.NONE ? items.length : Protocols.index(f[3], null).longValue();
                    if (stop < 0) {
                        stop += items.length;
                    }
                    for (long i = start; i < Math.min(stop, items.length); i++) {
                        if (items[(int) i] == f[1] || Ops.eqBool(items[(int) i], f[1])) {
                            return PyInt.of(i);
                        }
                    }
                    throw Errors.valueError("");
                }));
        m.put("count", method("Sequence.count", new String[] {"self", "value"}, null, (fn, f) -> {
            long n = 0;
            for (PyObject v : Protocols.toArray(f[0])) {
                if (v == f[1] || Ops.eqBool(v, f[1])) {
                    n++;
                }
            }
            return PyInt.of(n);
        }));
        return m;
    }

    private static Map<String, PyObject> mappingMixins() {
        Map<String, PyObject> m = new java.util.LinkedHashMap<>();
        m.put("get", method("Mapping.get", new String[] {"self", "key", "default"}, new PyObject[] {PyNone.NONE},
                (fn, f) -> {
                    try {
                        return Protocols.getItem(f[0], f[1]);
                    } catch (dev.weft.runtime.exc.PyException e) {
                        if (e.matches(dev.weft.runtime.exc.ExceptionTypes.KeyError)) {
                            return f[2];
                        }
                        throw e;
                    }
                }));
        m.put("__contains__", method("Mapping.__contains__", new String[] {"self", "key"}, null, (fn, f) -> {
            try {
                Protocols.getItem(f[0], f[1]);
                return PyBool.TRUE;
            } catch (dev.weft.runtime.exc.PyException e) {
                if (e.matches(dev.weft.runtime.exc.ExceptionTypes.KeyError)) {
                    return PyBool.FALSE;
                }
                throw e;
            }
        }));
        m.put("__eq__", method("Mapping.__eq__", new String[] {"self", "other"}, null, (fn, f) -> {
            if (!isMapping(f[1])) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            return Ops.eq(toDict(f[0]), toDict(f[1]));
        }));
        m.put("__reversed__", PyNone.NONE);
        return m;
    }

    private static PyDict toDict(PyObject mapping) {
        PyDict d = new PyDict();
        for (PyObject k : Protocols.toArray(mapping)) {
            d.setItem(k, Protocols.getItem(mapping, k));
        }
        return d;
    }

    private static void registerAll(PyType abc, PyType... types) {
        for (PyType t : types) {
            register(abc, t);
        }
    }

    private static PyModule build() {
        PyModule m = new PyModule("collections.abc");
        PyType[] none = new PyType[0];
        PyType hashable = abc(m, "Hashable", none, new String[] {"__hash__"}, new String[] {"__hash__"}, null);
        PyType iterable = abc(m, "Iterable", none, new String[] {"__iter__"}, new String[] {"__iter__"}, null);
        PyType iterator = abc(m, "Iterator", new PyType[] {iterable}, new String[] {"__next__"},
                new String[] {"__iter__", "__next__"}, null);
        PyType reversible = abc(m, "Reversible", new PyType[] {iterable}, new String[] {"__reversed__"},
                new String[] {"__reversed__", "__iter__"}, null);
        abc(m, "Generator", new PyType[] {iterator}, new String[] {"send", "throw"},
                new String[] {"__iter__", "__next__", "send", "throw", "close"}, null);
        PyType sized = abc(m, "Sized", none, new String[] {"__len__"}, new String[] {"__len__"}, null);
        PyType container = abc(m, "Container", none, new String[] {"__contains__"}, new String[] {"__contains__"}, null);
        PyType collection = abc(m, "Collection", new PyType[] {sized, iterable, container}, new String[0],
                new String[] {"__len__", "__iter__", "__contains__"}, null);
        abc(m, "Callable", none, new String[] {"__call__"}, new String[] {"__call__"}, null);
        PyType sequence = abc(m, "Sequence", new PyType[] {reversible, collection}, new String[] {"__getitem__"},
                null, sequenceMixins());
        PyType mutableSequence = abc(m, "MutableSequence", new PyType[] {sequence},
                new String[] {"__setitem__", "__delitem__", "insert"}, null, null);
        PyType set = abc(m, "Set", new PyType[] {collection}, new String[0], null, null);
        PyType mutableSet = abc(m, "MutableSet", new PyType[] {set}, new String[] {"add", "discard"}, null, null);
        mapping = abc(m, "Mapping", new PyType[] {collection}, new String[] {"__getitem__"}, null, mappingMixins());
        PyType mutableMapping = abc(m, "MutableMapping", new PyType[] {mapping},
                new String[] {"__setitem__", "__delitem__"}, null, null);
        registerAll(sequence, PyTuple.TYPE, PyStr.TYPE, PyRange.TYPE, PyBytes.TYPE);
        registerAll(mutableSequence, PyList.TYPE, PyByteArray.TYPE, PyDeque.TYPE);
        registerAll(set, PySet.FROZENSET_TYPE, PyDictView.KEYS_TYPE, PyDictView.ITEMS_TYPE);
        registerAll(mutableSet, PySet.TYPE);
        registerAll(mapping, dev.weft.runtime.core.MappingProxy.TYPE);
        registerAll(mutableMapping, PyDict.TYPE);
        registerAll(sized, PyDictView.VALUES_TYPE);
        registerAll(iterable, PyDictView.VALUES_TYPE);
        registerAll(container, PyDictView.VALUES_TYPE);
        if (hashable == null) {
            throw new IllegalStateException();
        }
        return m;
    }
}
