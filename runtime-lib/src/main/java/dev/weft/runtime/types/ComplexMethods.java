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

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> {
            double re = 0, im = 0;
            if (args.length > 0) {
                if (args[0] instanceof PyStr) {
                    throw Errors.valueError("complex() from str is not supported by weft yet");
                }
                PyComplex a = coerce(args[0]);
                if (a == null) {
                    a = new PyComplex(FloatMethods.toDouble(args[0]), 0);
                }
                re = a.real;
                im = a.imag;
            }
            if (args.length > 1) {
                PyComplex b = coerce(args[1]);
                if (b == null) {
                    throw Errors.typeError("complex() second argument must be a number, not '%s'", args[1].type().name());
                }
                re -= b.imag;
                im += b.real;
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
