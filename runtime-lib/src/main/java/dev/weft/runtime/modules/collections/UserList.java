package dev.weft.runtime.modules.collections;

import dev.weft.runtime.call.CodeInfo;
import dev.weft.runtime.call.FunctionBody;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.core.ClassBuilder;
import dev.weft.runtime.core.HasDict;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.BinOp;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.CmpOp;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySlice;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code collections.UserList}, a MutableSequence wrapping {@code self.data}, as collections/__init__.py. */
final class UserList {
    private UserList() { }

    private static PyFunction fn(String name, String[] params, int argCount, int flags, PyObject[] defaults,
                                 FunctionBody body) {
        CodeInfo code = new CodeInfo(name, "UserList." + name, "<collections>", 1, argCount, 0, 0, params, flags);
        PyDict g = new PyDict();
        g.setItem(PyStr.intern("__name__"), PyStr.intern("collections"));
        return new PyFunction(code, body, g, defaults, null, null);
    }

    private static PyFunction fn(String name, String[] params, FunctionBody body) {
        return fn(name, params, params.length, 0, null, body);
    }

    private static PyObject data(PyObject self) {
        return Attr.getAttr(self, "data");
    }

    static PyType build(PyType mutableSequence) {
        PyType[] holder = new PyType[1];
        Map<String, PyObject> m = new LinkedHashMap<>();
        String[] self = {"self"};
        String[] selfOther = {"self", "other"};
        m.put("__init__", fn("__init__", new String[] {"self", "initlist"}, 2, 0, new PyObject[] {PyNone.NONE}, (f, a) -> {
            PyObject init = a[1];
            PyList data = new PyList();
            Attr.setAttr(a[0], "data", data);
            if (init != PyNone.NONE) {
                if (init.type() == PyList.TYPE) {
                    data.setAll(((PyList) init).toArray());
                } else if (init.type().isSubtypeOf(holder[0])) {
                    data.setAll(Protocols.toArray(data(init)));
                } else {
                    Attr.setAttr(a[0], "data", PyList.fromIterable(init));
                }
            }
            return PyNone.NONE;
        }));
        m.put("__repr__", fn("__repr__", self, (f, a) -> Ops.repr(data(a[0]))));
        for (CmpOp op : new CmpOp[] {CmpOp.LT, CmpOp.LE, CmpOp.EQ, CmpOp.GT, CmpOp.GE}) {
            m.put(op.name, fn(op.name, selfOther, (f, a) -> {
                PyObject other = a[1].type().isSubtypeOf(holder[0]) ? data(a[1]) : a[1];
                return Ops.richCompare(data(a[0]), other, op);
            }));
        }
        m.put("__contains__", fn("__contains__", new String[] {"self", "item"},
                (f, a) -> PyBool.of(Protocols.contains(data(a[0]), a[1]))));
        m.put("__len__", fn("__len__", self, (f, a) -> PyInt.of(Protocols.len(data(a[0])))));
        m.put("__getitem__", fn("__getitem__", new String[] {"self", "i"}, (f, a) -> a[1] instanceof PySlice
                ? Calls.call1(a[0].type(), Protocols.getItem(data(a[0]), a[1])) : Protocols.getItem(data(a[0]), a[1])));
        m.put("__setitem__", fn("__setitem__", new String[] {"self", "i", "item"}, (f, a) -> {
            Protocols.setItem(data(a[0]), a[1], a[2]);
            return PyNone.NONE;
        }));
        m.put("__delitem__", fn("__delitem__", new String[] {"self", "i"}, (f, a) -> {
            Protocols.delItem(data(a[0]), a[1]);
            return PyNone.NONE;
        }));
        m.put("__add__", fn("__add__", selfOther, (f, a) -> {
            PyObject other = a[1].type().isSubtypeOf(holder[0]) ? data(a[1])
                    : a[1] instanceof PyList ? a[1] : PyList.fromIterable(a[1]);
            return Calls.call1(a[0].type(), Ops.add(data(a[0]), other));
        }));
        m.put("__radd__", fn("__radd__", selfOther, (f, a) -> {
            PyObject other = a[1].type().isSubtypeOf(holder[0]) ? data(a[1])
                    : a[1] instanceof PyList ? a[1] : PyList.fromIterable(a[1]);
            return Calls.call1(a[0].type(), Ops.add(other, data(a[0])));
        }));
        m.put("__iadd__", fn("__iadd__", selfOther, (f, a) -> {
            PyObject other = a[1].type().isSubtypeOf(holder[0]) ? data(a[1])
                    : a[1] instanceof PyList ? a[1] : PyList.fromIterable(a[1]);
            Attr.setAttr(a[0], "data", Ops.inplace(data(a[0]), other, BinOp.ADD));
            return a[0];
        }));
        PyFunction mul = fn("__mul__", new String[] {"self", "n"},
                (f, a) -> Calls.call1(a[0].type(), Ops.mul(data(a[0]), a[1])));
        m.put("__mul__", mul);
        m.put("__rmul__", mul);
        m.put("__imul__", fn("__imul__", new String[] {"self", "n"}, (f, a) -> {
            Attr.setAttr(a[0], "data", Ops.inplace(data(a[0]), a[1], BinOp.MUL));
            return a[0];
        }));
        m.put("__copy__", fn("__copy__", self, (f, a) -> {
            PyObject inst = Calls.call1(Attr.getAttr(a[0].type(), "__new__"), a[0].type());
            PyDict mine = ((HasDict) a[0]).instanceDict();
            PyDict theirs = ((HasDict) inst).instanceDict();
            if (mine == null || theirs == null) {
                throw Errors.noAttribute(a[0], "__dict__");
            }
            PyObject[][] kv = mine.snapshot();
            theirs.putAll(kv[0], kv[1]);
            theirs.setItem(PyStr.intern("data"), new PyList(Protocols.toArray(mine.getItem(PyStr.intern("data")))));
            return inst;
        }));
        m.put("append", fn("append", new String[] {"self", "item"}, (f, a) -> Ops.callMethod(data(a[0]), "append", a[1])));
        m.put("insert", fn("insert", new String[] {"self", "i", "item"},
                (f, a) -> Ops.callMethod(data(a[0]), "insert", a[1], a[2])));
        m.put("pop", fn("pop", new String[] {"self", "i"}, 2, 0, new PyObject[] {PyInt.MINUS_ONE},
                (f, a) -> Ops.callMethod(data(a[0]), "pop", a[1])));
        m.put("remove", fn("remove", new String[] {"self", "item"}, (f, a) -> Ops.callMethod(data(a[0]), "remove", a[1])));
        m.put("clear", fn("clear", self, (f, a) -> Ops.callMethod(data(a[0]), "clear")));
        m.put("copy", fn("copy", self, (f, a) -> Calls.call1(a[0].type(), a[0])));
        m.put("count", fn("count", new String[] {"self", "item"}, (f, a) -> Ops.callMethod(data(a[0]), "count", a[1])));
        m.put("index", fn("index", new String[] {"self", "item", "args"}, 2, CodeInfo.VARARGS, null, (f, a) -> {
            PyObject[] rest = ((PyTuple) a[2]).toArray();
            PyObject[] all = new PyObject[rest.length + 1];
            all[0] = a[1];
            System.arraycopy(rest, 0, all, 1, rest.length);
            return Calls.call(Attr.getAttr(data(a[0]), "index"), all, null);
        }));
        m.put("reverse", fn("reverse", self, (f, a) -> Ops.callMethod(data(a[0]), "reverse")));
        CodeInfo sortCode = new CodeInfo("sort", "UserList.sort", "<collections>", 1, 1, 1, 0,
                new String[] {"self", "args", "kwds"}, CodeInfo.VARARGS | CodeInfo.VARKEYWORDS);
        PyDict g = new PyDict();
        g.setItem(PyStr.intern("__name__"), PyStr.intern("collections"));
        m.put("sort", new PyFunction(sortCode, (f, a) -> {
            PyObject[][] kv = ((PyDict) a[2]).snapshot();
            PyObject[] pos = ((PyTuple) a[1]).toArray();
            PyObject[] all = new PyObject[pos.length + kv[0].length];
            System.arraycopy(pos, 0, all, 0, pos.length);
            String[] names = new String[kv[0].length];
            for (int i = 0; i < names.length; i++) {
                names[i] = kv[0][i].toString();
                all[pos.length + i] = kv[1][i];
            }
            return Calls.call(Attr.getAttr(data(a[0]), "sort"), all, names.length == 0 ? null : names);
        }, g, null, null, null));
        m.put("extend", fn("extend", selfOther, (f, a) -> Ops.callMethod(data(a[0]), "extend",
                a[1].type().isSubtypeOf(holder[0]) ? data(a[1]) : a[1])));
        PyDict ns = new PyDict();
        ns.setItem(PyStr.intern("__module__"), PyStr.intern("collections"));
        ns.setItem(PyStr.intern("__qualname__"), PyStr.intern("UserList"));
        for (Map.Entry<String, PyObject> e : m.entrySet()) {
            ns.setItem(PyStr.intern(e.getKey()), e.getValue());
        }
        PyType t = ClassBuilder.newType(mutableSequence.type(), "UserList", new PyObject[] {mutableSequence}, ns,
                null, null);
        CollectionsAbc.computeAbstracts(t);
        holder[0] = t;
        return t;
    }
}
