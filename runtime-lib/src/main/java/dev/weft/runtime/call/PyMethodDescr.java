package dev.weft.runtime.call;

import dev.weft.runtime.core.Descriptor;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;

/** A method of a builtin type, as found in the type's dict ({@code list.append}). */
public final class PyMethodDescr extends PyObject implements Descriptor {
    public static final PyType TYPE = new PyType("method_descriptor", PyMethodDescr.class, PyType.OBJECT,
            t -> { }, PyType.IMMUTABLE);

    private final PyType owner;
    private final String name;
    final BuiltinImpl impl;

    public PyMethodDescr(PyType owner, String name, int min, int max, Object f) {
        this.owner = owner;
        this.name = name;
        this.impl = new BuiltinImpl(min, max, f);
    }

    public PyMethodDescr(PyType owner, String name, Fn.FV f) {
        this(owner, name, 0, Integer.MAX_VALUE, f);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String name() {
        return name;
    }

    public PyType owner() {
        return owner;
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        return new PyBuiltinFunction(name, owner.qualname() + "." + name, obj, impl);
    }

    /** Calls as a method of {@code self} with {@code args[off..]} (no bound object created). */
    public PyObject callWithSelf(PyObject self, PyObject[] args, int off, String[] kwnames) {
        checkSelf(self);
        return impl.invoke(owner.qualname() + "." + name, self, args, off, kwnames);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw < 1) {
            throw Errors.typeError("unbound method %s.%s() needs an argument", owner.name(), name);
        }
        return callWithSelf(args[0], args, 1, kwnames);
    }

    private void checkSelf(PyObject self) {
        if (!self.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                    owner.name(), self.type().name());
        }
    }
}
