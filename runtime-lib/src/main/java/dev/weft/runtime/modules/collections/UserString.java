package dev.weft.runtime.modules.collections;

import dev.weft.runtime.call.CodeInfo;
import dev.weft.runtime.call.FunctionBody;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.core.ClassBuilder;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.CmpOp;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyComplex;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code collections.UserString}, a Sequence wrapping the str {@code self.data}. The str
 * methods delegate as collections/__init__.py does: those returning a str give
 * {@code self.__class__(result)}, the others (find, split, join, format, is*...) the result
 * itself; UserString arguments are unwrapped. Delegating methods take {@code *args} (their
 * argument errors are str's).
 */
final class UserString {
    private UserString() { }

    private static final String[] WRAPPED = {"capitalize", "casefold", "center", "expandtabs", "ljust", "lower",
        "lstrip", "removeprefix", "removesuffix", "replace", "rjust", "rstrip", "strip", "swapcase", "title",
        "translate", "upper", "zfill"};
    private static final String[] PLAIN = {"count", "encode", "endswith", "find", "format", "format_map", "index",
        "isalpha", "isalnum", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric",
        "isprintable", "isspace", "istitle", "isupper", "join", "partition", "rfind", "rindex", "rpartition", "rsplit",
        "split", "splitlines", "startswith"};

    private static PyDict globals() {
        PyDict g = new PyDict();
        g.setItem(PyStr.intern("__name__"), PyStr.intern("collections"));
        return g;
    }

    private static PyFunction fn(String name, String[] params, FunctionBody body) {
        CodeInfo code = new CodeInfo(name, "UserString." + name, "<collections>", 1, params.length, 0, 0, params, 0);
        return new PyFunction(code, body, globals(), null, null, null);
    }

    private static PyObject data(PyObject self) {
        return Attr.getAttr(self, "data");
    }

    static PyType build(PyType sequence) {
        PyType[] holder = new PyType[1];
        java.util.function.UnaryOperator<PyObject> cast = o -> o.type().isSubtypeOf(holder[0]) ? data(o) : o;
        Map<String, PyObject> m = new LinkedHashMap<>();
        String[] self = {"self"};
        m.put("__init__", fn("__init__", new String[] {"self", "seq"}, (f, a) -> {
            PyObject seq = a[1];
            Attr.setAttr(a[0], "data", seq instanceof PyStr ? seq
                    : seq.type().isSubtypeOf(holder[0]) ? Protocols.getSlice(data(seq), dev.weft.runtime.types.PyNone.NONE,
                            dev.weft.runtime.types.PyNone.NONE, dev.weft.runtime.types.PyNone.NONE) : Ops.str(seq));
            return dev.weft.runtime.types.PyNone.NONE;
        }));
        m.put("__str__", fn("__str__", self, (f, a) -> Ops.str(data(a[0]))));
        m.put("__repr__", fn("__repr__", self, (f, a) -> Ops.repr(data(a[0]))));
        m.put("__int__", fn("__int__", self, (f, a) -> Calls.call1(PyInt.TYPE, data(a[0]))));
        m.put("__float__", fn("__float__", self, (f, a) -> Calls.call1(PyFloat.TYPE, data(a[0]))));
        m.put("__complex__", fn("__complex__", self, (f, a) -> Calls.call1(PyComplex.TYPE, data(a[0]))));
        m.put("__hash__", fn("__hash__", self, (f, a) -> PyInt.of(Ops.hash(data(a[0])))));
        m.put("__getnewargs__", fn("__getnewargs__", self, (f, a) -> PyTuple.of(Protocols.getSlice(data(a[0]),
                dev.weft.runtime.types.PyNone.NONE, dev.weft.runtime.types.PyNone.NONE, dev.weft.runtime.types.PyNone.NONE))));
        for (CmpOp op : new CmpOp[] {CmpOp.EQ, CmpOp.LT, CmpOp.LE, CmpOp.GT, CmpOp.GE}) {
            m.put(op.name, fn(op.name, new String[] {"self", "string"},
                    (f, a) -> Ops.richCompare(data(a[0]), cast.apply(a[1]), op)));
        }
        m.put("__contains__", fn("__contains__", new String[] {"self", "char"},
                (f, a) -> PyBool.of(Protocols.contains(data(a[0]), cast.apply(a[1])))));
        m.put("__len__", fn("__len__", self, (f, a) -> PyInt.of(Protocols.len(data(a[0])))));
        m.put("__getitem__", fn("__getitem__", new String[] {"self", "index"},
                (f, a) -> Calls.call1(a[0].type(), Protocols.getItem(data(a[0]), a[1]))));
        m.put("__add__", fn("__add__", new String[] {"self", "other"}, (f, a) -> {
            PyObject other = a[1].type().isSubtypeOf(holder[0]) ? data(a[1]) : a[1] instanceof PyStr ? a[1] : Ops.str(a[1]);
            return Calls.call1(a[0].type(), Ops.add(data(a[0]), other));
        }));
        m.put("__radd__", fn("__radd__", new String[] {"self", "other"}, (f, a) -> {
            PyObject other = a[1] instanceof PyStr ? a[1] : Ops.str(a[1]);
            return Calls.call1(a[0].type(), Ops.add(other, data(a[0])));
        }));
        PyFunction mul = fn("__mul__", new String[] {"self", "n"}, (f, a) -> Calls.call1(a[0].type(), Ops.mul(data(a[0]), a[1])));
        m.put("__mul__", mul);
        m.put("__rmul__", mul);
        m.put("__mod__", fn("__mod__", new String[] {"self", "args"}, (f, a) -> Calls.call1(a[0].type(), Ops.mod(data(a[0]), a[1]))));
        m.put("__rmod__", fn("__rmod__", new String[] {"self", "template"},
                (f, a) -> Calls.call1(a[0].type(), Ops.mod(Ops.str(a[1]), a[0]))));
        for (String name : WRAPPED) {
            m.put(name, delegate(name, true, cast));
        }
        for (String name : PLAIN) {
            m.put(name, delegate(name, false, cast));
        }
        m.put("maketrans", Attr.getAttr(PyStr.TYPE, "maketrans"));
        PyDict ns = new PyDict();
        ns.setItem(PyStr.intern("__module__"), PyStr.intern("collections"));
        ns.setItem(PyStr.intern("__qualname__"), PyStr.intern("UserString"));
        for (Map.Entry<String, PyObject> e : m.entrySet()) {
            ns.setItem(PyStr.intern(e.getKey()), e.getValue());
        }
        PyType t = ClassBuilder.newType(sequence.type(), "UserString", new PyObject[] {sequence}, ns, null, null);
        CollectionsAbc.computeAbstracts(t);
        holder[0] = t;
        return t;
    }

    /** {@code def name(self, *args, **kwds): return [self.__class__](self.data.name(*args, **kwds))}. */
    private static PyFunction delegate(String name, boolean wrap, java.util.function.UnaryOperator<PyObject> cast) {
        CodeInfo code = new CodeInfo(name, "UserString." + name, "<collections>", 1, 1, 0, 0,
                new String[] {"self", "args", "kwds"}, CodeInfo.VARARGS | CodeInfo.VARKEYWORDS);
        return new PyFunction(code, (f, a) -> {
            PyObject[] pos = ((PyTuple) a[1]).toArray();
            for (int i = 0; i < pos.length; i++) {
                pos[i] = cast.apply(pos[i]);
            }
            PyObject[][] kv = ((PyDict) a[2]).snapshot();
            PyObject[] all = new PyObject[pos.length + kv[0].length];
            System.arraycopy(pos, 0, all, 0, pos.length);
            String[] names = new String[kv[0].length];
            for (int i = 0; i < names.length; i++) {
                names[i] = kv[0][i].toString();
                all[pos.length + i] = kv[1][i];
            }
            PyObject r = Calls.call(Attr.getAttr(data(a[0]), name), all, names.length == 0 ? null : names);
            return wrap ? Calls.call1(a[0].type(), r) : r;
        }, globals(), null, null, null);
    }
}
