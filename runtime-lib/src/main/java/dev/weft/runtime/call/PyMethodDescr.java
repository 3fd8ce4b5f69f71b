package dev.weft.runtime.call;

import dev.weft.runtime.exc.LibraryErrors;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.format.FormatError;
import dev.weft.runtime.text.TextError;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Collections;

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

    /**
     * A handle {@code (PyObject self, PyObject... nargs)PyObject} calling the implementation
     * directly with {@code nargs} positional arguments, for call sites that have already checked
     * that {@code self}'s type has this method; null when such a call needs the generic path
     * (variadic implementations, a wrong argument count, which must raise the usual TypeError).
     */
    public MethodHandle directHandle(int nargs) throws ReflectiveOperationException {
        return directHandle(impl, nargs);
    }

    /** {@code (PyObject self, PyObject... nargs args)PyObject} calling {@code impl} directly, or null. */
    static MethodHandle directHandle(BuiltinImpl impl, int nargs) throws ReflectiveOperationException {
        if (nargs < impl.min || nargs > impl.max || nargs > 3 || impl.impl instanceof Fn.FV) {
            return null;
        }
        Class<?> fn = switch (impl.max) {
            case 0 -> Fn.F0.class;
            case 1 -> Fn.F1.class;
            case 2 -> Fn.F2.class;
            case 3 -> Fn.F3.class;
            default -> null;
        };
        if (fn == null || !fn.isInstance(impl.impl)) {
            return null;
        }
        MethodType type = MethodType.methodType(PyObject.class, Collections.nCopies(impl.max + 1, PyObject.class));
        MethodHandle mh = LINKING.findVirtual(fn, "apply", type).bindTo(impl.impl);
        if (nargs < impl.max) {
            // absent optional arguments are null, as BuiltinImpl passes them
            mh = MethodHandles.insertArguments(mh, nargs + 1, new Object[impl.max - nargs]);
        }
        mh = MethodHandles.catchException(mh, FormatError.class, convertHandler(FormatError.class, mh.type()));
        return MethodHandles.catchException(mh, TextError.class, convertHandler(TextError.class, mh.type()));
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

    private static final MethodHandles.Lookup LINKING = MethodHandles.publicLookup();

    /** Rethrows a library error as the Python exception BuiltinImpl.invoke would raise. */
    private static MethodHandle convertHandler(Class<? extends RuntimeException> error, MethodType type)
            throws ReflectiveOperationException {
        MethodHandle convert = MethodHandles.lookup().findStatic(LibraryErrors.class, "convert",
                MethodType.methodType(PyException.class, RuntimeException.class));
        MethodHandle raise = MethodHandles.filterReturnValue(convert.asType(MethodType.methodType(
                PyException.class, error)), MethodHandles.throwException(PyObject.class, PyException.class));
        return MethodHandles.dropArguments(raise, 1, type.parameterList());
    }
}

