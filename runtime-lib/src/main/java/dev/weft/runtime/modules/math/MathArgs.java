package dev.weft.runtime.modules.math;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.Fn;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.math.MathError;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.IntMath;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;

import java.math.BigInteger;

/**
 * Argument conversion and arity checks of the C-level {@code math} and {@code cmath} modules,
 * with CPython 3.13's messages, and the translation of {@link MathError} into Python exceptions.
 */
public final class MathArgs {
    private MathArgs() { }

    private static final PyObject[] NO_ARGS = new PyObject[0];

    /** CPython's {@code PyFloat_AsDouble}: a float's value, {@code __float__}, else {@code __index__}. */
    public static double toDouble(PyObject x) {
        if (x instanceof PyFloat f) {
            return f.value;
        }
        if (x.getClass() == PyInt.class || x instanceof PyBool) {
            return IntMath.toDouble((PyInt) x);
        }
        PyObject method = x.type().lookup("__float__");
        if (method != null) {
            PyObject r = Calls.callWithSelf(method, x, NO_ARGS, null);
            if (!(r instanceof PyFloat rf)) {
                throw Errors.typeError("%s.__float__ returned non-float (type %s)", x.type().name(), r.type().name());
            }
            return rf.value;
        }
        if (x.type().lookup("__index__") != null) {
            return IntMath.toDouble(Protocols.index(x, null));
        }
        throw Errors.typeError("must be real number, not %s", x.type().name());
    }

    /** CPython's {@code PyNumber_Index} as a BigInteger. */
    public static BigInteger toBigInteger(PyObject x) {
        return Protocols.index(x, null).bigValue();
    }

    /** The Python exception a {@link MathError} names, with its message. */
    public static PyException convert(MathError e) {
        switch (e.pythonType()) {
            case "ValueError":
                return Errors.make(ExceptionTypes.ValueError, e.getMessage());
            case "OverflowError":
                return Errors.make(ExceptionTypes.OverflowError, e.getMessage());
            case "ZeroDivisionError":
                return Errors.make(ExceptionTypes.ZeroDivisionError, e.getMessage());
            case "TypeError":
                return Errors.make(ExceptionTypes.TypeError, e.getMessage());
            default:
                throw new IllegalStateException("unknown Python exception type " + e.pythonType(), e);
        }
    }

    // ---- registration with CPython's calling conventions ---------------------------------------

    /** A function of exactly one positional argument (C's METH_O): errors name {@code module.name}. */
    public static void defOne(PyModule m, String name, Fn.F1 f) {
        String qualified = m.name() + "." + name;
        define(m, name, (self, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("%s() takes no keyword arguments", qualified);
            }
            if (args.length != 1) {
                throw Errors.typeError("%s() takes exactly one argument (%d given)", qualified, args.length);
            }
            return f.apply(self, args[0]);
        });
    }

    /** A one-argument float function ({@code math_1}): converts the argument, returns a float. */
    public static void defFloat(PyModule m, String name, java.util.function.DoubleUnaryOperator f) {
        defOne(m, name, (self, x) -> PyFloat.of(f.applyAsDouble(toDouble(x))));
    }

    /** A positional-only function of {@code min..max} arguments (C's FASTCALL through Argument Clinic). */
    public static void defPositional(PyModule m, String name, int min, int max, Fn.FV f) {
        String qualified = m.name() + "." + name;
        define(m, name, (self, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("%s() takes no keyword arguments", qualified);
            }
            checkArity(name, min, max, args.length);
            return f.apply(self, args, null);
        });
    }

    /** A function whose own code parses keywords ({@link dev.weft.runtime.call.ArgParse}). */
    public static void defKeywords(PyModule m, String name, Fn.FV f) {
        define(m, name, f);
    }

    /** A function of any number of positional arguments (C's METH_FASTCALL without clinic). */
    public static void defVarargs(PyModule m, String name, Fn.FV f) {
        String qualified = m.name() + "." + name;
        define(m, name, (self, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("%s() takes no keyword arguments", qualified);
            }
            return f.apply(self, args, null);
        });
    }

    /**
     * Argument Clinic's parsing for {@code f(a, b, [/,] *, kw...)} with {@code npos} positional
     * parameters: more positional arguments (or fewer, when they are positional-only) are
     * "takes exactly N positional arguments".
     */
    public static PyObject[] parseFixedPositional(String fn, PyObject[] args, String[] kw, String[] names, int npos,
                                           boolean positionalOnly) {
        int given = args.length - (kw == null ? 0 : kw.length);
        if (given > npos || positionalOnly && given < npos) {
            throw Errors.typeError("%s() takes exactly %d positional argument%s (%d given)", fn, npos,
                    npos == 1 ? "" : "s", given);
        }
        return ArgParse.parse(fn, args, kw, names, npos);
    }

    private static void checkArity(String name, int min, int max, int n) {
        if (n >= min && n <= max) {
            return;
        }
        if (min == max) {
            throw Errors.typeError("%s expected %d argument%s, got %d", name, max, max == 1 ? "" : "s", n);
        }
        if (n > max) {
            throw Errors.typeError("%s expected at most %d argument%s, got %d", name, max, max == 1 ? "" : "s", n);
        }
        throw Errors.typeError("%s expected at least %d argument%s, got %d", name, min, min == 1 ? "" : "s", n);
    }

    /** Registers {@code f}, turning the numeric core's {@link MathError}s into Python exceptions. */
    private static void define(PyModule m, String name, Fn.FV f) {
        m.put(name, new PyBuiltinFunction(name, m, (self, args, kw) -> {
            try {
                return f.apply(self, args, kw);
            } catch (MathError e) {
                throw convert(e);
            }
        }));
    }
}
