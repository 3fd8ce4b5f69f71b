package dev.weft.runtime.types;

import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyClassMethod;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.CmpOp;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;


/** Methods of {@code float}. */
final class FloatMethods {
    private FloatMethods() { }

    private static final PyObject NI = PySingleton.NOT_IMPLEMENTED;

    private static double d(PyObject o) {
        return ((PyFloat) o).value;
    }

    /** The operand as a double, or NaN-free null when it is not a float or int. */
    private static Double other(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return IntMath.toDouble(i);
        }
        return null;
    }

    private interface FOp {
        PyObject apply(double a, double b);
    }

    private static void binary(PyType t, String name, String rname, FOp op) {
        t.def1(name, (self, o) -> {
            Double b = other(o);
            return b == null ? NI : op.apply(d(self), b);
        });
        t.def1(rname, (self, o) -> {
            Double a = other(o);
            return a == null ? NI : op.apply(a, d(self));
        });
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("float() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw Errors.typeError("float expected at most 1 argument, got %d", args.length);
            }
            double v = args.length == 0 ? 0.0 : toDouble(args[0]);
            return cls == PyFloat.TYPE ? PyFloat.of(v) : new PyFloat.Sub(cls, v);
        });
        binary(t, "__add__", "__radd__", (a, b) -> PyFloat.of(a + b));
        binary(t, "__sub__", "__rsub__", (a, b) -> PyFloat.of(a - b));
        binary(t, "__mul__", "__rmul__", (a, b) -> PyFloat.of(a * b));
        binary(t, "__truediv__", "__rtruediv__", (a, b) -> PyFloat.of(FloatMath.div(a, b)));
        binary(t, "__floordiv__", "__rfloordiv__", (a, b) -> PyFloat.of(FloatMath.floorDiv(a, b)));
        binary(t, "__mod__", "__rmod__", (a, b) -> PyFloat.of(FloatMath.mod(a, b)));
        binary(t, "__divmod__", "__rdivmod__", (a, b) -> {
            double[] r = FloatMath.divmod(a, b);
            return PyTuple.of(PyFloat.of(r[0]), PyFloat.of(r[1]));
        });
        t.def2("__pow__", 1, (self, o, m) -> {
            if (m != null && m != PyNone.NONE) {
                throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            Double b = other(o);
            return b == null ? NI : FloatMath.pow(d(self), b);
        });
        t.def2("__rpow__", 1, (self, o, m) -> {
            Double a = other(o);
            return a == null ? NI : FloatMath.pow(a, d(self));
        });
        t.def0("__neg__", self -> PyFloat.of(-d(self)));
        t.def0("__pos__", self -> PyFloat.of(d(self)));
        t.def0("__abs__", self -> PyFloat.of(Math.abs(d(self))));
        t.def0("__bool__", self -> PyBool.of(d(self) != 0.0));
        t.def0("__int__", self -> FloatMath.toInt(d(self)));
        t.def0("__trunc__", self -> FloatMath.toInt(d(self)));
        t.def0("__floor__", self -> FloatMath.toInt(Math.floor(d(self))));
        t.def0("__ceil__", self -> FloatMath.toInt(Math.ceil(d(self))));
        t.def0("__float__", self -> self.getClass() == PyFloat.class ? self : PyFloat.of(d(self)));
        t.def1("__round__", 0, (self, nd) -> {
            if (nd == null || nd == PyNone.NONE) {
                return FloatMath.roundToInt(d(self));
            }
            PyInt n = Protocols.index(nd, null);
            long nv = n.fitsLong() ? n.longValue() : (n.signum() > 0 ? 1000 : -1000);
            return PyFloat.of(FloatMath.round(d(self), nv));
        });
        t.def0("__hash__", self -> {
            double v = d(self);
            if (Double.isNaN(v)) {
                return PyInt.of(Ops.identityHash(self));
            }
            return PyInt.of(FloatMath.hash(v));
        });
        t.def0("__repr__", self -> PyStr.of(FloatRepr.repr(d(self))));
        t.def1("__format__", (self, spec) -> FormatBridge.format(self, spec, PyFloat.class, () -> FormatBridge.formatFloat(d(self), spec, self.type().name())));
        for (CmpOp op : CmpOp.values()) {
            t.def1(op.name, (self, o) -> {
                double a = d(self);
                if (o instanceof PyFloat f) {
                    double b = f.value;
                    if (Double.isNaN(a) || Double.isNaN(b)) {
                        return PyBool.of(op == CmpOp.NE);
                    }
                    return PyBool.of(op.test(a < b ? -1 : a > b ? 1 : 0));
                }
                if (o instanceof PyInt i) {
                    return PyBool.of(NumCompare.compareIntFloat(i, a, op.reflected()));
                }
                return NI;
            });
        }
        t.def0("is_integer", self -> PyBool.of(!Double.isInfinite(d(self)) && d(self) == Math.floor(d(self))));
        t.def0("as_integer_ratio", self -> FloatMath.asIntegerRatio(d(self)));
        t.def0("conjugate", self -> PyFloat.of(d(self)));
        t.def0("hex", self -> PyStr.of(FloatMath.hex(d(self))));
        t.def0("__getnewargs__", self -> PyTuple.of(PyFloat.of(d(self))));
        t.defGetSet("real", self -> PyFloat.of(d(self)), null);
        t.defGetSet("imag", self -> PyFloat.of(0.0), null);
        t.def("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", 2, 2,
                (dev.weft.runtime.call.Fn.F2) (self, cls, s) -> {
                    if (!(s instanceof PyStr str)) {
                        throw Errors.typeError("bad argument type for built-in operation");
                    }
                    PyFloat r = PyFloat.of(FloatMath.fromHex(str.value()));
                    return cls == PyFloat.TYPE ? r : dev.weft.runtime.ops.Calls.call1(cls, r);
                })));
    }

    /** {@code float(x)}. */
    static double toDouble(PyObject x) {
        if (x instanceof PyFloat f) {
            return f.value;
        }
        if (x instanceof PyInt i) {
            return IntMath.toDouble(i);
        }
        if (x instanceof PyStr s) {
            return parse(s.value(), x);
        }
        if (x instanceof PyBytes b) {
            return parse(new String(b.array(), java.nio.charset.StandardCharsets.ISO_8859_1), x);
        }
        PyObject f = x.type().lookup("__float__");
        if (f != null) {
            PyObject r = Ops.callMethod(x, "__float__");
            if (!(r instanceof PyFloat rf)) {
                throw Errors.typeError("%s.__float__ returned non-float (type %s)", x.type().name(), r.type().name());
            }
            return rf.value;
        }
        if (x.type().lookup("__index__") != null) {
            return IntMath.toDouble(Protocols.index(x, null));
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '%s'", x.type().name());
    }

    /** {@code float(str)}: the format library's parser (Python syntax, Unicode digits), CPython's message. */
    static double parse(String text, PyObject original) {
        try {
            return dev.weft.runtime.format.NumberParsing.parseFloat(text);
        } catch (dev.weft.runtime.format.FormatError e) {
            throw Errors.valueError("could not convert string to float: %s", Ops.reprString(original));
        }
    }
}
