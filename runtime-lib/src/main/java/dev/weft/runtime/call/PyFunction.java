package dev.weft.runtime.call;

import dev.weft.runtime.core.Descriptor;
import dev.weft.runtime.core.HasDict;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

/**
 * A Python function: compiled code plus the state a {@code def} statement gives it
 * (globals, defaults, closure). Calling it positionally with exactly its parameter count
 * passes the caller's array straight to the body.
 */
public final class PyFunction extends PyObject implements Descriptor, HasDict {
    public static final PyType TYPE = new PyType("function", PyFunction.class, PyType.OBJECT,
            CallableMethods::defineFunction, PyType.IMMUTABLE);

    public final CodeInfo code;
    public final FunctionBody body;
    public final PyDict globals;
    /** Closure cells in the order of the code's free variables (null if none). */
    public final PyCell[] closure;
    volatile PyObject[] defaults;
    volatile PyDict kwdefaults;
    private volatile String name;
    private volatile String qualname;
    private volatile PyObject module;
    private volatile PyObject doc = PyNone.NONE;
    private volatile PyDict dict;
    private volatile PyObject annotations;
    private volatile dev.weft.runtime.types.PyTuple typeParams = dev.weft.runtime.types.PyTuple.EMPTY;

    public PyFunction(CodeInfo code, FunctionBody body, PyDict globals, PyObject[] defaults, PyDict kwdefaults,
                      PyCell[] closure) {
        this.code = code;
        this.body = body;
        this.globals = globals;
        this.defaults = defaults == null || defaults.length == 0 ? null : defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
        PyObject mod = globals == null ? null : globals.getItemOrNull(PyStr.intern("__name__"));
        this.module = mod == null ? PyNone.NONE : mod;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if ((kwnames == null || kwnames.length == 0) && code.simple) {
            if (args.length == code.argCount) {
                return body.invoke(this, args);
            }
            PyObject[] frame = frameWithDefaults(args);
            if (frame != null) {
                return body.invoke(this, frame);
            }
        }
        return body.invoke(this, ArgBinder.bind(this, args, kwnames));
    }

    /**
     * For fewer positional arguments than a simple function's parameters: the frame with the
     * rest taken from the current {@code __defaults__}; null when they do not cover them (the
     * binder then raises CPython's TypeError).
     */
    public PyObject[] frameWithDefaults(PyObject[] args) {
        PyObject[] d = defaults;
        int missing = code.argCount - args.length;
        if (d == null || missing <= 0 || missing > d.length) {
            return null;
        }
        PyObject[] frame = new PyObject[code.argCount];
        System.arraycopy(args, 0, frame, 0, args.length);
        System.arraycopy(d, d.length - missing, frame, args.length, missing);
        return frame;
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        return obj == null ? this : new PyMethod(this, obj);
    }

    public String name() { return name; }

    /** CO_ITERABLE_COROUTINE, set by {@code types.coroutine} through {@code __code__ = co.replace(co_flags=...)}. */
    private volatile boolean iterableCoroutine;

    public boolean isIterableCoroutine() { return iterableCoroutine; }
    void setIterableCoroutine(boolean on) { iterableCoroutine = on; }
    public void setName(String n) { name = n; }
    public String qualname() { return qualname; }
    public void setQualname(String q) { qualname = q; }
    public PyObject module() { return module; }
    public void setModule(PyObject m) { module = m; }
    public PyObject doc() { return doc; }
    public void setDoc(PyObject d) { doc = d; }
    public PyObject[] defaults() { return defaults; }
    public void setDefaults(PyObject[] d) { defaults = d == null || d.length == 0 ? null : d; }
    public PyDict kwdefaults() { return kwdefaults; }
    public void setKwdefaults(PyDict d) { kwdefaults = d; }
    public PyObject annotations() { return annotations; }
    public void setAnnotations(PyObject a) { annotations = a; }
    /** {@code __type_params__}: the PEP 695 type parameters of a generic function. */
    public dev.weft.runtime.types.PyTuple typeParams() { return typeParams; }
    public void setTypeParams(dev.weft.runtime.types.PyTuple t) { typeParams = t; }

    @Override
    public PyDict instanceDict() {
        PyDict d = dict;
        if (d == null) {
            synchronized (this) {
                if (dict == null) {
                    dict = new PyDict();
                }
                d = dict;
            }
        }
        return d;
    }

    @Override
    public void setInstanceDict(PyDict d) {
        dict = d;
    }
}
