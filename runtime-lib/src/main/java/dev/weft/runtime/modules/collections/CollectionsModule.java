package dev.weft.runtime.modules.collections;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;

/**
 * {@code collections} (CPython's is pure Python; this Java version offers the same classes
 * with the same reprs and errors) and its accelerator {@code _collections}.
 */
public final class CollectionsModule {
    private CollectionsModule() { }

    private static volatile PyModule collections;
    private static volatile PyModule accelerator;

    public static synchronized PyModule create() {
        if (collections == null) {
            PyModule m = new PyModule("collections");
            m.put("__path__", new dev.weft.runtime.types.PyList()); // a package: collections.abc is its submodule
            ModuleDefs.putType(m, PyDeque.TYPE);
            ModuleDefs.putType(m, PyDefaultDict.TYPE);
            ModuleDefs.putType(m, PyOrderedDict.TYPE);
            ModuleDefs.putType(m, PyCounter.TYPE);
            m.put("namedtuple", NamedTuple.FACTORY);
            m.put("_deque_iterator", DequeIterator.FORWARD);
            m.put("_tuplegetter", TupleGetter.TYPE);
            new ModuleDefs.Funcs(m, "_collections").f2("_count_elements", 2, (self, a, b) -> countElements(a, b));
            PyModule abc = CollectionsAbc.create();
            m.put("abc", abc);
            PyType mutableMapping = (PyType) abc.get("MutableMapping");
            m.put("ChainMap", PythonClasses.chainMap(mutableMapping));
            m.put("UserDict", PythonClasses.userDict(mutableMapping, new PyType[1]));
            m.put("UserList", UserList.build((PyType) abc.get("MutableSequence")));
            m.put("UserString", UserString.build((PyType) abc.get("Sequence")));
            ModuleDefs.putAll(m, "ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
                    "defaultdict", "deque", "namedtuple");
            collections = m;
        }
        return collections;
    }

    /** {@code _collections}: deque, defaultdict, OrderedDict and the helpers collections/__init__.py imports. */
    public static synchronized PyModule createAccelerator() {
        if (accelerator == null) {
            PyModule m = new PyModule("_collections");
            ModuleDefs.putType(m, PyDeque.TYPE);
            ModuleDefs.putType(m, PyDefaultDict.TYPE);
            ModuleDefs.putType(m, PyOrderedDict.TYPE);
            ModuleDefs.putType(m, DequeIterator.FORWARD);
            ModuleDefs.putType(m, DequeIterator.REVERSE);
            ModuleDefs.putType(m, TupleGetter.TYPE);
            new ModuleDefs.Funcs(m, "_collections").f2("_count_elements", 2, (self, a, b) -> countElements(a, b));
            accelerator = m;
        }
        return accelerator;
    }

    /** {@code collections.abc}. */
    public static PyModule createAbc() {
        return CollectionsAbc.create();
    }

    /** {@code namedtuple(typename, fields, module=module)}, for other Java modules (functools.CacheInfo). */
    public static PyObject namedtuple(String typename, String[] fields, String module) {
        PyObject[] names = new PyObject[fields.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = dev.weft.runtime.types.PyStr.of(fields[i]);
        }
        return NamedTuple.FACTORY.call(new PyObject[] {dev.weft.runtime.types.PyStr.of(typename),
            new dev.weft.runtime.types.PyList(names), dev.weft.runtime.types.PyStr.of(module)}, new String[] {"module"});
    }

    /** {@code _count_elements(mapping, iterable)}: {@code mapping[e] = mapping.get(e, 0) + 1} for each element. */
    static PyObject countElements(PyObject mapping, PyObject iterable) {
        PyObject it = Protocols.iter(iterable);
        boolean plainDict = mapping instanceof PyDict
                && mapping.type().lookup("get") == PyDict.TYPE.lookup("get")
                && mapping.type().lookup("__setitem__") == PyDict.TYPE.lookup("__setitem__");
        PyObject getter = plainDict ? null : Attr.getAttr(mapping, "get");
        for (PyObject e = Protocols.next(it); e != null; e = Protocols.next(it)) {
            if (plainDict) {
                PyDict d = (PyDict) mapping;
                PyObject old = d.getItemOrNull(e);
                d.setItem(e, old == null ? PyInt.ONE : Ops.add(old, PyInt.ONE));
            } else {
                PyObject old = Calls.call2(getter, e, PyInt.ZERO);
                Protocols.setItem(mapping, e, Ops.add(old, PyInt.ONE));
            }
        }
        return PyNone.NONE;
    }
}
