package dev.weft.runtime.modules.collections;

import dev.weft.runtime.call.CodeInfo;
import dev.weft.runtime.call.FunctionBody;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyClassMethod;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.core.PyInstance;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyGenericAlias;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySet;
import dev.weft.runtime.types.PySingleton;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mixin methods of the collections.abc classes, as Python functions with Java bodies that
 * do what Lib/_collections_abc.py does (which methods of self they call, in which order).
 */
final class AbcMixins {
    private AbcMixins() { }

    private static final String MOD = "collections.abc";
    private static final PyObject NI = PySingleton.NOT_IMPLEMENTED;
    /** MutableMapping's private default marker for pop(). */
    private static final PyObject MARKER = new PyInstance(PyType.OBJECT);

    static PyFunction def(String cls, String name, String[] params, PyObject[] defaults, FunctionBody body) {
        CodeInfo code = new CodeInfo(name, cls + "." + name, "<" + MOD + ">", 1, params.length, 0, 0, params, 0);
        PyDict g = new PyDict();
        g.setItem(PyStr.intern("__name__"), PyStr.intern(MOD));
        return new PyFunction(code, body, g, defaults, null, null);
    }

    private static boolean is(PyException e, PyType t) {
        return e.matches(t);
    }

    private static PyObject call(PyObject self, String method, PyObject... args) {
        return Ops.callMethod(self, method, args);
    }

    private static PyObject gen(String qualname, java.util.function.Supplier<PyObject> step) {
        return ModuleDefs.generator(qualname.substring(qualname.lastIndexOf('.') + 1), qualname, step);
    }

    // ---- Sequence / MutableSequence ----

    static Map<String, PyObject> sequence() {
        Map<String, PyObject> m = new LinkedHashMap<>();
        m.put("__getitem__", def("Sequence", "__getitem__", new String[] {"self", "index"}, null, (fn, f) -> {
            throw CollectionsAbc.bare(ExceptionTypes.IndexError);
        }));
        m.put("__iter__", def("Sequence", "__iter__", new String[] {"self"}, null, (fn, f) -> {
            PyObject self = f[0];
            long[] i = {0};
            boolean[] done = {false};
            return gen("Sequence.__iter__", () -> {
                if (done[0]) {
                    return null;
                }
                try {
                    return Protocols.getItem(self, PyInt.of(i[0]++));
                } catch (PyException e) {
                    if (is(e, ExceptionTypes.IndexError)) {
                        done[0] = true;
                        return null;
                    }
                    throw e;
                }
            });
        }));
        m.put("__contains__", def("Sequence", "__contains__", new String[] {"self", "value"}, null, (fn, f) -> {
            PyObject it = Protocols.iter(f[0]);
            for (PyObject v = Protocols.next(it); v != null; v = Protocols.next(it)) {
                if (v == f[1] || Ops.eqBool(v, f[1])) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }));
        m.put("__reversed__", def("Sequence", "__reversed__", new String[] {"self"}, null, (fn, f) -> {
            PyObject self = f[0];
            long[] i = {-1};
            return gen("Sequence.__reversed__", () -> {
                if (i[0] == -1) {
                    i[0] = Protocols.len(self);
                }
                if (i[0] == 0) {
                    return null;
                }
                return Protocols.getItem(self, PyInt.of(--i[0]));
            });
        }));
        m.put("index", def("Sequence", "index", new String[] {"self", "value", "start", "stop"},
                new PyObject[] {PyInt.ZERO, PyNone.NONE}, (fn, f) -> {
                    PyObject self = f[0];
                    long start = Protocols.index(f[2], null).longValue();
                    if (f[2] != PyNone.NONE && start < 0) {
                        start = Math.max(Protocols.len(self) + start, 0);
                    }
                    long stop = -1;
                    if (f[3] != PyNone.NONE) {
                        stop = Protocols.index(f[3], null).longValue();
                        if (stop < 0) {
                            stop += Protocols.len(self);
                        }
                    }
                    long i = start;
                    while (f[3] == PyNone.NONE || i < stop) {
                        PyObject v;
                        try {
                            v = Protocols.getItem(self, PyInt.of(i));
                        } catch (PyException e) {
                            if (is(e, ExceptionTypes.IndexError)) {
                                break;
                            }
                            throw e;
                        }
                        if (v == f[1] || Ops.eqBool(v, f[1])) {
                            return PyInt.of(i);
                        }
                        i++;
                    }
                    throw CollectionsAbc.bare(ExceptionTypes.ValueError);
                }));
        m.put("count", def("Sequence", "count", new String[] {"self", "value"}, null, (fn, f) -> {
            long n = 0;
            PyObject it = Protocols.iter(f[0]);
            for (PyObject v = Protocols.next(it); v != null; v = Protocols.next(it)) {
                if (v == f[1] || Ops.eqBool(v, f[1])) {
                    n++;
                }
            }
            return PyInt.of(n);
        }));
        return m;
    }

    static Map<String, PyObject> mutableSequence() {
        Map<String, PyObject> m = new LinkedHashMap<>();
        m.put("__setitem__", def("MutableSequence", "__setitem__", new String[] {"self", "index", "value"}, null,
                (fn, f) -> {
                    throw CollectionsAbc.bare(ExceptionTypes.IndexError);
                }));
        m.put("__delitem__", def("MutableSequence", "__delitem__", new String[] {"self", "index"}, null, (fn, f) -> {
            throw CollectionsAbc.bare(ExceptionTypes.IndexError);
        }));
        m.put("insert", def("MutableSequence", "insert", new String[] {"self", "index", "value"}, null, (fn, f) -> {
            throw CollectionsAbc.bare(ExceptionTypes.IndexError);
        }));
        m.put("append", def("MutableSequence", "append", new String[] {"self", "value"}, null, (fn, f) -> {
            call(f[0], "insert", PyInt.of(Protocols.len(f[0])), f[1]);
            return PyNone.NONE;
        }));
        m.put("clear", def("MutableSequence", "clear", new String[] {"self"}, null, (fn, f) -> {
            try {
                while (true) {
                    call(f[0], "pop");
                }
            } catch (PyException e) {
                if (!is(e, ExceptionTypes.IndexError)) {
                    throw e;
                }
            }
            return PyNone.NONE;
        }));
        m.put("reverse", def("MutableSequence", "reverse", new String[] {"self"}, null, (fn, f) -> {
            PyObject self = f[0];
            int n = Protocols.len(self);
            for (int i = 0; i < n / 2; i++) {
                PyObject a = Protocols.getItem(self, PyInt.of(n - i - 1));
                PyObject b = Protocols.getItem(self, PyInt.of(i));
                Protocols.setItem(self, PyInt.of(i), a);
                Protocols.setItem(self, PyInt.of(n - i - 1), b);
            }
            return PyNone.NONE;
        }));
        m.put("extend", def("MutableSequence", "extend", new String[] {"self", "values"}, null, (fn, f) -> {
            PyObject values = f[1] == f[0] ? PyList.fromIterable(f[1]) : f[1];
            PyObject it = Protocols.iter(values);
            for (PyObject v = Protocols.next(it); v != null; v = Protocols.next(it)) {
                call(f[0], "append", v);
            }
            return PyNone.NONE;
        }));
        m.put("pop", def("MutableSequence", "pop", new String[] {"self", "index"}, new PyObject[] {PyInt.MINUS_ONE},
                (fn, f) -> {
                    PyObject v = Protocols.getItem(f[0], f[1]);
                    Protocols.delItem(f[0], f[1]);
                    return v;
                }));
        m.put("remove", def("MutableSequence", "remove", new String[] {"self", "value"}, null, (fn, f) -> {
            Protocols.delItem(f[0], call(f[0], "index", f[1]));
            return PyNone.NONE;
        }));
        m.put("__iadd__", def("MutableSequence", "__iadd__", new String[] {"self", "values"}, null, (fn, f) -> {
            call(f[0], "extend", f[1]);
            return f[0];
        }));
        return m;
    }

    // ---- Mapping / MutableMapping ----

    static Map<String, PyObject> mapping(CollectionsAbc.Views views) {
        Map<String, PyObject> m = new LinkedHashMap<>();
        m.put("__getitem__", def("Mapping", "__getitem__", new String[] {"self", "key"}, null, (fn, f) -> {
            throw CollectionsAbc.bare(ExceptionTypes.KeyError);
        }));
        m.put("get", def("Mapping", "get", new String[] {"self", "key", "default"}, new PyObject[] {PyNone.NONE},
                (fn, f) -> {
                    try {
                        return Protocols.getItem(f[0], f[1]);
                    } catch (PyException e) {
                        if (is(e, ExceptionTypes.KeyError)) {
                            return f[2];
                        }
                        throw e;
                    }
                }));
        m.put("__contains__", def("Mapping", "__contains__", new String[] {"self", "key"}, null, (fn, f) -> {
            try {
                Protocols.getItem(f[0], f[1]);
                return PyBool.TRUE;
            } catch (PyException e) {
                if (is(e, ExceptionTypes.KeyError)) {
                    return PyBool.FALSE;
                }
                throw e;
            }
        }));
        m.put("keys", def("Mapping", "keys", new String[] {"self"}, null, (fn, f) -> Calls.call1(views.keys(), f[0])));
        m.put("items", def("Mapping", "items", new String[] {"self"}, null, (fn, f) -> Calls.call1(views.items(), f[0])));
        m.put("values", def("Mapping", "values", new String[] {"self"}, null,
                (fn, f) -> Calls.call1(views.values(), f[0])));
        m.put("__eq__", def("Mapping", "__eq__", new String[] {"self", "other"}, null, (fn, f) -> {
            if (!CollectionsAbc.isMapping(f[1])) {
                return NI;
            }
            return Ops.eq(itemsDict(f[0]), itemsDict(f[1]));
        }));
        m.put("__reversed__", PyNone.NONE);
        return m;
    }

    /** {@code dict(m.items())}. */
    private static PyDict itemsDict(PyObject mapping) {
        PyDict d = new PyDict();
        for (PyObject pair : Protocols.toArray(call(mapping, "items"))) {
            PyObject[] kv = Protocols.unpack(pair, 2);
            d.setItem(kv[0], kv[1]);
        }
        return d;
    }

    static Map<String, PyObject> mutableMapping() {
        Map<String, PyObject> m = new LinkedHashMap<>();
        m.put("__setitem__", def("MutableMapping", "__setitem__", new String[] {"self", "key", "value"}, null,
                (fn, f) -> {
                    throw CollectionsAbc.bare(ExceptionTypes.KeyError);
                }));
        m.put("__delitem__", def("MutableMapping", "__delitem__", new String[] {"self", "key"}, null, (fn, f) -> {
            throw CollectionsAbc.bare(ExceptionTypes.KeyError);
        }));
        m.put("pop", def("MutableMapping", "pop", new String[] {"self", "key", "default"}, new PyObject[] {MARKER},
                (fn, f) -> {
                    PyObject value;
                    try {
                        value = Protocols.getItem(f[0], f[1]);
                    } catch (PyException e) {
                        if (is(e, ExceptionTypes.KeyError) && f[2] != MARKER) {
                            return f[2];
                        }
                        throw e;
                    }
                    Protocols.delItem(f[0], f[1]);
                    return value;
                }));
        m.put("popitem", def("MutableMapping", "popitem", new String[] {"self"}, null, (fn, f) -> {
            PyObject key = Protocols.next(Protocols.iter(f[0]));
            if (key == null) {
                throw CollectionsAbc.bare(ExceptionTypes.KeyError);
            }
            PyObject value = Protocols.getItem(f[0], key);
            Protocols.delItem(f[0], key);
            return PyTuple.of(key, value);
        }));
        m.put("clear", def("MutableMapping", "clear", new String[] {"self"}, null, (fn, f) -> {
            try {
                while (true) {
                    call(f[0], "popitem");
                }
            } catch (PyException e) {
                if (!is(e, ExceptionTypes.KeyError)) {
                    throw e;
                }
            }
            return PyNone.NONE;
        }));
        CodeInfo update = new CodeInfo("update", "MutableMapping.update", "<" + MOD + ">", 1, 2, 2, 0,
                new String[] {"self", "other", "kwds"}, CodeInfo.VARKEYWORDS);
        PyDict g = new PyDict();
        g.setItem(PyStr.intern("__name__"), PyStr.intern(MOD));
        m.put("update", new PyFunction(update, (fn, f) -> {
            PyObject self = f[0], other = f[1];
            if (CollectionsAbc.isMapping(other)) {
                for (PyObject key : Protocols.toArray(other)) {
                    Protocols.setItem(self, key, Protocols.getItem(other, key));
                }
            } else if (Attr.getAttrOrNull(other, "keys") != null) {
                for (PyObject key : Protocols.toArray(call(other, "keys"))) {
                    Protocols.setItem(self, key, Protocols.getItem(other, key));
                }
            } else {
                for (PyObject pair : Protocols.toArray(other)) {
                    PyObject[] kv = Protocols.unpack(pair, 2);
                    Protocols.setItem(self, kv[0], kv[1]);
                }
            }
            PyObject[][] kw = ((PyDict) f[2]).snapshot();
            for (int i = 0; i < kw[0].length; i++) {
                Protocols.setItem(self, kw[0][i], kw[1][i]);
            }
            return PyNone.NONE;
        }, g, new PyObject[] {PyTuple.EMPTY}, null, null));
        m.put("setdefault", def("MutableMapping", "setdefault", new String[] {"self", "key", "default"},
                new PyObject[] {PyNone.NONE}, (fn, f) -> {
                    try {
                        return Protocols.getItem(f[0], f[1]);
                    } catch (PyException e) {
                        if (!is(e, ExceptionTypes.KeyError)) {
                            throw e;
                        }
                    }
                    Protocols.setItem(f[0], f[1], f[2]);
                    return f[2];
                }));
        return m;
    }

    // ---- views ----

    private static PyObject mappingOf(PyObject view) {
        return Attr.getAttr(view, "_mapping");
    }

    static Map<String, PyObject> mappingView() {
        Map<String, PyObject> m = new LinkedHashMap<>();
        m.put("__slots__", PyTuple.of(PyStr.intern("_mapping")));
        m.put("__init__", def("MappingView", "__init__", new String[] {"self", "mapping"}, null, (fn, f) -> {
            Attr.setAttr(f[0], "_mapping", f[1]);
            return PyNone.NONE;
        }));
        m.put("__len__", def("MappingView", "__len__", new String[] {"self"}, null,
                (fn, f) -> PyInt.of(Protocols.len(mappingOf(f[0])))));
        m.put("__repr__", def("MappingView", "__repr__", new String[] {"self"}, null,
                (fn, f) -> PyStr.of(Ops.strString(Attr.getAttr(f[0].type(), "__name__")) + "("
                        + Ops.reprString(mappingOf(f[0])) + ")")));
        m.put("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", 2, 2,
                (dev.weft.runtime.call.Fn.F2) (self, cls, item) -> new PyGenericAlias(cls, item))));
        return m;
    }

    private static PyObject fromIterableSet() {
        return new PyClassMethod(def("KeysView", "_from_iterable", new String[] {"cls", "it"}, null,
                (fn, f) -> Calls.call1(PySet.TYPE, f[1])));
    }

    static Map<String, PyObject> keysView() {
        Map<String, PyObject> m = new LinkedHashMap<>();
        m.put("__slots__", PyTuple.EMPTY);
        m.put("_from_iterable", fromIterableSet());
        m.put("__contains__", def("KeysView", "__contains__", new String[] {"self", "key"}, null,
                (fn, f) -> PyBool.of(Protocols.contains(mappingOf(f[0]), f[1]))));
        m.put("__iter__", def("KeysView", "__iter__", new String[] {"self"}, null, (fn, f) -> {
            PyObject it = Protocols.iter(mappingOf(f[0]));
            return gen("KeysView.__iter__", () -> Protocols.next(it));
        }));
        return m;
    }

    static Map<String, PyObject> itemsView() {
        Map<String, PyObject> m = new LinkedHashMap<>();
        m.put("__slots__", PyTuple.EMPTY);
        m.put("_from_iterable", fromIterableSet());
        m.put("__contains__", def("ItemsView", "__contains__", new String[] {"self", "item"}, null, (fn, f) -> {
            PyObject[] kv = Protocols.unpack(f[1], 2);
            PyObject v;
            try {
                v = Protocols.getItem(mappingOf(f[0]), kv[0]);
            } catch (PyException e) {
                if (is(e, ExceptionTypes.KeyError)) {
                    return PyBool.FALSE;
                }
                throw e;
            }
            return PyBool.of(v == kv[1] || Ops.eqBool(v, kv[1]));
        }));
        m.put("__iter__", def("ItemsView", "__iter__", new String[] {"self"}, null, (fn, f) -> {
            PyObject mapping = mappingOf(f[0]);
            PyObject it = Protocols.iter(mapping);
            return gen("ItemsView.__iter__", () -> {
                PyObject key = Protocols.next(it);
                return key == null ? null : PyTuple.of(key, Protocols.getItem(mapping, key));
            });
        }));
        return m;
    }

    static Map<String, PyObject> valuesView() {
        Map<String, PyObject> m = new LinkedHashMap<>();
        m.put("__slots__", PyTuple.EMPTY);
        m.put("__contains__", def("ValuesView", "__contains__", new String[] {"self", "value"}, null, (fn, f) -> {
            PyObject mapping = mappingOf(f[0]);
            for (PyObject key : Protocols.toArray(mapping)) {
                PyObject v = Protocols.getItem(mapping, key);
                if (v == f[1] || Ops.eqBool(v, f[1])) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }));
        m.put("__iter__", def("ValuesView", "__iter__", new String[] {"self"}, null, (fn, f) -> {
            PyObject mapping = mappingOf(f[0]);
            PyObject it = Protocols.iter(mapping);
            return gen("ValuesView.__iter__", () -> {
                PyObject key = Protocols.next(it);
                return key == null ? null : Protocols.getItem(mapping, key);
            });
        }));
        return m;
    }

    // ---- Set / MutableSet ----

    private static boolean isSet(PyObject o) {
        return o instanceof PySet || CollectionsAbc.isSetAbc(o);
    }

    private static PyObject fromIterable(PyObject self, PyObject items) {
        return Calls.call1(Attr.getAttr(self, "_from_iterable"), items);
    }

    private static boolean allIn(PyObject items, PyObject container) {
        PyObject it = Protocols.iter(items);
        for (PyObject v = Protocols.next(it); v != null; v = Protocols.next(it)) {
            if (!Protocols.contains(container, v)) {
                return false;
            }
        }
        return true;
    }

    private interface SetCompare {
        boolean test(PyObject self, PyObject other);
    }

    private static PyFunction compare(String name, SetCompare c) {
        return def("Set", name, new String[] {"self", "other"}, null, (fn, f) -> {
            if (!isSet(f[1])) {
                return NI;
            }
            return PyBool.of(c.test(f[0], f[1]));
        });
    }

    static Map<String, PyObject> set() {
        Map<String, PyObject> m = new LinkedHashMap<>();
        m.put("__le__", compare("__le__", (a, b) -> Protocols.len(a) <= Protocols.len(b) && allIn(a, b)));
        m.put("__lt__", compare("__lt__", (a, b) -> Protocols.len(a) < Protocols.len(b) && allIn(a, b)));
        m.put("__gt__", compare("__gt__", (a, b) -> Protocols.len(a) > Protocols.len(b) && allIn(b, a)));
        m.put("__ge__", compare("__ge__", (a, b) -> Protocols.len(a) >= Protocols.len(b) && allIn(b, a)));
        m.put("__eq__", compare("__eq__", (a, b) -> Protocols.len(a) == Protocols.len(b) && allIn(a, b)));
        m.put("_from_iterable", new PyClassMethod(def("Set", "_from_iterable", new String[] {"cls", "it"}, null,
                (fn, f) -> Calls.call1(f[0], f[1]))));
        FunctionBody and = (fn, f) -> {
            if (!CollectionsAbc.isIterable(f[1])) {
                return NI;
            }
            PyList out = new PyList();
            for (PyObject v : Protocols.toArray(f[1])) {
                if (Protocols.contains(f[0], v)) {
                    out.append(v);
                }
            }
            return fromIterable(f[0], out);
        };
        m.put("__and__", def("Set", "__and__", new String[] {"self", "other"}, null, and));
        m.put("__rand__", def("Set", "__and__", new String[] {"self", "other"}, null, and));
        m.put("isdisjoint", def("Set", "isdisjoint", new String[] {"self", "other"}, null, (fn, f) -> {
            for (PyObject v : Protocols.toArray(f[1])) {
                if (Protocols.contains(f[0], v)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        }));
        FunctionBody or = (fn, f) -> {
            if (!CollectionsAbc.isIterable(f[1])) {
                return NI;
            }
            PyList out = new PyList(Protocols.toArray(f[0]));
            out.appendAll(Protocols.toArray(f[1]));
            return fromIterable(f[0], out);
        };
        m.put("__or__", def("Set", "__or__", new String[] {"self", "other"}, null, or));
        m.put("__ror__", def("Set", "__or__", new String[] {"self", "other"}, null, or));
        m.put("__sub__", def("Set", "__sub__", new String[] {"self", "other"}, null, (fn, f) -> {
            PyObject other = f[1];
            if (!isSet(other)) {
                if (!CollectionsAbc.isIterable(other)) {
                    return NI;
                }
                other = fromIterable(f[0], other);
            }
            PyList out = new PyList();
            for (PyObject v : Protocols.toArray(f[0])) {
                if (!Protocols.contains(other, v)) {
                    out.append(v);
                }
            }
            return fromIterable(f[0], out);
        }));
        m.put("__rsub__", def("Set", "__rsub__", new String[] {"self", "other"}, null, (fn, f) -> {
            PyObject other = f[1];
            if (!isSet(other)) {
                if (!CollectionsAbc.isIterable(other)) {
                    return NI;
                }
                other = fromIterable(f[0], other);
            }
            PyList out = new PyList();
            for (PyObject v : Protocols.toArray(other)) {
                if (!Protocols.contains(f[0], v)) {
                    out.append(v);
                }
            }
            return fromIterable(f[0], out);
        }));
        FunctionBody xor = (fn, f) -> {
            PyObject other = f[1];
            if (!isSet(other)) {
                if (!CollectionsAbc.isIterable(other)) {
                    return NI;
                }
                other = fromIterable(f[0], other);
            }
            return Ops.or(Ops.sub(f[0], other), Ops.sub(other, f[0]));
        };
        m.put("__xor__", def("Set", "__xor__", new String[] {"self", "other"}, null, xor));
        m.put("__rxor__", def("Set", "__xor__", new String[] {"self", "other"}, null, xor));
        return m;
    }

    static Map<String, PyObject> mutableSet() {
        Map<String, PyObject> m = new LinkedHashMap<>();
        m.put("add", def("MutableSet", "add", new String[] {"self", "value"}, null, (fn, f) -> {
            throw CollectionsAbc.bare(ExceptionTypes.NotImplementedError);
        }));
        m.put("discard", def("MutableSet", "discard", new String[] {"self", "value"}, null, (fn, f) -> {
            throw CollectionsAbc.bare(ExceptionTypes.NotImplementedError);
        }));
        m.put("remove", def("MutableSet", "remove", new String[] {"self", "value"}, null, (fn, f) -> {
            if (!Protocols.contains(f[0], f[1])) {
                throw Errors.keyError(f[1]);
            }
            call(f[0], "discard", f[1]);
            return PyNone.NONE;
        }));
        m.put("pop", def("MutableSet", "pop", new String[] {"self"}, null, (fn, f) -> {
            PyObject value = Protocols.next(Protocols.iter(f[0]));
            if (value == null) {
                throw CollectionsAbc.bare(ExceptionTypes.KeyError);
            }
            call(f[0], "discard", value);
            return value;
        }));
        m.put("clear", def("MutableSet", "clear", new String[] {"self"}, null, (fn, f) -> {
            try {
                while (true) {
                    call(f[0], "pop");
                }
            } catch (PyException e) {
                if (!is(e, ExceptionTypes.KeyError)) {
                    throw e;
                }
            }
            return PyNone.NONE;
        }));
        m.put("__ior__", def("MutableSet", "__ior__", new String[] {"self", "it"}, null, (fn, f) -> {
            for (PyObject v : Protocols.toArray(f[1])) {
                call(f[0], "add", v);
            }
            return f[0];
        }));
        m.put("__iand__", def("MutableSet", "__iand__", new String[] {"self", "it"}, null, (fn, f) -> {
            for (PyObject v : Protocols.toArray(Ops.sub(f[0], f[1]))) {
                call(f[0], "discard", v);
            }
            return f[0];
        }));
        m.put("__ixor__", def("MutableSet", "__ixor__", new String[] {"self", "it"}, null, (fn, f) -> {
            if (f[1] == f[0]) {
                call(f[0], "clear");
                return f[0];
            }
            PyObject other = isSet(f[1]) ? f[1] : fromIterable(f[0], f[1]);
            for (PyObject v : Protocols.toArray(other)) {
                if (Protocols.contains(f[0], v)) {
                    call(f[0], "discard", v);
                } else {
                    call(f[0], "add", v);
                }
            }
            return f[0];
        }));
        m.put("__isub__", def("MutableSet", "__isub__", new String[] {"self", "it"}, null, (fn, f) -> {
            if (f[1] == f[0]) {
                call(f[0], "clear");
                return f[0];
            }
            for (PyObject v : Protocols.toArray(f[1])) {
                call(f[0], "discard", v);
            }
            return f[0];
        }));
        return m;
    }

}
