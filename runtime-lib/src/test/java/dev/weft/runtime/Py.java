package dev.weft.runtime;

import dev.weft.runtime.builtins.BuiltinsModule;
import dev.weft.runtime.call.CodeInfo;
import dev.weft.runtime.call.FunctionBody;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.core.ClassBuilder;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Test helpers: build values, functions and classes the way generated code will. */
public final class Py {
    private Py() { }

    public static PyInt i(long v) { return PyInt.of(v); }
    public static PyInt big(String v) { return PyInt.of(new BigInteger(v)); }
    public static PyFloat f(double v) { return PyFloat.of(v); }
    public static PyStr s(String v) { return PyStr.of(v); }
    public static PyList list(PyObject... items) { return new PyList(items.clone()); }
    public static PyTuple tuple(PyObject... items) { return PyTuple.of(items.clone()); }

    public static PyDict dict(PyObject... kv) {
        PyDict d = new PyDict();
        for (int k = 0; k < kv.length; k += 2) {
            d.setItem(kv[k], kv[k + 1]);
        }
        return d;
    }

    public static PyObject builtin(String name) {
        PyObject b = BuiltinsModule.lookup(name);
        if (b == null) {
            throw new IllegalArgumentException("no builtin " + name);
        }
        return b;
    }

    public static PyObject call(PyObject f, PyObject... args) {
        return f.call(args, null);
    }

    public static PyObject callKw(PyObject f, PyObject[] args, String... kwnames) {
        return f.call(args, kwnames);
    }

    public static PyObject call(String builtin, PyObject... args) {
        return call(builtin(builtin), args);
    }

    public static String repr(PyObject o) {
        return Ops.reprString(o);
    }

    public static String str(PyObject o) {
        return Ops.strString(o);
    }

    /** A function with positional parameters named {@code params}. */
    public static PyFunction fn(String name, FunctionBody body, String... params) {
        CodeInfo code = new CodeInfo(name, name, "test.py", 1, params.length, 0, 0, params, 0);
        return new PyFunction(code, body, new PyDict(), null, null, null);
    }

    public static PyFunction fn(CodeInfo code, FunctionBody body, PyObject[] defaults, PyDict kwdefaults) {
        return new PyFunction(code, body, new PyDict(), defaults, kwdefaults, null);
    }

    /** {@code class name(*bases): <ns>} with the namespace filled from a map. */
    public static PyObject cls(String name, PyObject[] bases, Map<String, PyObject> ns) {
        return ClassBuilder.buildClass(namespace -> {
            Calls.callMethod("__setitem__", new PyObject[] {namespace, PyStr.of("__module__"), PyStr.of("__main__")}, null);
            Calls.callMethod("__setitem__", new PyObject[] {namespace, PyStr.of("__qualname__"), PyStr.of(name)}, null);
            for (Map.Entry<String, PyObject> e : ns.entrySet()) {
                Calls.callMethod("__setitem__", new PyObject[] {namespace, PyStr.of(e.getKey()), e.getValue()}, null);
            }
        }, name, bases, null, null);
    }

    public static Map<String, PyObject> ns(Object... kv) {
        Map<String, PyObject> m = new LinkedHashMap<>();
        for (int k = 0; k < kv.length; k += 2) {
            m.put((String) kv[k], (PyObject) kv[k + 1]);
        }
        return m;
    }

    /** Runs {@code r} and returns the Python exception it raised, as {@code "Type: message"}. */
    public static String raises(Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        return e.getMessage();
    }
}
