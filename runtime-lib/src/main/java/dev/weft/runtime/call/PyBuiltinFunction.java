package dev.weft.runtime.call;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;


/** {@code builtin_function_or_method}: a module-level builtin, or a builtin method bound to its object. */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = new PyType("builtin_function_or_method", PyBuiltinFunction.class,
            PyType.OBJECT, CallableMethods::defineBuiltinFunction, PyType.IMMUTABLE);

    private final String name;
    private final String displayName;
    private final PyObject self;
    private final BuiltinImpl impl;
    /** Whether compiled code loading this builtin binds it to its namespaces (exec, eval, globals, locals...). */
    private final boolean readsCallerScope;

    PyBuiltinFunction(String name, String displayName, PyObject self, BuiltinImpl impl) {
        this(name, displayName, self, impl, false);
    }

    private PyBuiltinFunction(String name, String displayName, PyObject self, BuiltinImpl impl,
                              boolean readsCallerScope) {
        this.name = name;
        this.displayName = displayName;
        this.self = self;
        this.impl = impl;
        this.readsCallerScope = readsCallerScope;
    }

    /**
     * A builtin that reads its caller's namespaces ({@code exec}, {@code globals}...): compiled
     * code that loads it gets a copy bound to them ({@code BuiltinsModule.forCaller}).
     */
    public static PyBuiltinFunction readingCallerScope(String name, PyObject self, Fn.FV f) {
        return new PyBuiltinFunction(name, name, self, new BuiltinImpl(0, Integer.MAX_VALUE, f), true);
    }

    /** See {@link #readingCallerScope}; a cheap test for the name-loading fast paths. */
    public boolean readsCallerScope() {
        return readsCallerScope;
    }

    /** A builtin function with keyword support; {@code self} is the module or owning object (may be null). */
    public PyBuiltinFunction(String name, PyObject self, Fn.FV f) {
        this(name, name, self, new BuiltinImpl(0, Integer.MAX_VALUE, f));
    }

    /** A positional-only builtin taking {@code min..max} arguments (max at most 3); f is F0..F3. */
    public PyBuiltinFunction(String name, int min, int max, Object f) {
        this(name, name, null, new BuiltinImpl(min, max, f));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String name() {
        return name;
    }

    public PyObject self() {
        return self;
    }

    /**
     * The implementation for a call with {@code nargs} positional arguments and no others (to
     * be called with {@link #self()}), or null (keyword-taking builtins, other arities, builtins that read their caller's scope).
     */
    public DirectBuiltin direct(int nargs) {
        return readsCallerScope ? null : DirectBuiltin.of(impl, nargs);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return impl.invoke(displayName, self, args, 0, kwnames);
    }
}
