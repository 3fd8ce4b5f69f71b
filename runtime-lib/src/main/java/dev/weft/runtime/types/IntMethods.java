package dev.weft.runtime.types;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.Fn;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyClassMethod;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;

import java.math.BigInteger;

/** Methods of {@code int} and {@code bool}. */
final class IntMethods {
    private IntMethods() { }

    private static final PyObject NI = PySingleton.NOT_IMPLEMENTED;

    private static PyInt i(PyObject o) {
        return (PyInt) o;
    }

    private interface IntOp {
        PyObject apply(PyInt a, PyInt b);
    }

    private static void binary(PyType t, String name, String rname, IntOp op) {
        t.def1(name, (self, o) -> o instanceof PyInt b ? op.apply(i(self), b) : NI);
        t.def1(rname, (self, o) -> o instanceof PyInt a ? op.apply(a, i(self)) : NI);
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> {
            PyInt v = construct(args, kw);
            return cls == PyInt.TYPE ? v : new PyInt.Sub(cls, v);
        });
        binary(t, "__add__", "__radd__", IntMath::add);
        binary(t, "__sub__", "__rsub__", IntMath::sub);
        binary(t, "__mul__", "__rmul__", IntMath::mul);
        binary(t, "__floordiv__", "__rfloordiv__", IntMath::floorDiv);
        binary(t, "__mod__", "__rmod__", IntMath::mod);
        binary(t, "__divmod__", "__rdivmod__", IntMath::divmod);
        binary(t, "__truediv__", "__rtruediv__", (a, b) -> PyFloat.of(IntMath.trueDiv(a, b)));
        binary(t, "__lshift__", "__rlshift__", IntMath::lshift);
        binary(t, "__rshift__", "__rrshift__", IntMath::rshift);
        binary(t, "__and__", "__rand__", IntMath::and);
        binary(t, "__or__", "__ror__", IntMath::or);
        binary(t, "__xor__", "__rxor__", IntMath::xor);
        t.def2("__pow__", 1, (self, o, m) -> {
            if (!(o instanceof PyInt b)) {
                return NI;
            }
            if (m == null || m == PyNone.NONE) {
                return IntMath.pow(i(self), b);
            }
            if (!(m instanceof PyInt mod)) {
                return NI;
            }
            return IntMath.powMod(i(self), b, mod);
        });
        t.def2("__rpow__", 1, (self, o, m) -> {
            if (!(o instanceof PyInt a)) {
                return NI;
            }
            if (m == null || m == PyNone.NONE) {
                return IntMath.pow(a, i(self));
            }
            return m instanceof PyInt mod ? IntMath.powMod(a, i(self), mod) : NI;
        });
        t.def0("__neg__", self -> IntMath.neg(i(self)));
        t.def0("__pos__", self -> i(self).asExactInt());
        t.def0("__abs__", self -> IntMath.abs(i(self)));
        t.def0("__invert__", self -> IntMath.invert(i(self)));
        t.def0("__bool__", self -> PyBool.of(i(self).signum() != 0));
        t.def0("__int__", self -> i(self).asExactInt());
        t.def0("__index__", self -> i(self).asExactInt());
        t.def0("__trunc__", self -> i(self).asExactInt());
        t.def0("__floor__", self -> i(self).asExactInt());
        t.def0("__ceil__", self -> i(self).asExactInt());
        t.def0("__float__", self -> PyFloat.of(IntMath.toDouble(i(self))));
        t.def1("__round__", 0, (self, nd) -> round(i(self), nd));
        t.def0("__hash__", self -> PyInt.of(Ops.hash(i(self).asExactInt())));
        t.def0("__repr__", self -> PyStr.of(IntMath.toString(i(self))));
        t.def1("__format__", (self, spec) -> FormatBridge.format(self, spec, PyInt.class, () -> FormatBridge.formatInt(i(self), spec)));
        for (dev.weft.runtime.ops.CmpOp op : dev.weft.runtime.ops.CmpOp.values()) {
            t.def1(op.name, (self, o) -> {
                if (o instanceof PyInt b) {
                    return PyBool.of(op.test(IntMath.compare(i(self), b)));
                }
                if (o instanceof PyFloat f) {
                    return PyBool.of(NumCompare.compareIntFloat(i(self), f.value, op));
                }
                return NI;
            });
        }
        t.def0("bit_length", self -> PyInt.of(IntMath.bitLength(i(self))));
        t.def0("bit_count", self -> PyInt.of(i(self).bigValue().abs().bitCount()));
        t.def0("conjugate", self -> i(self).asExactInt());
        t.def0("is_integer", self -> PyBool.TRUE);
        t.def0("as_integer_ratio", self -> PyTuple.of(i(self).asExactInt(), PyInt.ONE));
        t.def0("__getnewargs__", self -> PyTuple.of(i(self).asExactInt()));
        t.defGetSet("real", self -> i(self).asExactInt(), null);
        t.defGetSet("imag", self -> PyInt.ZERO, null);
        t.defGetSet("numerator", self -> i(self).asExactInt(), null);
        t.defGetSet("denominator", self -> PyInt.ONE, null);
        t.defV("to_bytes", IntMethods::toBytes);
        t.def("from_bytes", new PyClassMethod(new PyBuiltinFunction("from_bytes", null, IntMethods::fromBytes)));
    }

    static void defineBool(PyType t) {
        t.defNew((cls, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("bool() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw Errors.typeError("bool expected at most 1 argument, got %d", args.length);
            }
            return args.length == 0 ? PyBool.FALSE : PyBool.of(Ops.isTrue(args[0]));
        });
        t.def0("__repr__", self -> PyStr.intern(self == PyBool.TRUE ? "True" : "False"));
        Fn.F1 and = (self, o) -> o instanceof PyBool ? PyBool.of(self == PyBool.TRUE && o == PyBool.TRUE)
                : o instanceof PyInt b ? IntMath.and(i(self), b) : NI;
        Fn.F1 or = (self, o) -> o instanceof PyBool ? PyBool.of(self == PyBool.TRUE || o == PyBool.TRUE)
                : o instanceof PyInt b ? IntMath.or(i(self), b) : NI;
        Fn.F1 xor = (self, o) -> o instanceof PyBool ? PyBool.of(self != o)
                : o instanceof PyInt b ? IntMath.xor(i(self), b) : NI;
        t.def1("__and__", and);
        t.def1("__rand__", and);
        t.def1("__or__", or);
        t.def1("__ror__", or);
        t.def1("__xor__", xor);
        t.def1("__rxor__", xor);
    }

    /** {@code int(x=0, base=10)}. */
    static PyInt construct(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyObject x = npos > 0 ? args[0] : null;
        PyObject base = npos > 1 ? args[1] : null;
        if (npos > 2) {
            throw Errors.typeError("int() takes at most 2 arguments (%d given)", args.length);
        }
        for (int k = 0; k < nkw; k++) {
            if (kw[k].equals("base") && base == null) {
                base = args[npos + k];
            } else {
                throw Errors.typeError("'%s' is an invalid keyword argument for int()", kw[k]);
            }
        }
        if (x == null) {
            if (base != null) {
                throw Errors.typeError("int() missing string argument");
            }
            return PyInt.ZERO;
        }
        if (base != null) {
            PyInt b = Protocols.index(base, null);
            long bv = b.fitsLong() ? b.longValue() : -1;
            String text;
            if (x instanceof PyStr s) {
                text = s.value();
            } else if (x instanceof PyBytes bs) {
                text = new String(bs.array(), java.nio.charset.StandardCharsets.ISO_8859_1);
            } else if (x instanceof PyByteArray ba) {
                text = new String(ba.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
            } else {
                throw Errors.typeError("int() can't convert non-string with explicit base");
            }
            return IntParse.parse(text, (int) Math.max(Math.min(bv, 1000), -1), x);
        }
        return toInt(x);
    }

    /** {@code int(x)} for one argument. */
    static PyInt toInt(PyObject x) {
        if (x.getClass() == PyInt.class) {
            return (PyInt) x;
        }
        if (x instanceof PyInt xi) {
            return xi.asExactInt();
        }
        if (x instanceof PyFloat f) {
            return FloatMath.toInt(f.value);
        }
        if (x instanceof PyStr s) {
            return IntParse.parse(s.value(), 10, x);
        }
        if (x instanceof PyBytes b) {
            return IntParse.parse(new String(b.array(), java.nio.charset.StandardCharsets.ISO_8859_1), 10, x);
        }
        for (String m : new String[] {"__int__", "__index__", "__trunc__"}) {
            PyObject f = x.type().lookup(m);
            if (f != null) {
                PyObject r = Ops.callMethod(x, m);
                if (!(r instanceof PyInt ri)) {
                    throw Errors.typeError("%s returned non-int (type %s)", m, r.type().name());
                }
                return ri.asExactInt();
            }
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '%s'",
                x.type().name());
    }

    static PyObject round(PyInt v, PyObject nd) {
        if (nd == null || nd == PyNone.NONE) {
            return v.asExactInt();
        }
        PyInt n = Protocols.index(nd, null);
        if (n.signum() >= 0) {
            return v.asExactInt();
        }
        if (!n.fitsLong() || n.longValue() < -10000) {
            return PyInt.ZERO;
        }
        BigInteger pow = BigInteger.TEN.pow((int) -n.longValue());
        BigInteger x = v.bigValue();
        BigInteger[] qr = x.divideAndRemainder(pow);
        BigInteger q = qr[0], r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return PyInt.of(q.multiply(pow));
    }

    private static PyObject toBytes(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] p = ArgParse.parse("to_bytes", args, kw, new String[] {"length", "byteorder", "*signed"}, 0);
        long length = p[0] == null ? 1 : Protocols.index(p[0], null).longValue();
        String order = p[1] == null ? "big" : strArg(p[1], "to_bytes");
        boolean signed = p[2] != null && Ops.isTrue(p[2]);
        if (length < 0) {
            throw Errors.valueError("length argument must be non-negative");
        }
        boolean little = byteOrder(order);
        BigInteger v = i(self).bigValue();
        if (!signed && v.signum() < 0) {
            throw Errors.overflowError("can't convert negative int to unsigned");
        }
        byte[] raw = v.toByteArray();
        int start = 0;
        if (!signed && raw.length > 1 && raw[0] == 0) {
            start = 1;
        }
        int needed = raw.length - start;
        if (!signed && v.signum() == 0) {
            needed = 0;
        }
        if (needed > length) {
            throw Errors.overflowError("int too big to convert");
        }
        byte[] out = new byte[(int) length];
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        java.util.Arrays.fill(out, fill);
        for (int k = 0; k < needed; k++) {
            out[(int) length - needed + k] = raw[start + k];
        }
        if (little) {
            reverse(out);
        }
        return PyBytes.of(out);
    }

    private static PyObject fromBytes(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] p = ArgParse.parse("from_bytes", args, kw, new String[] {"cls", "bytes", "byteorder", "*signed"}, 2);
        byte[] b = PyBytes.fromBuffer(p[1]).array().clone();
        boolean little = byteOrder(p[2] == null ? "big" : strArg(p[2], "from_bytes"));
        boolean signed = p[3] != null && Ops.isTrue(p[3]);
        if (little) {
            reverse(b);
        }
        BigInteger v = b.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(b) : new BigInteger(1, b);
        PyInt r = PyInt.of(v);
        PyType cls = (PyType) p[0];
        return cls == PyInt.TYPE ? r : dev.weft.runtime.ops.Calls.call1(cls, r);
    }

    private static String strArg(PyObject o, String fn) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("%s() argument 'byteorder' must be str, not %s", fn, o.type().name());
        }
        return s.value();
    }

    private static boolean byteOrder(String order) {
        if (order.equals("little")) {
            return true;
        }
        if (order.equals("big")) {
            return false;
        }
        throw Errors.valueError("byteorder must be either 'little' or 'big'");
    }

    private static void reverse(byte[] b) {
        for (int x = 0, y = b.length - 1; x < y; x++, y--) {
            byte tmp = b[x];
            b[x] = b[y];
            b[y] = tmp;
        }
    }
}
