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
import dev.weft.runtime.exc.ExceptionTypes;
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
        t.defV("__init__", (cls, args, kw) -> {
            computeAbstracts((PyType) cls);
            return PyNone.NONE;
        });
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

    /** The view classes Mapping.keys/items/values instantiate. */
    record Views(PyType keys, PyType items, PyType values) { }

    private static PyType set;
    private static PyType iterable;

    static boolean isSetAbc(PyObject o) {
        create();
        return subclassCheck(set, o.type());
    }

    static boolean isIterable(PyObject o) {
        create();
        return subclassCheck(iterable, o.type());
    }

    /** An abstract method's default body, as _collections_abc.py writes it (return 0, False, raise, ...). */
    private static PyFunction abstractMethod(String cls, String name) {
        String[] params = switch (name) {
            case "__contains__", "__getitem__", "__delitem__", "send", "add", "discard", "asend" -> new String[] {"self", "x"};
            case "__setitem__", "insert" -> new String[] {"self", "x", "y"};
            case "throw", "athrow" -> new String[] {"self", "typ", "val", "tb"};
            default -> new String[] {"self"};
        };
        PyObject[] defaults = name.equals("throw") || name.equals("athrow") ? new PyObject[] {PyNone.NONE, PyNone.NONE} : null;
        PyFunction f = AbcMixins.def(cls, name, params, defaults, (fn, a) -> switch (name) {
            case "__len__", "__hash__" -> PyInt.ZERO;
            case "__contains__", "__call__" -> PyBool.FALSE;
            case "__iter__", "__reversed__", "__await__" -> dev.weft.runtime.modules.ModuleDefs.generator(name, cls + "." + name,
                    () -> null);
            case "__next__", "send" -> throw Errors.stopIteration(null);
            case "__getitem__", "__setitem__", "insert", "__delitem__" -> throw bare(cls.endsWith("Mapping")
                    ? ExceptionTypes.KeyError : ExceptionTypes.IndexError);
            default -> throw Errors.notImplemented("");
        });
        markAbstract(f);
        return f;
    }

    /** {@code raise KeyError} / {@code raise IndexError} without arguments. */
    static dev.weft.runtime.exc.PyException bare(PyType type) {
        return new dev.weft.runtime.exc.PyException(ExceptionTypes.create(type));
    }

    private static void markAbstract(PyFunction f) {
        f.instanceDict().setItem(PyStr.intern("__isabstractmethod__"), PyBool.TRUE);
    }

    /** ABCMeta's computation of {@code __abstractmethods__} for a new class. */
    static void computeAbstracts(PyType cls) {
        java.util.TreeSet<String> abs = new java.util.TreeSet<>();
        PyObject[][] own = cls.instanceDict().snapshot();
        for (int i = 0; i < own[0].length; i++) {
            if (isAbstract(own[1][i])) {
                abs.add(own[0][i].toString());
            }
        }
        for (PyType base : cls.bases()) {
            PyObject inherited = dev.weft.runtime.ops.Attr.getAttrOrNull(base, "__abstractmethods__");
            if (inherited == null) {
                continue;
            }
            for (PyObject n : Protocols.toArray(inherited)) {
                PyObject value = dev.weft.runtime.ops.Attr.getAttrOrNull(cls, n.toString());
                if (value != null && isAbstract(value)) {
                    abs.add(n.toString());
                }
            }
        }
        PySet.Frozen names = new PySet.Frozen();
        for (String n : abs) {
            names.add(PyStr.intern(n));
        }
        dev.weft.runtime.ops.Attr.setAttr(cls, "__abstractmethods__", names);
    }

    private static boolean isAbstract(PyObject value) {
        PyObject flag = dev.weft.runtime.ops.Attr.getAttrOrNull(value, "__isabstractmethod__");
        return flag != null && Ops.isTrue(flag);
    }

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
        Map<String, PyObject> all = mixins == null ? new java.util.LinkedHashMap<>() : mixins;
        for (String a : abstracts) {
            PyObject given = all.get(a);
            if (given instanceof PyFunction f) {
                markAbstract(f);
            } else {
                all.put(a, abstractMethod(name, a));
            }
        }
        for (Map.Entry<String, PyObject> e : all.entrySet()) {
            ns.setItem(PyStr.intern(e.getKey()), e.getValue());
        }
        PyType t = ClassBuilder.newType(META, name, bases.length == 0 ? new PyObject[0] : bases, ns, null, null);
        holder[0] = t;
        computeAbstracts(t);
        m.put(name, t);
        return t;
    }

    private static Map<String, PyObject> methods(Object... kv) {
        Map<String, PyObject> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (PyObject) kv[i + 1]);
        }
        return m;
    }

    private static void registerAll(PyType abc, PyType... types) {
        for (PyType t : types) {
            register(abc, t);
        }
    }

    private static PyModule build() {
        PyModule m = new PyModule("collections.abc");
        m.put("_check_methods", new dev.weft.runtime.call.PyBuiltinFunction("_check_methods", m, (self, args, kw) -> {
            if (args.length < 1 || !(args[0] instanceof PyType c)) {
                throw dev.weft.runtime.exc.Errors.typeError("_check_methods() needs a class");
            }
            String[] names = new String[args.length - 1];
            for (int i = 1; i < args.length; i++) {
                names[i - 1] = Ops.strString(args[i]);
            }
            return checkMethods(c, names);
        }));
        PyType[] none = new PyType[0];
        abc(m, "Hashable", none, new String[] {"__hash__"}, new String[] {"__hash__"}, null);
        PyType awaitable = abc(m, "Awaitable", none, new String[] {"__await__"}, new String[] {"__await__"}, null);
        abc(m, "Coroutine", new PyType[] {awaitable}, new String[] {"send", "throw"},
                new String[] {"__await__", "send", "throw", "close"}, null);
        PyType asyncIterable = abc(m, "AsyncIterable", none, new String[] {"__aiter__"}, new String[] {"__aiter__"}, null);
        PyType asyncIterator = abc(m, "AsyncIterator", new PyType[] {asyncIterable}, new String[] {"__anext__"},
                new String[] {"__anext__", "__aiter__"}, methods("__aiter__", AbcMixins.def("AsyncIterator", "__aiter__",
                        new String[] {"self"}, null, (fn, f) -> f[0])));
        abc(m, "AsyncGenerator", new PyType[] {asyncIterator}, new String[] {"asend", "athrow"},
                new String[] {"__aiter__", "__anext__", "asend", "athrow", "aclose"},
                methods("__anext__", AbcMixins.def("AsyncGenerator", "__anext__", new String[] {"self"}, null,
                        (fn, f) -> Ops.callMethod(f[0], "asend", PyNone.NONE))));
        iterable = abc(m, "Iterable", none, new String[] {"__iter__"}, new String[] {"__iter__"}, null);
        PyType iterator = abc(m, "Iterator", new PyType[] {iterable}, new String[] {"__next__"},
                new String[] {"__iter__", "__next__"}, methods("__iter__", AbcMixins.def("Iterator", "__iter__",
                        new String[] {"self"}, null, (fn, f) -> f[0])));
        PyType reversible = abc(m, "Reversible", new PyType[] {iterable}, new String[] {"__reversed__"},
                new String[] {"__reversed__", "__iter__"}, null);
        abc(m, "Generator", new PyType[] {iterator}, new String[] {"send", "throw"},
                new String[] {"__iter__", "__next__", "send", "throw", "close"},
                methods("__next__", AbcMixins.def("Generator", "__next__", new String[] {"self"}, null,
                        (fn, f) -> Ops.callMethod(f[0], "send", PyNone.NONE))));
        PyType sized = abc(m, "Sized", none, new String[] {"__len__"}, new String[] {"__len__"}, null);
        PyType container = abc(m, "Container", none, new String[] {"__contains__"}, new String[] {"__contains__"}, null);
        PyType collection = abc(m, "Collection", new PyType[] {sized, iterable, container}, new String[0],
                new String[] {"__len__", "__iter__", "__contains__"}, null);
        abc(m, "Buffer", none, new String[] {"__buffer__"}, new String[] {"__buffer__"}, null);
        abc(m, "Callable", none, new String[] {"__call__"}, new String[] {"__call__"}, null);
        set = abc(m, "Set", new PyType[] {collection}, new String[0], null, AbcMixins.set());
        PyType mutableSet = abc(m, "MutableSet", new PyType[] {set}, new String[] {"add", "discard"}, null,
                AbcMixins.mutableSet());
        PyType mappingView = abc(m, "MappingView", new PyType[] {sized}, new String[0], null, AbcMixins.mappingView());
        PyType keysView = abc(m, "KeysView", new PyType[] {mappingView, set}, new String[0], null, AbcMixins.keysView());
        PyType itemsView = abc(m, "ItemsView", new PyType[] {mappingView, set}, new String[0], null,
                AbcMixins.itemsView());
        PyType valuesView = abc(m, "ValuesView", new PyType[] {mappingView, collection}, new String[0], null,
                AbcMixins.valuesView());
        mapping = abc(m, "Mapping", new PyType[] {collection}, new String[] {"__getitem__"}, null,
                AbcMixins.mapping(new Views(keysView, itemsView, valuesView)));
        PyType mutableMapping = abc(m, "MutableMapping", new PyType[] {mapping},
                new String[] {"__setitem__", "__delitem__"}, null, AbcMixins.mutableMapping());
        PyType sequence = abc(m, "Sequence", new PyType[] {reversible, collection}, new String[] {"__getitem__"},
                null, AbcMixins.sequence());
        PyType mutableSequence = abc(m, "MutableSequence", new PyType[] {sequence},
                new String[] {"__setitem__", "__delitem__", "insert"}, null, AbcMixins.mutableSequence());
        PyType byteString = abc(m, "ByteString", new PyType[] {sequence}, new String[0], null, null);
        registerAll(sequence, PyTuple.TYPE, PyStr.TYPE, PyRange.TYPE);
        registerAll(byteString, PyBytes.TYPE, PyByteArray.TYPE);
        registerAll(mutableSequence, PyList.TYPE, PyByteArray.TYPE, PyDeque.TYPE);
        registerAll(set, PySet.FROZENSET_TYPE);
        registerAll(mutableSet, PySet.TYPE);
        registerAll(mapping, dev.weft.runtime.core.MappingProxy.TYPE);
        registerAll(mutableMapping, PyDict.TYPE);
        registerAll(keysView, PyDictView.KEYS_TYPE);
        registerAll(itemsView, PyDictView.ITEMS_TYPE);
        registerAll(valuesView, PyDictView.VALUES_TYPE);
        return m;
    }
}
