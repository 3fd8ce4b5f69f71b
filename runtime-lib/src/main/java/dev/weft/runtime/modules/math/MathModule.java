package dev.weft.runtime.modules.math;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.math.IntegerMath;
import dev.weft.runtime.math.PyMath;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyTuple;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

import static dev.weft.runtime.modules.math.MathArgs.toBigInteger;
import static dev.weft.runtime.modules.math.MathArgs.toDouble;

/**
 * {@code math}: the Python-level module over the numeric core {@link PyMath}, {@link IntegerMath}
 * and {@link dev.weft.runtime.math.Summation}. This class converts arguments as CPython 3.13's
 * mathmodule.c does and dispatches; the functions over iterables are in {@link MathIterables}.
 */
public final class MathModule {
    private MathModule() { }

    private static final PyObject[] NO_ARGS = new PyObject[0];
    private static final String[] ISCLOSE_PARAMS = {"a", "b", "*rel_tol", "*abs_tol"};
    private static final String[] NEXTAFTER_PARAMS = {"x", "y", "*steps"};

    public static PyModule create() {
        PyModule m = ModuleTypes.module("math",
                "This module provides access to the mathematical functions\ndefined by the C standard.");
        m.put("pi", PyFloat.of(PyMath.PI));
        m.put("e", PyFloat.of(PyMath.E));
        m.put("tau", PyFloat.of(PyMath.TAU));
        m.put("inf", PyFloat.of(PyMath.INF));
        m.put("nan", PyFloat.of(PyMath.NAN));
        defineFloatFunctions(m);
        defineIntegerFunctions(m);
        defineRounding(m);
        defineLogarithms(m);
        MathIterables.define(m);
        return m;
    }

    private static void defineFloatFunctions(PyModule m) {
        String[] names = {"acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc",
            "exp", "exp2", "expm1", "fabs", "gamma", "lgamma", "log1p", "sin", "sinh", "sqrt", "tan", "tanh",
            "degrees", "radians", "ulp"};
        DoubleUnaryOperator[] fs = {PyMath::acos, PyMath::acosh, PyMath::asin, PyMath::asinh, PyMath::atan,
            PyMath::atanh, PyMath::cbrt, PyMath::cos, PyMath::cosh, PyMath::erf, PyMath::erfc, PyMath::exp,
            PyMath::exp2, PyMath::expm1, PyMath::fabs, PyMath::gamma, PyMath::lgamma, PyMath::log1p, PyMath::sin,
            PyMath::sinh, PyMath::sqrt, PyMath::tan, PyMath::tanh, PyMath::degrees, PyMath::radians, PyMath::ulp};
        for (int i = 0; i < names.length; i++) {
            MathArgs.defFloat(m, names[i], fs[i]);
        }
        MathArgs.defOne(m, "isfinite", (s, x) -> PyBool.of(PyMath.isfinite(toDouble(x))));
        MathArgs.defOne(m, "isinf", (s, x) -> PyBool.of(PyMath.isinf(toDouble(x))));
        MathArgs.defOne(m, "isnan", (s, x) -> PyBool.of(PyMath.isnan(toDouble(x))));
        MathArgs.defOne(m, "frexp", (s, x) -> {
            PyMath.Frexp r = PyMath.frexp(toDouble(x));
            return PyTuple.of(PyFloat.of(r.mantissa()), PyInt.of(r.exponent()));
        });
        MathArgs.defOne(m, "modf", (s, x) -> {
            PyMath.Modf r = PyMath.modf(toDouble(x));
            return PyTuple.of(PyFloat.of(r.fractional()), PyFloat.of(r.integral()));
        });
        defFloat2(m, "atan2", PyMath::atan2);
        defFloat2(m, "copysign", PyMath::copysign);
        defFloat2(m, "fmod", PyMath::fmod);
        defFloat2(m, "remainder", PyMath::remainder);
        defFloat2(m, "pow", PyMath::pow);
        MathArgs.defPositional(m, "fma", 3, 3, (s, a, kw) -> {
            double x = toDouble(a[0]);
            double y = toDouble(a[1]);
            return PyFloat.of(PyMath.fma(x, y, toDouble(a[2])));
        });
        MathArgs.defPositional(m, "ldexp", 2, 2, (s, a, kw) -> {
            double x = toDouble(a[0]);
            // CPython takes any int here but, unlike elsewhere, no __index__
            if (!(a[1] instanceof PyInt i)) {
                throw Errors.typeError("Expected an int as second argument to ldexp.");
            }
            return PyFloat.of(i.fitsLong() ? PyMath.ldexp(x, i.longValue()) : PyMath.ldexp(x, i.bigValue()));
        });
        MathArgs.defKeywords(m, "isclose", (s, args, kw) -> {
            PyObject[] a = MathArgs.parseFixedPositional("isclose", args, kw, ISCLOSE_PARAMS, 2, false);
            double x = toDouble(a[0]);
            double y = toDouble(a[1]);
            double relTol = a[2] == null ? 1e-09 : toDouble(a[2]);
            double absTol = a[3] == null ? 0.0 : toDouble(a[3]);
            return PyBool.of(PyMath.isclose(x, y, relTol, absTol));
        });
        MathArgs.defKeywords(m, "nextafter", (s, args, kw) -> {
            PyObject[] a = MathArgs.parseFixedPositional("nextafter", args, kw, NEXTAFTER_PARAMS, 2, true);
            double x = toDouble(a[0]);
            double y = toDouble(a[1]);
            if (a[2] == null || a[2] == PyNone.NONE) {
                return PyFloat.of(PyMath.nextafter(x, y));
            }
            return PyFloat.of(PyMath.nextafter(x, y, toBigInteger(a[2])));
        });
    }

    /** A two-argument float function ({@code math_2}): both arguments converted, in order. */
    private static void defFloat2(PyModule m, String name, java.util.function.DoubleBinaryOperator f) {
        MathArgs.defPositional(m, name, 2, 2, (s, a, kw) -> {
            double x = toDouble(a[0]);
            return PyFloat.of(f.applyAsDouble(x, toDouble(a[1])));
        });
    }

    private static void defineIntegerFunctions(PyModule m) {
        MathArgs.defOne(m, "factorial", (s, n) -> PyInt.of(IntegerMath.factorial(toBigInteger(n))));
        MathArgs.defOne(m, "isqrt", (s, n) -> PyInt.of(IntegerMath.isqrt(toBigInteger(n))));
        MathArgs.defPositional(m, "comb", 2, 2, (s, a, kw) -> {
            BigInteger n = toBigInteger(a[0]);
            return PyInt.of(IntegerMath.comb(n, toBigInteger(a[1])));
        });
        MathArgs.defPositional(m, "perm", 1, 2, (s, a, kw) -> {
            BigInteger n = toBigInteger(a[0]);
            if (a.length == 1 || a[1] == PyNone.NONE) {
                return PyInt.of(IntegerMath.perm(n));
            }
            return PyInt.of(IntegerMath.perm(n, toBigInteger(a[1])));
        });
        MathArgs.defVarargs(m, "gcd", (s, a, kw) -> PyInt.of(IntegerMath.gcd(indices(a))));
        MathArgs.defVarargs(m, "lcm", (s, a, kw) -> PyInt.of(IntegerMath.lcm(indices(a))));
    }

    private static BigInteger[] indices(PyObject[] args) {
        BigInteger[] out = new BigInteger[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = toBigInteger(args[i]);
        }
        return out;
    }

    // ---- ceil, floor, trunc: the type's own method first, as CPython ----------------------------

    private static void defineRounding(PyModule m) {
        MathArgs.defOne(m, "ceil", (s, x) -> round(x, "__ceil__", PyMath::ceil));
        MathArgs.defOne(m, "floor", (s, x) -> round(x, "__floor__", PyMath::floor));
        MathArgs.defOne(m, "trunc", (s, x) -> {
            if (x.getClass() == PyFloat.class) {
                return PyInt.of(PyMath.trunc(((PyFloat) x).value));
            }
            if (x.getClass() == PyInt.class) {
                return x;
            }
            PyObject method = x.type().lookup("__trunc__");
            if (method == null) {
                throw Errors.typeError("type %s doesn't define __trunc__ method", x.type().name());
            }
            return Calls.callWithSelf(method, x, NO_ARGS, null);
        });
    }

    private static PyObject round(PyObject x, String special, java.util.function.DoubleFunction<BigInteger> f) {
        if (x.getClass() == PyFloat.class) {
            return PyInt.of(f.apply(((PyFloat) x).value));
        }
        if (x.getClass() == PyInt.class) {
            return x;
        }
        PyObject method = x.type().lookup(special);
        if (method != null) {
            return Calls.callWithSelf(method, x, NO_ARGS, null);
        }
        return PyInt.of(f.apply(toDouble(x)));
    }

    // ---- logarithms: ints of any size are taken as they are (CPython's loghelper) ---------------

    private interface IntLog {
        double of(BigInteger n);
    }

    private static void defineLogarithms(PyModule m) {
        MathArgs.defPositional(m, "log", 1, 2, (s, a, kw) -> {
            double num = logOf(a[0], PyMath::log, PyMath::log);
            if (a.length == 1) {
                return PyFloat.of(num);
            }
            return PyFloat.of(PyMath.logQuotient(num, logOf(a[1], PyMath::log, PyMath::log)));
        });
        MathArgs.defOne(m, "log2", (s, x) -> PyFloat.of(logOf(x, PyMath::log2, PyMath::log2)));
        MathArgs.defOne(m, "log10", (s, x) -> PyFloat.of(logOf(x, PyMath::log10, PyMath::log10)));
    }

    private static double logOf(PyObject x, IntLog ofInt, DoubleUnaryOperator ofFloat) {
        if (x instanceof PyInt i) {
            return ofInt.of(i.bigValue());
        }
        return ofFloat.applyAsDouble(toDouble(x));
    }
}
