package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;

/** Methods of {@code complex}. */
final class ComplexMethods {
    private ComplexMethods() { }

    private static final PyObject NI = PySingleton.NOT_IMPLEMENTED;

    private static PyComplex c(PyObject o) {
        return (PyComplex) o;
    }

    static PyComplex coerce(PyObject o) {
        if (o instanceof PyComplex x) {
            return x;
        }
        if (o instanceof PyFloat f) {
            return new PyComplex(f.value, 0);
        }
        if (o instanceof PyInt i) {
            return new PyComplex(IntMath.toDouble(i), 0);
        }
        return null;
    }

    private interface COp {
        PyObject apply(PyComplex a, PyComplex b);
    }

    private static void binary(PyType t, String name, String rname, COp op) {
        t.def1(name, (self, o) -> {
            PyComplex b = coerce(o);
            return b == null ? NI : op.apply(c(self), b);
        });
        t.def1(rname, (self, o) -> {
            PyComplex a = coerce(o);
            return a == null ? NI : op.apply(a, c(self));
        });
    }

    /** A complex argument or the result of its {@code __complex__}; null for other values. */
    private static PyComplex complexArg(PyObject o) {
        if (o instanceof PyComplex x) {
            return x;
        }
        if (o.type().lookup("__complex__") != null) {
            PyObject r = dev.weft.runtime.ops.Ops.callMethod(o, "__complex__");
            if (!(r instanceof PyComplex x)) {
                throw Errors.typeError("__complex__ returned non-complex (type %s)", r.type().name());
            }
            return x;
        }
        return null;
    }

    /** A real argument through {@code __float__}/{@code __index__}; CPython's TypeError otherwise. */
    private static double realArg(PyObject o, String what) {
        if (o instanceof PyStr || o instanceof PyBytes || o instanceof PyByteArray
                || (o.type().lookup("__float__") == null && o.type().lookup("__index__") == null)) {
            throw Errors.typeError("complex() %s, not '%s'", what, o.type().name());
        }
        return FloatMethods.toDouble(o);
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> {
            double re = 0;
            double im = 0;
            if (args.length > 0 && args[0] instanceof PyStr str) {
                if (args.length > 1) {
                    throw Errors.typeError("complex() can't take second arg if first is a string");
                }
                try {
                    double[] parsed = dev.weft.runtime.format.ComplexParsing.parse(str.value());
                    return new PyComplex(parsed[0], parsed[1]);
                } catch (dev.weft.runtime.format.FormatError e) {
                    throw Errors.valueError("%s", e.getMessage());
                }
            }
            if (args.length > 1 && args[1] instanceof PyStr) {
                throw Errors.typeError("complex() second arg can't be a string");
            }
            // As CPython: a complex first argument contributes its imaginary part only when a
            // second argument is given, and a real second argument is the imaginary part as it
            // is (so complex(-1, -0.0) keeps the sign of zero).
            boolean firstComplex = false;
            if (args.length > 0) {
                PyComplex a = complexArg(args[0]);
                firstComplex = a != null;
                if (a == null) {
                    a = coerce(args[0]);
                }
                if (a == null) {
                    a = new PyComplex(realArg(args[0], "first argument must be a string or a number"), 0);
                }
                re = a.real;
                im = a.imag;
            }
            if (args.length > 1) {
                PyComplex b = args[1] instanceof PyComplex x ? x : null;
                if (b != null) {
                    re -= b.imag;
                } else {
                    b = coerce(args[1]);
                }
                if (b == null) {
                    b = new PyComplex(realArg(args[1], "second argument must be a number"), 0);
                }
                im = firstComplex ? im + b.real : b.real;
            }
            return new PyComplex(re, im);
        });
        binary(t, "__add__", "__radd__", PyComplex::add);
        binary(t, "__sub__", "__rsub__", PyComplex::sub);
        binary(t, "__mul__", "__rmul__", PyComplex::mul);
        binary(t, "__truediv__", "__rtruediv__", PyComplex::div);
        binary(t, "__pow__", "__rpow__", PyComplex::pow);
        t.def0("__neg__", self -> new PyComplex(-c(self).real, -c(self).imag));
        t.def0("__pos__", self -> self);
        t.def0("__abs__", self -> PyFloat.of(c(self).abs()));
        t.def0("__bool__", self -> PyBool.of(c(self).real != 0 || c(self).imag != 0));
        t.def0("__hash__", self -> PyInt.of(c(self).hash()));
        t.def0("__getnewargs__", self -> PyTuple.of(PyFloat.of(c(self).real), PyFloat.of(c(self).imag)));
        t.def0("__repr__", self -> PyStr.of(c(self).repr()));
        t.def1("__format__", (self, spec) -> FormatBridge.format(self, spec, PyComplex.class, () -> FormatBridge.formatComplex(c(self), spec)));
        t.def0("conjugate", self -> new PyComplex(c(self).real, -c(self).imag));
        t.defGetSet("real", self -> PyFloat.of(c(self).real), null);
        t.defGetSet("imag", self -> PyFloat.of(c(self).imag), null);
        t.def1("__eq__", (self, o) -> {
            PyComplex b = coerce(o);
            return b == null ? NI : PyBool.of(c(self).real == b.real && c(self).imag == b.imag);
        });
        t.def1("__ne__", (self, o) -> {
            PyComplex b = coerce(o);
            return b == null ? NI : PyBool.of(c(self).real != b.real || c(self).imag != b.imag);
        });
    }
}
