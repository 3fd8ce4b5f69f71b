package dev.weft.runtime.modules.operator;

import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.ops.BinOp;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyByteArray;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySingleton;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.security.MessageDigest;

/**
 * {@code operator} and its accelerator {@code _operator}: the operators as functions, plus
 * itemgetter, attrgetter and methodcaller ({@link Getters}).
 */
public final class OperatorModule {
    private OperatorModule() { }

    private static volatile PyModule operator;
    private static volatile PyModule accelerator;

    /** The {@code operator} module (with its dunder aliases, as Lib/operator.py defines them). */
    public static synchronized PyModule create() {
        if (operator == null) {
            PyModule m = build("operator");
            PyObject[][] s = m.instanceDict().snapshot();
            for (int i = 0; i < s[0].length; i++) {
                String n = s[0][i].toString();
                if (n.startsWith("_") || !(s[1][i] instanceof PyBuiltinFunction)) {
                    continue;
                }
                String plain = n.endsWith("_") ? n.substring(0, n.length() - 1) : n;
                if (plain.equals("is") || plain.equals("countOf") || plain.equals("indexOf") || plain.equals("truth")
                        || plain.equals("length_hint") || plain.equals("is_not")) {
                    continue;
                }
                m.put("__" + plain + "__", s[1][i]);
            }
            m.put("_abs", m.get("abs"));
            ModuleDefs.putAll(m, "abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf", "delitem",
                    "eq", "floordiv", "ge", "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift",
                    "imatmul", "imod", "imul", "index", "indexOf", "inv", "invert", "ior", "ipow", "irshift", "is_",
                    "is_not", "isub", "itemgetter", "itruediv", "ixor", "le", "length_hint", "lshift", "lt", "matmul",
                    "methodcaller", "mod", "mul", "ne", "neg", "not_", "or_", "pos", "pow", "rshift", "setitem", "sub",
                    "truediv", "truth", "xor");
            operator = m;
        }
        return operator;
    }

    /** {@code _operator}: the same functions without the dunder aliases. */
    public static synchronized PyModule createAccelerator() {
        if (accelerator == null) {
            accelerator = build("_operator");
        }
        return accelerator;
    }

    private static void inplace(ModuleDefs.Funcs f, String name, BinOp op) {
        f.f2(name, 2, (self, a, b) -> Ops.inplace(a, b, op));
    }

    private static PyModule build(String name) {
        PyModule m = new PyModule(name);
        ModuleDefs.Funcs f = new ModuleDefs.Funcs(m, "_operator");
        m.put("__doc__", PyStr.of("Operator interface.\n\nThis module exports a set of functions implemented in C "
                + "corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis "
                + "equivalent to the expression x+y.  The function names are those\nused for special methods; "
                + "variants without leading and trailing\n'__' are also provided for convenience."));
        f.f2("add", 2, (self, a, b) -> Ops.add(a, b));
        f.f2("sub", 2, (self, a, b) -> Ops.sub(a, b));
        f.f2("mul", 2, (self, a, b) -> Ops.mul(a, b));
        f.f2("matmul", 2, (self, a, b) -> Ops.matmul(a, b));
        f.f2("truediv", 2, (self, a, b) -> Ops.trueDiv(a, b));
        f.f2("floordiv", 2, (self, a, b) -> Ops.floorDiv(a, b));
        f.f2("mod", 2, (self, a, b) -> Ops.mod(a, b));
        f.f2("pow", 2, (self, a, b) -> Ops.pow(a, b));
        f.f2("lshift", 2, (self, a, b) -> Ops.lshift(a, b));
        f.f2("rshift", 2, (self, a, b) -> Ops.rshift(a, b));
        f.f2("and_", 2, (self, a, b) -> Ops.and(a, b));
        f.f2("or_", 2, (self, a, b) -> Ops.or(a, b));
        f.f2("xor", 2, (self, a, b) -> Ops.xor(a, b));
        inplace(f, "iadd", BinOp.ADD);
        inplace(f, "isub", BinOp.SUB);
        inplace(f, "imul", BinOp.MUL);
        inplace(f, "imatmul", BinOp.MATMUL);
        inplace(f, "itruediv", BinOp.TRUEDIV);
        inplace(f, "ifloordiv", BinOp.FLOORDIV);
        inplace(f, "imod", BinOp.MOD);
        inplace(f, "ipow", BinOp.POW);
        inplace(f, "ilshift", BinOp.LSHIFT);
        inplace(f, "irshift", BinOp.RSHIFT);
        inplace(f, "iand", BinOp.AND);
        inplace(f, "ior", BinOp.OR);
        inplace(f, "ixor", BinOp.XOR);
        f.f2("concat", 2, (self, a, b) -> {
            requireSequence(a);
            return Ops.add(a, b);
        });
        f.f2("iconcat", 2, (self, a, b) -> {
            requireSequence(a);
            return Ops.inplace(a, b, BinOp.ADD);
        });
        f.f2("eq", 2, (self, a, b) -> Ops.eq(a, b));
        f.f2("ne", 2, (self, a, b) -> Ops.ne(a, b));
        f.f2("lt", 2, (self, a, b) -> Ops.lt(a, b));
        f.f2("le", 2, (self, a, b) -> Ops.le(a, b));
        f.f2("gt", 2, (self, a, b) -> Ops.gt(a, b));
        f.f2("ge", 2, (self, a, b) -> Ops.ge(a, b));
        f.f2("is_", 2, (self, a, b) -> PyBool.of(a == b));
        f.f2("is_not", 2, (self, a, b) -> PyBool.of(a != b));
        f.f1("not_", (self, a) -> PyBool.of(!Ops.isTrue(a)));
        f.f1("truth", (self, a) -> PyBool.of(Ops.isTrue(a)));
        f.f1("abs", (self, a) -> Ops.abs(a));
        f.f1("neg", (self, a) -> Ops.neg(a));
        f.f1("pos", (self, a) -> Ops.pos(a));
        f.f1("inv", (self, a) -> Ops.invert(a));
        f.f1("invert", (self, a) -> Ops.invert(a));
        f.f1("index", (self, a) -> Protocols.index(a, null).asExactInt());
        f.f2("contains", 2, (self, a, b) -> PyBool.of(Protocols.contains(a, b)));
        f.f2("countOf", 2, (self, a, b) -> {
            long n = 0;
            PyObject it = iterForSearch(a);
            for (PyObject x = Protocols.next(it); x != null; x = Protocols.next(it)) {
                if (x == b || Ops.eqBool(x, b)) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        f.f2("indexOf", 2, (self, a, b) -> {
            long n = 0;
            PyObject it = iterForSearch(a);
            for (PyObject x = Protocols.next(it); x != null; x = Protocols.next(it)) {
                if (x == b || Ops.eqBool(x, b)) {
                    return PyInt.of(n);
                }
                n++;
            }
            throw Errors.valueError("sequence.index(x): x not in sequence");
        });
        f.f2("getitem", 2, (self, a, b) -> Protocols.getItem(a, b));
        f.f3("setitem", 3, (self, a, b, c) -> {
            Protocols.setItem(a, b, c);
            return PyNone.NONE;
        });
        f.f2("delitem", 2, (self, a, b) -> {
            Protocols.delItem(a, b);
            return PyNone.NONE;
        });
        f.f2("length_hint", 1, (self, o, dflt) -> PyInt.of(lengthHint(o, dflt)));
        m.put("call", new PyBuiltinFunction("call", m, (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (args.length - nkw < 1) {
                throw Errors.typeError("call expected at least 1 argument, got 0");
            }
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return Calls.call(args[0], rest, nkw == 0 ? null : kw);
        }));
        if (name.startsWith("_")) {
            f.f2("_compare_digest", 2, (self, a, b) -> compareDigest(a, b));
        }
        m.put("itemgetter", Getters.ITEMGETTER);
        m.put("attrgetter", Getters.ATTRGETTER);
        m.put("methodcaller", Getters.METHODCALLER);
        return m;
    }

    private static PyObject iterForSearch(PyObject a) {
        try {
            return Protocols.iter(a);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                throw Errors.typeError("argument of type '%s' is not iterable", a.type().name());
            }
            throw e;
        }
    }

    private static void requireSequence(PyObject a) {
        if (a.type().lookup("__getitem__") == null || a instanceof dev.weft.runtime.types.PyDict) {
            throw Errors.typeError("'%s' object can't be concatenated", a.type().name());
        }
    }

    /** {@code operator.length_hint(obj, default=0)} as CPython's PyObject_LengthHint. */
    public static long lengthHint(PyObject o, PyObject dflt) {
        long fallback = 0;
        if (dflt != null) {
            if (!(dflt instanceof PyInt d)) {
                throw Errors.typeError("'%s' object cannot be interpreted as an integer", dflt.type().name());
            }
            fallback = d.longValue();
        }
        if (o.type().lookup("__len__") != null) {
            try {
                return Protocols.len(o);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.TypeError)) {
                    throw e;
                }
            }
        }
        PyObject hint = o.type().lookup("__length_hint__");
        if (hint == null) {
            return fallback;
        }
        PyObject r;
        try {
            r = Calls.callWithSelf(hint, o, new PyObject[0], null);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                return fallback;
            }
            throw e;
        }
        if (r == PySingleton.NOT_IMPLEMENTED) {
            return fallback;
        }
        if (!(r instanceof PyInt ri)) {
            throw Errors.typeError("__length_hint__ must be an integer, not %s", r.type().name());
        }
        if (ri.signum() < 0) {
            throw Errors.valueError("__length_hint__() should return >= 0");
        }
        if (!ri.fitsLong()) {
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return ri.longValue();
    }

    private static PyObject compareDigest(PyObject a, PyObject b) {
        byte[] x, y;
        if (a instanceof PyStr sa && b instanceof PyStr sb) {
            if (!isAscii(sa.value()) || !isAscii(sb.value())) {
                throw Errors.typeError("comparing strings with non-ASCII characters is not supported");
            }
            x = sa.value().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            y = sb.value().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        } else if ((a instanceof PyBytes || a instanceof PyByteArray) && (b instanceof PyBytes || b instanceof PyByteArray)) {
            x = PyBytes.fromBuffer(a).array();
            y = PyBytes.fromBuffer(b).array();
        } else {
            throw Errors.typeError("unsupported operand types(s) or combination of types: '%s' and '%s'",
                    a.type().name(), b.type().name());
        }
        return PyBool.of(MessageDigest.isEqual(x, y));
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    static PyTuple tuple(PyObject... items) {
        return PyTuple.of(items);
    }
}
