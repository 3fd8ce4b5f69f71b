package dev.weft.runtime.modules;

import dev.weft.runtime.call.Fn;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyStr;

import java.util.function.Consumer;

/** Helpers for Java-implemented modules: module-level builtins and builtin types that know their module. */
public final class ModuleDefs {
    private ModuleDefs() { }

    /**
     * Defines positional-only functions in a module the way CPython's C modules report
     * argument errors: METH_O and METH_NOARGS functions and keyword rejection name the function
     * with its module ({@code _operator.neg() takes exactly one argument (0 given)}), the others
     * only by name ({@code add expected 2 arguments, got 1}).
     */
    public static final class Funcs {
        private final PyModule module;
        private final String qualifier;

        /** {@code qualifier}: the module name CPython's messages use (the C module's, e.g. "_operator"). */
        public Funcs(PyModule module, String qualifier) {
            this.module = module;
            this.qualifier = qualifier;
        }

        public void f0(String name, Fn.F0 f) {
            fixed(name, 0, 0, (self, a) -> f.apply(self));
        }

        public void f1(String name, Fn.F1 f) {
            fixed(name, 1, 1, (self, a) -> f.apply(self, a[0]));
        }

        public void f2(String name, int min, Fn.F2 f) {
            fixed(name, min, 2, (self, a) -> f.apply(self, a[0], a[1]));
        }

        public void f3(String name, int min, Fn.F3 f) {
            fixed(name, min, 3, (self, a) -> f.apply(self, a[0], a[1], a[2]));
        }

        /** Any number of positional arguments between min and max (no keywords). */
        public void fn(String name, int min, int max, Positional f) {
            fixed(name, min, max, f);
        }

        /** A function that parses its own arguments (keywords allowed). */
        public void fv(String name, Fn.FV f) {
            module.put(name, new PyBuiltinFunction(name, module, f));
        }

        private void fixed(String name, int min, int max, Positional f) {
            String qualified = qualifier + "." + name;
            module.put(name, new PyBuiltinFunction(name, module, (self, args, kw) -> {
                if (kw != null && kw.length > 0) {
                    throw Errors.typeError("%s() takes no keyword arguments", qualified);
                }
                int n = args.length;
                if (n < min || n > max) {
                    throw arityError(name, qualified, min, max, n);
                }
                PyObject[] a = n >= max ? args : java.util.Arrays.copyOf(args, Math.max(max, 1));
                return f.apply(self, a);
            }));
        }
    }

    /** A fixed-arity function body: {@code args} has at least {@code max} slots, null for missing optionals. */
    @FunctionalInterface
    public interface Positional {
        PyObject apply(PyObject self, PyObject[] args);
    }

    static RuntimeException arityError(String name, String qualified, int min, int max, int n) {
        if (min == max) {
            if (max == 0) {
                return Errors.typeError("%s() takes no arguments (%d given)", qualified, n);
            }
            if (max == 1) {
                return Errors.typeError("%s() takes exactly one argument (%d given)", qualified, n);
            }
            return Errors.typeError("%s expected %d argument%s, got %d", name, max, max == 1 ? "" : "s", n);
        }
        if (n > max) {
            return Errors.typeError("%s expected at most %d argument%s, got %d", name, max, max == 1 ? "" : "s", n);
        }
        return Errors.typeError("%s expected at least %d argument%s, got %d", name, min, min == 1 ? "" : "s", n);
    }

    /**
     * A builtin type living in {@code module}: its name is dotted as CPython's tp_name
     * ({@code collections.deque}), which error messages show; {@code __name__} is the last part.
     */
    public static PyType type(String module, String name, Class<?> javaClass, PyType base, Consumer<PyType> definer,
                              int flags) {
        return new PyType(module + "." + name, javaClass, base, definer, flags);
    }

    /**
     * A Java version of a class CPython defines in Python ({@code collections.Counter}): its
     * name is plain, as a heap type's (messages say {@code 'Counter'}), and {@code __module__}
     * comes from its dict.
     */
    public static PyType pythonClass(String module, String name, Class<?> javaClass, PyType base,
                                     Consumer<PyType> definer, int flags) {
        return new PyType(name, javaClass, base, t -> {
            t.def("__module__", PyStr.intern(module));
            definer.accept(t);
        }, flags);
    }

    /**
     * A real {@code generator} object whose body is a Java step function (null when done), for
     * what CPython writes as a Python generator function (heapq.merge, the ABC mixins).
     */
    public static PyObject generator(String name, String qualname, java.util.function.Supplier<PyObject> step) {
        return dev.weft.runtime.gen.PyGenerator.generator((gen, sent, thrown) -> {
            if (thrown != null) {
                throw thrown;
            }
            return step.get();
        }, name, qualname);
    }

    /** Sets the module's {@code __all__} to the given names (in that order). */
    public static void putAll(PyModule m, String... names) {
        PyObject[] items = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            items[i] = PyStr.intern(names[i]);
        }
        m.put("__all__", new dev.weft.runtime.types.PyList(items));
    }

    /** Puts a builtin type into a module under its short name. */
    public static void putType(PyModule m, PyType t) {
        m.put(t.qualname(), t);
    }

    /** A new module named {@code name} holding the same globals as {@code source} (an accelerator alias). */
    public static PyModule alias(String name, PyModule source, String... only) {
        PyModule m = new PyModule(name);
        PyDict d = source.instanceDict();
        if (only.length == 0) {
            PyObject[][] s = d.snapshot();
            for (int i = 0; i < s[0].length; i++) {
                String k = s[0][i].toString();
                if (!k.equals("__name__") && !k.equals("__doc__")) {
                    m.put(k, s[1][i]);
                }
            }
        } else {
            for (String k : only) {
                PyObject v = source.get(k);
                if (v != null) {
                    m.put(k, v);
                }
            }
        }
        return m;
    }
}
