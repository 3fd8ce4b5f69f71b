package dev.weft.runtime.call;



import dev.weft.runtime.core.Descriptor;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;

/** A method of a builtin type, as found in the type's dict ({@code list.append}). */
public final class PyMethodDescr extends PyObject implements Descriptor {
    public static final PyType TYPE = new PyType("method_descriptor", PyMethodDescr.class, PyType.OBJECT,
            t -> t.def0("__repr__", self -> ((PyMethodDescr) self).repr()), PyType.IMMUTABLE);

    private final PyType owner;
    private final String name;
    final BuiltinImpl impl;
    private String displayName;

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

    /** CPython shows special methods of builtin types as slot wrappers. */
    private PyObject repr() {
        String kind = name.startsWith("__") && name.endsWith("__") ? "slot wrapper" : "method";
        return dev.weft.runtime.types.PyStr.of(String.format("<%s '%s' of '%s' objects>", kind, name, owner.name()));
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
        return impl.invoke(displayName(), self, args, off, kwnames);
    }

    /** {@code type.name} for error messages, built once (racy but benign: Strings publish safely). */
    private String displayName() {
        String d = displayName;
        if (d == null) {
            d = owner.qualname() + "." + name;
            displayName = d;
        }
        return d;
    }

    /** The implementation for a call with {@code nargs} positional arguments and no others, or null. */
    public DirectBuiltin direct(int nargs) {
        return DirectBuiltin.of(impl, nargs);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw < 1) {
            throw Errors.typeError("descriptor '%s' of '%s' object needs an argument", name, owner.name());
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
