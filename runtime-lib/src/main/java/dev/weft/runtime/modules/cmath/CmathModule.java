package dev.weft.runtime.modules.cmath;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.math.Complex;
import dev.weft.runtime.math.PyCmath;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.math.MathArgs;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyComplex;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyTuple;

import java.util.function.UnaryOperator;

import static dev.weft.runtime.modules.math.MathArgs.toDouble;

/**
 * {@code cmath}: the Python-level module over {@link PyCmath}. Arguments are converted as
 * CPython's {@code PyComplex_AsCComplex}: a complex, {@code __complex__}, else a real number
 * ({@code __float__}, then {@code __index__}).
 */
public final class CmathModule {
    private CmathModule() { }

    private static final PyObject[] NO_ARGS = new PyObject[0];
    private static final String[] ISCLOSE_PARAMS = {"a", "b", "*rel_tol", "*abs_tol"};

    public static PyModule create() {
        PyModule m = ModuleTypes.module("cmath",
                "This module provides access to mathematical functions for complex\nnumbers.");
        m.put("pi", PyFloat.of(PyCmath.PI));
        m.put("e", PyFloat.of(PyCmath.E));
        m.put("tau", PyFloat.of(PyCmath.TAU));
        m.put("inf", PyFloat.of(PyCmath.INF));
        m.put("infj", complex(PyCmath.INFJ));
        m.put("nan", PyFloat.of(PyCmath.NAN));
        m.put("nanj", complex(PyCmath.NANJ));
        unary(m, "acos", PyCmath::acos);
        unary(m, "acosh", PyCmath::acosh);
        unary(m, "asin", PyCmath::asin);
        unary(m, "asinh", PyCmath::asinh);
        unary(m, "atan", PyCmath::atan);
        unary(m, "atanh", PyCmath::atanh);
        unary(m, "cos", PyCmath::cos);
        unary(m, "cosh", PyCmath::cosh);
        unary(m, "exp", PyCmath::exp);
        unary(m, "log10", PyCmath::log10);
        unary(m, "sin", PyCmath::sin);
        unary(m, "sinh", PyCmath::sinh);
        unary(m, "sqrt", PyCmath::sqrt);
        unary(m, "tan", PyCmath::tan);
        unary(m, "tanh", PyCmath::tanh);
        MathArgs.defPositional(m, "log", 1, 2, (s, a, kw) -> {
            Complex z = toComplex(a[0]);
            return complex(a.length == 1 ? PyCmath.log(z) : PyCmath.log(z, toComplex(a[1])));
        });
        MathArgs.defOne(m, "phase", (s, z) -> PyFloat.of(PyCmath.phase(toComplex(z))));
        MathArgs.defOne(m, "polar", (s, z) -> {
            double[] rphi = PyCmath.polar(toComplex(z));
            return PyTuple.of(PyFloat.of(rphi[0]), PyFloat.of(rphi[1]));
        });
        MathArgs.defPositional(m, "rect", 2, 2, (s, a, kw) -> {
            double r = toDouble(a[0]);
            return complex(PyCmath.rect(r, toDouble(a[1])));
        });
        MathArgs.defOne(m, "isfinite", (s, z) -> PyBool.of(PyCmath.isfinite(toComplex(z))));
        MathArgs.defOne(m, "isnan", (s, z) -> PyBool.of(PyCmath.isnan(toComplex(z))));
        MathArgs.defOne(m, "isinf", (s, z) -> PyBool.of(PyCmath.isinf(toComplex(z))));
        MathArgs.defKeywords(m, "isclose", (s, args, kw) -> {
            PyObject[] a = MathArgs.parseFixedPositional("isclose", args, kw, ISCLOSE_PARAMS, 2, false);
            Complex x = toComplex(a[0]);
            Complex y = toComplex(a[1]);
            double relTol = a[2] == null ? 1e-09 : toDouble(a[2]);
            double absTol = a[3] == null ? 0.0 : toDouble(a[3]);
            return PyBool.of(PyCmath.isclose(x, y, relTol, absTol));
        });
        return m;
    }

    private static void unary(PyModule m, String name, UnaryOperator<Complex> f) {
        MathArgs.defOne(m, name, (s, z) -> complex(f.apply(toComplex(z))));
    }

    /** CPython's {@code PyComplex_AsCComplex}. */
    static Complex toComplex(PyObject z) {
        if (z instanceof PyComplex c) {
            return new Complex(c.real, c.imag);
        }
        PyObject method = z.type().lookup("__complex__");
        if (method != null) {
            PyObject r = Calls.callWithSelf(method, z, NO_ARGS, null);
            if (!(r instanceof PyComplex rc)) {
                throw Errors.typeError("__complex__ returned non-complex (type %s)", r.type().name());
            }
            return new Complex(rc.real, rc.imag);
        }
        return new Complex(toDouble(z), 0.0);
    }

    private static PyComplex complex(Complex z) {
        return new PyComplex(z.real(), z.imag());
    }
}
