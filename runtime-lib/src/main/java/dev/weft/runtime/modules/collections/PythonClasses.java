package dev.weft.runtime.modules.collections;

import dev.weft.runtime.call.CodeInfo;
import dev.weft.runtime.call.FunctionBody;
import dev.weft.runtime.call.PyClassMethod;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.call.PyProperty;
import dev.weft.runtime.core.ClassBuilder;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.ops.ReprGuard;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
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
 * ChainMap and UserDict: classes collections/__init__.py defines in Python, built here as
 * classes of the same shape (MutableMapping subclasses whose methods are Python functions with
 * Java bodies following the Python source).
 */
final class PythonClasses {
    private PythonClasses() { }

    private static final PyObject NI = PySingleton.NOT_IMPLEMENTED;

    private static PyFunction fn(String cls, String name, String[] params, int argCount, int posOnly, int flags,
                                 PyObject[] defaults, FunctionBody body) {
        CodeInfo code = new CodeInfo(name, cls + "." + name, "<collections>", 1, argCount, posOnly, 0, params, flags);
        PyDict g = new PyDict();
        g.setItem(PyStr.intern("__name__"), PyStr.intern("collections"));
        return new PyFunction(code, body, g, defaults, null, null);
    }

    private static PyFunction fn(String cls, String name, String[] params, PyObject[] defaults, FunctionBody body) {
        return fn(cls, name, params, params.length, 0, 0, defaults, body);
    }

    private static PyType build(String name, PyType base, Map<String, PyObject> methods) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.intern("__module__"), PyStr.intern("collections"));
        ns.setItem(PyStr.intern("__qualname__"), PyStr.of(name));
        for (Map.Entry<String, PyObject> e : methods.entrySet()) {
            ns.setItem(PyStr.intern(e.getKey()), e.getValue());
        }
        PyType t = ClassBuilder.newType(base.type(), name, new PyObject[] {base}, ns, null, null);
        CollectionsAbc.computeAbstracts(t);
        return t;
    }

    private static PyObject maps(PyObject self) {
        return Attr.getAttr(self, "maps");
    }

    private static PyObject first(PyObject self) {
        return Protocols.getItem(maps(self), PyInt.ZERO);
    }

    private static PyObject[] mapsArray(PyObject self) {
        return Protocols.toArray(maps(self));
    }

    private static PyException firstMappingError(PyObject key) {
        return Errors.keyError(PyStr.of("Key not found in the first mapping: " + Ops.reprString(key)));
    }

    static PyType chainMap(PyType mutableMapping) {
        Map<String, PyObject> m = new LinkedHashMap<>();
        String c = "ChainMap";
        m.put("__init__", fn(c, "__init__", new String[] {"self", "maps"}, 1, 0, CodeInfo.VARARGS, null, (f, a) -> {
            PyTuple given = (PyTuple) a[1];
            PyList list = given.size() == 0 ? PyList.of(new PyDict()) : new PyList(given.toArray());
            Attr.setAttr(a[0], "maps", list);
            return PyNone.NONE;
        }));
        m.put("__missing__", fn(c, "__missing__", new String[] {"self", "key"}, null, (f, a) -> {
            throw Errors.keyError(a[1]);
        }));
        m.put("__getitem__", fn(c, "__getitem__", new String[] {"self", "key"}, null, (f, a) -> {
            for (PyObject mapping : mapsArray(a[0])) {
                try {
                    return Protocols.getItem(mapping, a[1]);
                } catch (PyException e) {
                    if (!e.matches(ExceptionTypes.KeyError)) {
                        throw e;
                    }
                }
            }
            return Ops.callMethod(a[0], "__missing__", a[1]);
        }));
        m.put("get", fn(c, "get", new String[] {"self", "key", "default"}, new PyObject[] {PyNone.NONE},
                (f, a) -> Protocols.contains(a[0], a[1]) ? Protocols.getItem(a[0], a[1]) : a[2]));
        m.put("__len__", fn(c, "__len__", new String[] {"self"}, null, (f, a) -> {
            PySet union = new PySet();
            for (PyObject mapping : mapsArray(a[0])) {
                for (PyObject k : Protocols.toArray(mapping)) {
                    union.add(k);
                }
            }
            return PyInt.of(union.size());
        }));
        m.put("__iter__", fn(c, "__iter__", new String[] {"self"}, null, (f, a) -> {
            PyDict d = new PyDict();
            PyObject[] all = mapsArray(a[0]);
            for (int i = all.length - 1; i >= 0; i--) {
                for (PyObject k : Protocols.toArray(all[i])) {
                    d.setItem(k, PyNone.NONE);
                }
            }
            return Protocols.iter(d);
        }));
        m.put("__contains__", fn(c, "__contains__", new String[] {"self", "key"}, null, (f, a) -> {
            for (PyObject mapping : mapsArray(a[0])) {
                if (Protocols.contains(mapping, a[1])) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }));
        m.put("__bool__", fn(c, "__bool__", new String[] {"self"}, null, (f, a) -> {
            for (PyObject mapping : mapsArray(a[0])) {
                if (Ops.isTrue(mapping)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }));
        m.put("__repr__", fn(c, "__repr__", new String[] {"self"}, null, (f, a) -> {
            if (!ReprGuard.enter(a[0])) {
                return PyStr.of("...");
            }
            try {
                StringBuilder sb = new StringBuilder(Ops.strString(Attr.getAttr(a[0].type(), "__name__"))).append('(');
                PyObject[] all = mapsArray(a[0]);
                for (int i = 0; i < all.length; i++) {
                    sb.append(i > 0 ? ", " : "").append(Ops.reprString(all[i]));
                }
                return PyStr.of(sb.append(')').toString());
            } finally {
                ReprGuard.exit(a[0]);
            }
        }));
        m.put("fromkeys", new PyClassMethod(fn(c, "fromkeys", new String[] {"cls", "iterable", "value"}, 3, 3, 0,
                new PyObject[] {PyNone.NONE}, (f, a) -> {
                    PyDict d = new PyDict();
                    for (PyObject k : Protocols.toArray(a[1])) {
                        d.setItem(k, a[2]);
                    }
                    return Calls.call1(a[0], d);
                })));
        PyFunction copy = fn(c, "copy", new String[] {"self"}, null, (f, a) -> {
            PyObject[] all = mapsArray(a[0]);
            PyObject[] args = all.clone();
            args[0] = Ops.callMethod(all[0], "copy");
            return Calls.call(a[0].type(), args, null);
        });
        m.put("copy", copy);
        m.put("__copy__", copy);
        m.put("new_child", fn(c, "new_child", new String[] {"self", "m", "kwargs"}, 2, 0, CodeInfo.VARKEYWORDS,
                new PyObject[] {PyNone.NONE}, (f, a) -> {
                    PyObject child = a[1];
                    PyDict kwargs = (PyDict) a[2];
                    if (child == PyNone.NONE) {
                        child = kwargs;
                    } else if (kwargs.size() > 0) {
                        Ops.callMethod(child, "update", kwargs);
                    }
                    PyObject[] all = mapsArray(a[0]);
                    PyObject[] args = new PyObject[all.length + 1];
                    args[0] = child;
                    System.arraycopy(all, 0, args, 1, all.length);
                    return Calls.call(a[0].type(), args, null);
                }));
        m.put("parents", new PyProperty(fn(c, "parents", new String[] {"self"}, null, (f, a) -> {
            PyObject[] all = mapsArray(a[0]);
            PyObject[] rest = new PyObject[Math.max(0, all.length - 1)];
            System.arraycopy(all, 1, rest, 0, rest.length);
            return Calls.call(a[0].type(), rest, null);
        }), null, null, PyNone.NONE));
        m.put("__setitem__", fn(c, "__setitem__", new String[] {"self", "key", "value"}, null, (f, a) -> {
            Protocols.setItem(first(a[0]), a[1], a[2]);
            return PyNone.NONE;
        }));
        m.put("__delitem__", fn(c, "__delitem__", new String[] {"self", "key"}, null, (f, a) -> {
            try {
                Protocols.delItem(first(a[0]), a[1]);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.KeyError)) {
                    throw firstMappingError(a[1]);
                }
                throw e;
            }
            return PyNone.NONE;
        }));
        m.put("popitem", fn(c, "popitem", new String[] {"self"}, null, (f, a) -> {
            try {
                return Ops.callMethod(first(a[0]), "popitem");
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.KeyError)) {
                    throw Errors.keyError(PyStr.of("No keys found in the first mapping."));
                }
                throw e;
            }
        }));
        m.put("pop", fn(c, "pop", new String[] {"self", "key", "args"}, 2, 0, CodeInfo.VARARGS, null, (f, a) -> {
            PyObject[] rest = ((PyTuple) a[2]).toArray();
            PyObject[] args = new PyObject[rest.length + 1];
            args[0] = a[1];
            System.arraycopy(rest, 0, args, 1, rest.length);
            try {
                return Calls.call(Attr.getAttr(first(a[0]), "pop"), args, null);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.KeyError)) {
                    throw firstMappingError(a[1]);
                }
                throw e;
            }
        }));
        m.put("clear", fn(c, "clear", new String[] {"self"}, null, (f, a) -> {
            Ops.callMethod(first(a[0]), "clear");
            return PyNone.NONE;
        }));
        m.put("__ior__", fn(c, "__ior__", new String[] {"self", "other"}, null, (f, a) -> {
            Ops.callMethod(first(a[0]), "update", a[1]);
            return a[0];
        }));
        m.put("__or__", fn(c, "__or__", new String[] {"self", "other"}, null, (f, a) -> {
            if (!CollectionsAbc.isMapping(a[1])) {
                return NI;
            }
            PyObject r = Ops.callMethod(a[0], "copy");
            Ops.callMethod(first(r), "update", a[1]);
            return r;
        }));
        m.put("__ror__", fn(c, "__ror__", new String[] {"self", "other"}, null, (f, a) -> {
            if (!CollectionsAbc.isMapping(a[1])) {
                return NI;
            }
            PyObject d = Calls.call1(PyDict.TYPE, a[1]);
            PyObject[] all = mapsArray(a[0]);
            for (int i = all.length - 1; i >= 0; i--) {
                Ops.callMethod(d, "update", all[i]);
            }
            return Calls.call1(a[0].type(), d);
        }));
        return build(c, mutableMapping, m);
    }

    /** {@code obj.__dict__} of an instance of a Python class. */
    private static PyDict instanceDict(PyObject obj) {
        PyDict d = obj instanceof dev.weft.runtime.core.HasDict h ? h.instanceDict() : null;
        if (d == null) {
            throw Errors.noAttribute(obj, "__dict__");
        }
        return d;
    }

    private static PyObject data(PyObject self) {
        return Attr.getAttr(self, "data");
    }

    static PyType userDict(PyType mutableMapping, PyType[] holder) {
        Map<String, PyObject> m = new LinkedHashMap<>();
        String c = "UserDict";
        m.put("__init__", fn(c, "__init__", new String[] {"self", "dict", "kwargs"}, 2, 2, CodeInfo.VARKEYWORDS,
                new PyObject[] {PyNone.NONE}, (f, a) -> {
                    Attr.setAttr(a[0], "data", new PyDict());
                    if (a[1] != PyNone.NONE) {
                        Ops.callMethod(a[0], "update", a[1]);
                    }
                    if (((PyDict) a[2]).size() > 0) {
                        Ops.callMethod(a[0], "update", a[2]);
                    }
                    return PyNone.NONE;
                }));
        m.put("__len__", fn(c, "__len__", new String[] {"self"}, null, (f, a) -> PyInt.of(Protocols.len(data(a[0])))));
        m.put("__getitem__", fn(c, "__getitem__", new String[] {"self", "key"}, null, (f, a) -> {
            PyObject d = data(a[0]);
            if (Protocols.contains(d, a[1])) {
                return Protocols.getItem(d, a[1]);
            }
            PyObject missing = Attr.getAttrOrNull(a[0].type(), "__missing__");
            if (missing != null) {
                return Calls.call2(missing, a[0], a[1]);
            }
            throw Errors.keyError(a[1]);
        }));
        m.put("__setitem__", fn(c, "__setitem__", new String[] {"self", "key", "item"}, null, (f, a) -> {
            Protocols.setItem(data(a[0]), a[1], a[2]);
            return PyNone.NONE;
        }));
        m.put("__delitem__", fn(c, "__delitem__", new String[] {"self", "key"}, null, (f, a) -> {
            Protocols.delItem(data(a[0]), a[1]);
            return PyNone.NONE;
        }));
        m.put("__iter__", fn(c, "__iter__", new String[] {"self"}, null, (f, a) -> Protocols.iter(data(a[0]))));
        m.put("__contains__", fn(c, "__contains__", new String[] {"self", "key"}, null,
                (f, a) -> PyBool.of(Protocols.contains(data(a[0]), a[1]))));
        m.put("get", fn(c, "get", new String[] {"self", "key", "default"}, new PyObject[] {PyNone.NONE},
                (f, a) -> Protocols.contains(a[0], a[1]) ? Protocols.getItem(a[0], a[1]) : a[2]));
        m.put("__repr__", fn(c, "__repr__", new String[] {"self"}, null, (f, a) -> Ops.repr(data(a[0]))));
        m.put("__or__", fn(c, "__or__", new String[] {"self", "other"}, null, (f, a) -> {
            if (a[1].type().isSubtypeOf(holder[0])) {
                return Calls.call1(a[0].type(), Ops.or(data(a[0]), data(a[1])));
            }
            if (a[1] instanceof PyDict) {
                return Calls.call1(a[0].type(), Ops.or(data(a[0]), a[1]));
            }
            return NI;
        }));
        m.put("__ror__", fn(c, "__ror__", new String[] {"self", "other"}, null, (f, a) -> {
            if (a[1].type().isSubtypeOf(holder[0])) {
                return Calls.call1(a[0].type(), Ops.or(data(a[1]), data(a[0])));
            }
            if (a[1] instanceof PyDict) {
                return Calls.call1(a[0].type(), Ops.or(a[1], data(a[0])));
            }
            return NI;
        }));
        m.put("__ior__", fn(c, "__ior__", new String[] {"self", "other"}, null, (f, a) -> {
            PyObject other = a[1].type().isSubtypeOf(holder[0]) ? data(a[1]) : a[1];
            Attr.setAttr(a[0], "data", Ops.inplace(data(a[0]), other, dev.weft.runtime.ops.BinOp.OR));
            return a[0];
        }));
        m.put("copy", fn(c, "copy", new String[] {"self"}, null, (f, a) -> {
            if (a[0].type() == holder[0]) {
                return Calls.call1(holder[0], Ops.callMethod(data(a[0]), "copy"));
            }
            PyObject inst = Calls.call1(Attr.getAttr(a[0].type(), "__new__"), a[0].type());
            Ops.callMethod(instanceDict(inst), "update", instanceDict(a[0]));
            Attr.setAttr(inst, "data", new PyDict());
            Ops.callMethod(inst, "update", a[0]);
            return inst;
        }));
        m.put("__copy__", fn(c, "__copy__", new String[] {"self"}, null, (f, a) -> {
            PyObject inst = Calls.call1(Attr.getAttr(a[0].type(), "__new__"), a[0].type());
            Ops.callMethod(instanceDict(inst), "update", instanceDict(a[0]));
            instanceDict(inst).setItem(PyStr.intern("data"), Ops.callMethod(data(a[0]), "copy"));
            return inst;
        }));
        m.put("fromkeys", new PyClassMethod(fn(c, "fromkeys", new String[] {"cls", "iterable", "value"},
                new PyObject[] {PyNone.NONE}, (f, a) -> {
                    PyObject d = Calls.call0(a[0]);
                    for (PyObject k : Protocols.toArray(a[1])) {
                        Protocols.setItem(d, k, a[2]);
                    }
                    return d;
                })));
        PyType t = build(c, mutableMapping, m);
        holder[0] = t;
        return t;
    }
}
