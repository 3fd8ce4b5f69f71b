package dev.weft.runtime.link;

import dev.weft.runtime.builtins.BuiltinsModule;
import dev.weft.runtime.call.CodeInfo;
import dev.weft.runtime.call.FunctionBody;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyCell;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.core.ClassBuilder;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/** Function objects for {@code def}/{@code lambda}/class bodies, and the builtins only generated code loads. */
public final class Functions {
    private Functions() { }

    private static final PyObject[] NO_OBJECTS = new PyObject[0];

    /**
     * {@code function defaults, kwdefaults, annotations code=... [closure]}: {@code defaults} is a
     * tuple or None, {@code kwdefaults} and {@code annotations} a dict or None, {@code doc} the
     * docstring or null.
     */
    public static PyObject makeFunction(CodeInfo code, FunctionBody body, PyDict globals, PyObject defaults,
                                        PyObject kwdefaults, PyObject annotations, PyCell[] closure, String doc) {
        PyObject[] d = defaults instanceof PyTuple t ? t.toArray() : null;
        PyDict kw = kwdefaults instanceof PyDict k ? k : null;
        PyFunction f = new PyFunction(code, body, globals, d, kw, closure);
        if (doc != null) {
            f.setDoc(PyStr.of(doc));
        }
        if (annotations != null && annotations != PyNone.NONE) {
            f.setAnnotations(annotations);
        }
        return f;
    }

    /** The code of a module: a function object over the module's globals, run once by the importer. */
    public static PyFunction moduleFunction(CodeInfo code, FunctionBody body, PyDict globals) {
        return new PyFunction(code, body, globals, null, null, null);
    }

    /** {@code load_builtin name}: builtins user code cannot shadow. */
    public static PyObject builtin(String name) {
        if (name.equals("__build_class__")) {
            return BUILD_CLASS;
        }
        PyObject b = BuiltinsModule.lookup(name);
        if (b == null) {
            throw Errors.systemError("no builtin named '%s'", name);
        }
        return b;
    }

    /**
     * {@code __build_class__(body, name, *bases, **keywords)}: the body is the class body's
     * function; its frame is the one-slot array holding the class namespace.
     */
    static final PyObject BUILD_CLASS = new PyBuiltinFunction("__build_class__", null, (self, args, kwnames) -> {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos < 2 || !(args[0] instanceof PyFunction body)) {
            throw Errors.typeError("__build_class__: func must be a function");
        }
        if (!(args[1] instanceof PyStr name)) {
            throw Errors.typeError("__build_class__: name is not a string");
        }
        PyObject[] bases = new PyObject[npos - 2];
        System.arraycopy(args, 2, bases, 0, bases.length);
        PyObject[] kwValues = NO_OBJECTS;
        if (nkw > 0) {
            kwValues = new PyObject[nkw];
            System.arraycopy(args, npos, kwValues, 0, nkw);
        }
        return ClassBuilder.buildClass(ns -> body.body.invoke(body, new PyObject[] {ns}), name.value(), bases,
                kwnames, kwValues);
    });
}
