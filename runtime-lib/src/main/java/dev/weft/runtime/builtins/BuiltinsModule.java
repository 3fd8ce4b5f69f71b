package dev.weft.runtime.builtins;

import dev.weft.runtime.call.Fn;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyClassMethod;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.call.PyProperty;
import dev.weft.runtime.call.PyStaticMethod;
import dev.weft.runtime.call.PySuper;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.io.FileMethods;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyByteArray;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyComplex;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyRange;
import dev.weft.runtime.types.PySet;
import dev.weft.runtime.types.PySingleton;
import dev.weft.runtime.types.PySlice;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/**
 * The {@code builtins} module. Created once; generated code resolves a builtin name by
 * looking in the module's globals first, then here ({@link #lookup}).
 */
public final class BuiltinsModule {
    private BuiltinsModule() { }

    private static final PyModule MODULE = create();

    public static PyModule module() {
        return MODULE;
    }

    /** A builtin by name, or null. */
    /**
     * Builtin {@code b} as code with these namespaces sees it: {@code exec}, {@code eval},
     * {@code globals} and {@code locals} come bound to the caller's globals and local namespace
     * ({@code namespace} null when not known: module or function code); others unchanged.
     */
    public static PyObject forCaller(PyObject b, PyDict globals, PyObject namespace) {
        return ExecBuiltins.needsCaller(b) ? ExecBuiltins.bind(b, globals, namespace) : b;
    }

    /**
     * {@code callee} with the caller's locals known: when it is such a builtin bound by
     * {@link #forCaller} without a local namespace (function code), bound to {@code locals}, a
     * snapshot of the function's variables; otherwise {@code callee} itself.
     */
    public static PyObject withLocals(PyObject callee, PyDict locals) {
        return ExecBuiltins.withLocals(callee, locals);
    }

    public static PyObject lookup(String name) {
        return MODULE.instanceDict().getItemOrNull(PyStr.intern(name));
    }

    private static void f0(PyModule m, String name, Fn.F0 f) {
        m.put(name, new PyBuiltinFunction(name, 0, 0, f));
    }

    private static void f1(PyModule m, String name, Fn.F1 f) {
        m.put(name, new PyBuiltinFunction(name, 1, 1, f));
    }

    private static void f2(PyModule m, String name, int min, Fn.F2 f) {
        m.put(name, new PyBuiltinFunction(name, min, 2, f));
    }

    private static void f3(PyModule m, String name, int min, Fn.F3 f) {
        m.put(name, new PyBuiltinFunction(name, min, 3, f));
    }

    private static void fv(PyModule m, String name, Fn.FV f) {
        m.put(name, new PyBuiltinFunction(name, m, f));
    }

    private static PyModule create() {
        PyModule m = new PyModule("builtins");
        m.put("None", PyNone.NONE);
        m.put("True", PyBool.TRUE);
        m.put("False", PyBool.FALSE);
        m.put("Ellipsis", PySingleton.ELLIPSIS);
        m.put("NotImplemented", PySingleton.NOT_IMPLEMENTED);
        m.put("__debug__", PyBool.TRUE);
        PyType[] types = {PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyComplex.TYPE,
            PyStr.TYPE, PyBytes.TYPE, PyByteArray.TYPE, dev.weft.runtime.types.PyMemoryView.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE,
            PySet.FROZENSET_TYPE, PyRange.TYPE, PySlice.TYPE, PySuper.TYPE, PyProperty.TYPE, PyClassMethod.TYPE,
            PyStaticMethod.TYPE, BuiltinIterators.ENUMERATE, BuiltinIterators.ZIP, BuiltinIterators.MAP,
            BuiltinIterators.FILTER, BuiltinIterators.REVERSED};
        for (PyType t : types) {
            m.put(t.name(), t);
        }
        for (PyType t : ExceptionTypes.all()) {
            m.put(t.name(), t);
        }
        m.put("EnvironmentError", ExceptionTypes.OSError);
        m.put("IOError", ExceptionTypes.OSError);
        f1(m, "abs", BuiltinFunctions::abs);
        f1(m, "all", BuiltinFunctions::all);
        f1(m, "any", BuiltinFunctions::any);
        f1(m, "ascii", BuiltinFunctions::ascii);
        f1(m, "bin", BuiltinFunctions::bin);
        f1(m, "oct", BuiltinFunctions::oct);
        f1(m, "hex", BuiltinFunctions::hex);
        f1(m, "callable", BuiltinFunctions::callable);
        f1(m, "chr", BuiltinFunctions::chr);
        f1(m, "ord", BuiltinFunctions::ord);
        f3(m, "getattr", 2, BuiltinFunctions::getattr);
        f3(m, "setattr", 3, BuiltinFunctions::setattr);
        f2(m, "delattr", 2, BuiltinFunctions::delattr);
        f2(m, "hasattr", 2, BuiltinFunctions::hasattr);
        f1(m, "hash", BuiltinFunctions::hash);
        f1(m, "id", BuiltinFunctions::id);
        f2(m, "isinstance", 2, BuiltinFunctions::isinstance);
        f2(m, "issubclass", 2, BuiltinFunctions::issubclass);
        f2(m, "iter", 1, BuiltinFunctions::iter);
        f1(m, "len", BuiltinFunctions::len);
        f2(m, "next", 1, BuiltinFunctions::next);
        f2(m, "divmod", 2, BuiltinFunctions::divmod);
        fv(m, "pow", BuiltinFunctions::pow);
        f1(m, "repr", BuiltinFunctions::repr);
        f2(m, "format", 1, BuiltinFunctions::format);
        fv(m, "round", BuiltinFunctions::round);
        fv(m, "sorted", BuiltinFunctions::sorted);
        fv(m, "sum", BuiltinFunctions::sum);
        fv(m, "max", (self, args, kw) -> BuiltinFunctions.minMax(args, kw, true));
        fv(m, "min", (self, args, kw) -> BuiltinFunctions.minMax(args, kw, false));
        fv(m, "print", BuiltinFunctions::print);
        f2(m, "input", 0, (self, p, unused) -> BuiltinFunctions.input(self, p));
        fv(m, "open", FileMethods::open);
        f1(m, "aiter", (self, o) -> {
            PyObject f = o.type().lookup("__aiter__");
            if (f == null) {
                throw Errors.typeError("'%s' object is not an async iterable", o.type().name());
            }
            return Ops.callMethod(o, "__aiter__");
        });
        f2(m, "anext", 1, (self, o, dflt) -> {
            if (o.type().lookup("__anext__") == null) {
                throw Errors.typeError("'%s' object is not an async iterator", o.type().name());
            }
            if (dflt != null) {
                return dev.weft.runtime.gen.AnextAwaitable.of(o, dflt);
            }
            return Ops.callMethod(o, "__anext__");
        });
        for (String n : new String[] {"breakpoint", "help"}) {
            fv(m, n, (self, args, kw) -> BuiltinFunctions.notSupported(n));
        }
        ExecBuiltins.define(m);
        fv(m, "__build_class__", (self, args, kw) -> {
            throw Errors.notImplemented("__build_class__ is compiled to ClassBuilder.buildClass by the backend");
        });
        return m;
    }
}
