package dev.weft.runtime.modules;

import dev.weft.runtime.call.Fn;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyClassMethod;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.ClassBuilder;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyGenericAlias;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.util.function.Consumer;

/** Helpers for modules written in Java: their functions, their types and their exception classes. */
public final class ModuleTypes {
    private ModuleTypes() { }

    /** A module; {@code doc} may be null. */
    public static PyModule module(String name, String doc) {
        PyModule m = new PyModule(name);
        if (doc != null) {
            m.put("__doc__", PyStr.of(doc));
        }
        int dot = name.lastIndexOf('.');
        m.put("__package__", PyStr.of(dot < 0 ? "" : name.substring(0, dot)));
        m.put("__spec__", PyNone.NONE);
        m.put("__loader__", PyNone.NONE);
        return m;
    }

    /** A package module: {@code __path__} is empty and {@code __package__} is its own name. */
    public static PyModule packageModule(String name, String doc) {
        PyModule m = module(name, doc);
        m.put("__package__", PyStr.of(name));
        m.put("__path__", new dev.weft.runtime.types.PyList());
        return m;
    }

    public static void f0(PyModule m, String name, Fn.F0 f) {
        m.put(name, new PyBuiltinFunction(name, 0, 0, f));
    }

    public static void f1(PyModule m, String name, Fn.F1 f) {
        m.put(name, new PyBuiltinFunction(name, 1, 1, f));
    }

    /** A function of {@code min..1} arguments (the missing one arrives as null). */
    public static void f1(PyModule m, String name, int min, Fn.F1 f) {
        m.put(name, new PyBuiltinFunction(name, min, 1, f));
    }

    public static void f2(PyModule m, String name, int min, Fn.F2 f) {
        m.put(name, new PyBuiltinFunction(name, min, 2, f));
    }

    public static void f3(PyModule m, String name, int min, Fn.F3 f) {
        m.put(name, new PyBuiltinFunction(name, min, 3, f));
    }

    /** A function taking the vector-call arguments (with keywords) as they are. */
    public static void fv(PyModule m, String name, Fn.FV f) {
        m.put(name, new PyBuiltinFunction(name, m, f));
    }

    /**
     * A type implemented in Java, shown as {@code module.name} ({@code __module__} is set in its
     * dict). {@code subclassable} types also get an instance dict, as Python classes have.
     */
    public static PyType type(String module, String name, Class<?> javaClass, PyType base, boolean subclassable,
                              Consumer<PyType> definer) {
        int flags = subclassable ? PyType.BASETYPE | PyType.INSTANCE_DICT : 0;
        if (base != null && base.instancesHaveDict()) {
            flags |= PyType.INSTANCE_DICT; // instances of a subtype keep the attribute dict of their base
        }
        return new PyType(name, javaClass, base == null ? PyType.OBJECT : base, t -> {
            t.def("__module__", PyStr.intern(module));
            definer.accept(t);
        }, flags);
    }

    /** An exception class as a Python {@code class name(bases): pass} in {@code module} would create. */
    public static PyType exceptionClass(String module, String name, PyType... bases) {
        return heapClass(module, name, bases, null);
    }

    /** A Python-level class with namespace {@code ns} (may be null), as {@code type(name, bases, ns)}. */
    public static PyType heapClass(String module, String name, PyType[] bases, PyDict ns) {
        PyDict d = ns == null ? new PyDict() : ns;
        d.setItem(PyStr.intern("__module__"), PyStr.intern(module));
        d.setItem(PyStr.intern("__qualname__"), PyStr.of(name));
        PyObject[] b = bases.clone();
        return ClassBuilder.newType(PyType.TYPE, name, b, d, null, null);
    }

    /** {@code __class_getitem__} of generic classes ({@code Queue[int]}, {@code Future[str]}). */
    public static PyObject classGetItem() {
        return new PyClassMethod(new PyBuiltinFunction("__class_getitem__", 2, 2,
                (Fn.F2) (self, cls, item) -> new PyGenericAlias(cls, item)));
    }

    /** {@code __all__}: the names {@code from module import *} binds. */
    public static void all(PyModule m, String... names) {
        PyObject[] items = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            items[i] = PyStr.intern(names[i]);
        }
        m.put("__all__", new dev.weft.runtime.types.PyList(items));
    }
}
