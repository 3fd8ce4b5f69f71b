package dev.weft.runtime.modules.collections;

import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyClassMethod;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.ClassBuilder;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.modules.abc.AbcCore;
import dev.weft.runtime.ops.Ops;
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

import java.util.Map;

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

    /**
     * The fallback metaclass, used when Lib/abc.py cannot be imported; both delegate to
     * {@link AbcCore}, so registries, caches and the cache token are shared.
     */
    private static void defineMeta(PyType t) {
        t.defV("__init__", (cls, args, kw) -> {
            AbcCore.init(cls);
            return PyNone.NONE;
        });
        t.def1("register", AbcCore::register);
        t.def1("__instancecheck__", AbcCore::instanceCheck);
        t.def1("__subclasscheck__", (cls, sub) -> PyBool.of(AbcCore.subclassCheck(cls, sub)));
    }

    /**
     * Lib/abc.py's ABCMeta when that module can be imported (the stdlib, or a copy next to the
     * program), so that user classes mixing {@code abc.ABC} and these ABCs have one metaclass,
     * as in CPython; else the Java fallback.
     */
    private static PyType metaclass() {
        try {
            PyObject abc = dev.weft.runtime.imp.Importer.importModule("abc");
            PyObject meta = dev.weft.runtime.ops.Attr.getAttrOrNull(abc, "ABCMeta");
            if (meta instanceof PyType t && t.isSubtypeOf(PyType.TYPE)) {
                return t;
            }
        } catch (dev.weft.runtime.exc.PyException e) {
            if (!e.matches(ExceptionTypes.ImportError)) {
                throw e;
            }
        }
        return META;
    }

    private static PyObject register(PyType cls, PyObject sub) {
        return AbcCore.register(cls, sub);
    }

    private static boolean isAbc(PyType t) {
        return t.lookup("_abc_impl") != null;
    }

    static boolean subclassCheck(PyType cls, PyType sub) {
        return isAbc(cls) ? AbcCore.subclassCheck(cls, sub) : sub.isSubtypeOf(cls);
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

    /** What ABCMeta does for a class made here without calling it: {@code __abstractmethods__} and its own ABC data. */
    static void computeAbstracts(PyType cls) {
        AbcCore.init(cls);
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
        PyType meta = metaclass;
        PyType t;
        if (meta == META) {
            t = ClassBuilder.newType(META, name, bases.length == 0 ? new PyObject[0] : bases, ns, null, null);
            AbcCore.init(t);
        } else {
            t = (PyType) meta.call(new PyObject[] {PyStr.of(name), PyTuple.of((PyObject[]) bases), ns}, null);
        }
        holder[0] = t;
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

    /** The metaclass of the ABCs being built. */
    private static PyType metaclass;

    private static PyModule build() {
        metaclass = metaclass();
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
