package dev.weft.runtime.modules.functools;

import dev.weft.runtime.call.CodeInfo;
import dev.weft.runtime.call.FunctionBody;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/**
 * Python functions with Java bodies, for what functools.py defines with {@code def}: they
 * bind as methods, carry a {@code __dict__}, and report argument errors as Python functions.
 */
final class JavaFunctions {
    private JavaFunctions() { }

    /** A vector-call body: positional arguments then keyword values named by kwnames (null if none). */
    @FunctionalInterface
    interface VectorBody {
        PyObject call(PyObject[] args, String[] kwnames);
    }

    static PyDict globals(String module) {
        PyDict g = new PyDict();
        g.setItem(PyStr.intern("__name__"), PyStr.of(module));
        return g;
    }

    /** {@code def name(p0, p1, ...)} with positional parameters. */
    static PyFunction fixed(String module, String name, String qualname, String[] params, PyObject[] defaults,
                            FunctionBody body) {
        CodeInfo code = new CodeInfo(name, qualname, "<" + module + ">", 1, params.length, 0, 0, params, 0);
        return new PyFunction(code, body, globals(module), defaults, null, null);
    }

    /** {@code def name(*args, **kwargs)}. */
    static PyFunction varargs(String module, String name, String qualname, VectorBody body) {
        CodeInfo code = new CodeInfo(name, qualname, "<" + module + ">", 1, 0, 0, 0, new String[] {"args", "kwargs"},
                CodeInfo.VARARGS | CodeInfo.VARKEYWORDS);
        return new PyFunction(code, (fn, frame) -> {
            PyTuple args = (PyTuple) frame[0];
            PyDict kw = (PyDict) frame[1];
            PyObject[][] kv = kw.snapshot();
            int npos = args.size();
            PyObject[] all = new PyObject[npos + kv[0].length];
            for (int i = 0; i < npos; i++) {
                all[i] = args.get(i);
            }
            String[] names = kv[0].length == 0 ? null : new String[kv[0].length];
            for (int i = 0; i < kv[0].length; i++) {
                names[i] = kv[0][i].toString();
                all[npos + i] = kv[1][i];
            }
            return body.call(all, names);
        }, globals(module), null, null, null);
    }
}
