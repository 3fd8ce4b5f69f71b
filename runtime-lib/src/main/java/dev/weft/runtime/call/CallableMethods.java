package dev.weft.runtime.call;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/** Attributes and methods of functions, methods, descriptors, cells, super and modules. */
final class CallableMethods {
    private CallableMethods() { }

    private static PyFunction fn(PyObject o) {
        return (PyFunction) o;
    }

    static void defineFunction(PyType t) {
        t.defGetSet("__name__", self -> PyStr.of(fn(self).name()), (self, v) -> {
            if (!(v instanceof PyStr s)) {
                throw Errors.typeError("__name__ must be set to a string object");
            }
            fn(self).setName(s.value());
            return PyNone.NONE;
        });
        t.defGetSet("__qualname__", self -> PyStr.of(fn(self).qualname()), (self, v) -> {
            if (!(v instanceof PyStr s)) {
                throw Errors.typeError("__qualname__ must be set to a string object");
            }
            fn(self).setQualname(s.value());
            return PyNone.NONE;
        });
        t.defGetSet("__module__", self -> fn(self).module(), (self, v) -> {
            fn(self).setModule(v == null ? PyNone.NONE : v);
            return PyNone.NONE;
        });
        t.defGetSet("__doc__", self -> fn(self).doc(), (self, v) -> {
            fn(self).setDoc(v == null ? PyNone.NONE : v);
            return PyNone.NONE;
        });
        t.defGetSet("__defaults__", self -> {
            PyObject[] d = fn(self).defaults();
            return d == null ? PyNone.NONE : PyTuple.of(d.clone());
        }, (self, v) -> {
            if (v == null || v == PyNone.NONE) {
                fn(self).setDefaults(null);
            } else if (v instanceof PyTuple tup) {
                fn(self).setDefaults(tup.toArray());
            } else {
                throw Errors.typeError("__defaults__ must be set to a tuple object");
            }
            return PyNone.NONE;
        });
        t.defGetSet("__kwdefaults__", self -> {
            PyDict d = fn(self).kwdefaults();
            return d == null ? PyNone.NONE : d;
        }, (self, v) -> {
            if (v == null || v == PyNone.NONE) {
                fn(self).setKwdefaults(null);
            } else if (v instanceof PyDict d) {
                fn(self).setKwdefaults(d);
            } else {
                throw Errors.typeError("__kwdefaults__ must be set to a dict object");
            }
            return PyNone.NONE;
        });
        t.defGetSet("__code__", self -> fn(self).isIterableCoroutine()
                ? PyCode.of(fn(self).code).withFlags(PyCode.CO_ITERABLE_COROUTINE) : PyCode.of(fn(self).code),
                (self, v) -> {
                    // compiled functions cannot take another body; a copy of their own code with other
                    // flags (types.coroutine's co.replace(co_flags=...)) is taken for CO_ITERABLE_COROUTINE
                    if (!(v instanceof PyCode c)) {
                        throw Errors.typeError("__code__ must be set to a code object");
                    }
                    if (c.info() != fn(self).code) {
                        throw Errors.valueError("%s(): weft cannot give a compiled function the code of another function",
                                fn(self).name());
                    }
                    fn(self).setIterableCoroutine((c.flags() & PyCode.CO_ITERABLE_COROUTINE) != 0);
                    return PyNone.NONE;
                });
        t.defGetSet("__globals__", self -> fn(self).globals == null ? new PyDict() : fn(self).globals, null);
        t.defGetSet("__closure__", self -> {
            PyCell[] c = fn(self).closure;
            return c == null ? PyNone.NONE : PyTuple.of((PyObject[]) c.clone());
        }, null);
        t.defGetSet("__dict__", self -> fn(self).instanceDict(), (self, v) -> {
            if (!(v instanceof PyDict d)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", v == null ? "NoneType" : v.type().name());
            }
            fn(self).setInstanceDict(d);
            return PyNone.NONE;
        });
        t.defGetSet("__annotations__", self -> {
            PyObject a = fn(self).annotations();
            if (a == null) {
                a = new PyDict();
                fn(self).setAnnotations(a);
            }
            return a;
        }, (self, v) -> {
            fn(self).setAnnotations(v);
            return PyNone.NONE;
        });
        t.defGetSet("__type_params__", self -> fn(self).typeParams(), (self, v) -> {
            if (!(v instanceof PyTuple tp)) {
                throw Errors.typeError("__type_params__ must be set to a tuple");
            }
            fn(self).setTypeParams(tp);
            return PyNone.NONE;
        });
        t.def0("__repr__", self -> PyStr.of("<function " + fn(self).qualname() + " at 0x"
                + Long.toHexString(Ops.identityHash(self)) + ">"));
        t.def2("__get__", 1, (self, obj, type) -> obj == PyNone.NONE && type != null && type != PyNone.NONE
                ? self : fn(self).get(obj == PyNone.NONE ? null : obj, type instanceof PyType ty ? ty : null));
        t.defV("__call__", (self, args, kw) -> self.call(args, kw));
    }

    static void defineMethod(PyType t) {
        t.defNew((cls, args, kw) -> { // types.MethodType(function, instance)
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("method() takes no keyword arguments");
            }
            if (args.length != 2) {
                throw Errors.typeError("method expected 2 arguments, got %d", args.length);
            }
            if (!dev.weft.runtime.ops.Protocols.isCallable(args[0])) {
                throw Errors.typeError("first argument must be callable");
            }
            if (args[1] == PyNone.NONE) {
                throw Errors.typeError("instance must not be None");
            }
            return new PyMethod(args[0], args[1]);
        });
        t.defGetSet("__func__", self -> ((PyMethod) self).func, null);
        t.defGetSet("__self__", self -> ((PyMethod) self).self, null);
        t.defGetSet("__name__", self -> Attr.getAttr(((PyMethod) self).func, "__name__"), null);
        t.defGetSet("__qualname__", self -> Attr.getAttr(((PyMethod) self).func, "__qualname__"), null);
        t.defGetSet("__doc__", self -> Attr.getAttr(((PyMethod) self).func, "__doc__"), null);
        t.defGetSet("__module__", self -> Attr.getAttr(((PyMethod) self).func, "__module__"), null);
        t.def0("__repr__", self -> {
            PyMethod m = (PyMethod) self;
            PyObject q = Attr.getAttrOrNull(m.func, "__qualname__");
            return PyStr.of("<bound method " + (q == null ? "?" : Ops.strString(q)) + " of "
                    + Ops.reprString(m.self) + ">");
        });
        t.def1("__eq__", (self, o) -> PyBool.of(o instanceof PyMethod m && m.self == ((PyMethod) self).self
                && Ops.eqBool(m.func, ((PyMethod) self).func)));
        t.def0("__hash__", self -> PyInt.of(Ops.identityHash(((PyMethod) self).self) ^ Ops.hash(((PyMethod) self).func)));
        t.defV("__call__", (self, args, kw) -> self.call(args, kw));
        t.def1("__getattr__", (self, name) -> Attr.getAttr(((PyMethod) self).func, name.toString()));
    }

    static void defineBuiltinFunction(PyType t) {
        t.defGetSet("__name__", self -> PyStr.of(((PyBuiltinFunction) self).name()), null);
        t.defGetSet("__qualname__", self -> PyStr.of(((PyBuiltinFunction) self).name()), null);
        t.defGetSet("__self__", self -> {
            PyObject s = ((PyBuiltinFunction) self).self();
            return s == null ? PyNone.NONE : s;
        }, null);
        t.defGetSet("__doc__", self -> PyNone.NONE, null);
        t.defGetSet("__module__", self -> PyStr.intern("builtins"), null);
        t.def0("__repr__", self -> {
            PyBuiltinFunction f = (PyBuiltinFunction) self;
            if (f.self() == null || f.self() instanceof PyModule) {
                return PyStr.of("<built-in function " + f.name() + ">");
            }
            return PyStr.of("<built-in method " + f.name() + " of " + f.self().type().name() + " object at 0x"
                    + Long.toHexString(Ops.identityHash(f.self())) + ">");
        });
        t.defV("__call__", (self, args, kw) -> self.call(args, kw));
    }

    static void defineCell(PyType t) {
        t.defGetSet("cell_contents", self -> {
            PyObject v = ((PyCell) self).value;
            if (v == null) {
                throw Errors.valueError("Cell is empty");
            }
            return v;
        }, (self, v) -> {
            ((PyCell) self).value = v;
            return PyNone.NONE;
        });
        t.def0("__repr__", self -> {
            PyObject v = ((PyCell) self).value;
            String addr = Long.toHexString(Ops.identityHash(self));
            return PyStr.of(v == null ? "<cell at 0x" + addr + ": empty>"
                    : "<cell at 0x" + addr + ": " + v.type().name() + " object at 0x"
                    + Long.toHexString(Ops.identityHash(v)) + ">");
        });
    }

    static void defineStaticMethod(PyType t) {
        t.defNew((cls, args, kw) -> {
            if (args.length != 1) {
                throw Errors.typeError("staticmethod expected 1 argument, got %d", args.length);
            }
            return cls == PyStaticMethod.TYPE ? new PyStaticMethod(args[0]) : new PyStaticMethod.Sub(cls, args[0]);
        });
        t.defV("__init__", (self, args, kw) -> PyNone.NONE); // __new__ did the work; subclasses call it
        t.defGetSet("__func__", self -> ((PyStaticMethod) self).func, null);
        t.defGetSet("__wrapped__", self -> ((PyStaticMethod) self).func, null);
        t.defGetSet("__isabstractmethod__", self -> isAbstract(((PyStaticMethod) self).func), null);
        t.def2("__get__", 1, (self, obj, type) -> ((PyStaticMethod) self).func);
        t.defV("__call__", (self, args, kw) -> self.call(args, kw));
        t.def0("__repr__", self -> PyStr.of("<staticmethod(" + Ops.reprString(((PyStaticMethod) self).func) + ")>"));
    }

    static void defineClassMethod(PyType t) {
        t.defNew((cls, args, kw) -> {
            if (args.length != 1) {
                throw Errors.typeError("classmethod expected 1 argument, got %d", args.length);
            }
            return cls == PyClassMethod.TYPE ? new PyClassMethod(args[0]) : new PyClassMethod.Sub(cls, args[0]);
        });
        t.defV("__init__", (self, args, kw) -> PyNone.NONE); // __new__ did the work; subclasses call it
        t.defGetSet("__func__", self -> ((PyClassMethod) self).func, null);
        t.defGetSet("__wrapped__", self -> ((PyClassMethod) self).func, null);
        t.defGetSet("__isabstractmethod__", self -> isAbstract(((PyClassMethod) self).func), null);
        t.def2("__get__", 1, (self, obj, type) -> ((PyClassMethod) self).get(
                obj == PyNone.NONE ? null : obj, type instanceof PyType ty ? ty : obj.type()));
        t.def0("__repr__", self -> PyStr.of("<classmethod(" + Ops.reprString(((PyClassMethod) self).func) + ")>"));
    }

    private static PyObject isAbstract(PyObject f) {
        PyObject a = Attr.getAttrOrNull(f, "__isabstractmethod__");
        return PyBool.of(a != null && Ops.isTrue(a));
    }

    static void defineProperty(PyType t) {
        t.defNew((cls, args, kw) -> {
            PyObject[] p = new PyObject[4];
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            if (npos > 4) {
                throw Errors.typeError("property expected at most 4 arguments, got %d", npos);
            }
            System.arraycopy(args, 0, p, 0, npos);
            String[] names = {"fget", "fset", "fdel", "doc"};
            for (int i = 0; i < nkw; i++) {
                int k = java.util.Arrays.asList(names).indexOf(kw[i]);
                if (k < 0) {
                    throw Errors.typeError("property() got an unexpected keyword argument '%s'", kw[i]);
                }
                p[k] = args[npos + i];
            }
            return cls == PyProperty.TYPE ? new PyProperty(p[0], p[1], p[2], p[3])
                    : new PyProperty.Sub(cls, p[0], p[1], p[2], p[3]);
        });
        t.defV("__init__", (self, args, kw) -> PyNone.NONE); // __new__ did the work; subclasses call it
        t.defGetSet("fget", self -> orNone(((PyProperty) self).fget), null);
        t.defGetSet("fset", self -> orNone(((PyProperty) self).fset), null);
        t.defGetSet("fdel", self -> orNone(((PyProperty) self).fdel), null);
        t.defGetSet("__doc__", self -> ((PyProperty) self).doc, null);
        t.defGetSet("__name__", self -> {
            String n = ((PyProperty) self).name();
            if (n == null) {
                throw Errors.attributeError("'property' object has no attribute '__name__'");
            }
            return PyStr.of(n);
        }, null);
        t.defGetSet("__isabstractmethod__", self -> {
            PyProperty p = (PyProperty) self;
            for (PyObject f : new PyObject[] {p.fget, p.fset, p.fdel}) {
                if (f != null && isAbstract(f) == PyBool.TRUE) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }, null);
        t.def1("getter", (self, f) -> {
            PyProperty p = (PyProperty) self;
            return new PyProperty(f, p.fset, p.fdel, p.doc);
        });
        t.def1("setter", (self, f) -> {
            PyProperty p = (PyProperty) self;
            return new PyProperty(p.fget, f, p.fdel, p.doc);
        });
        t.def1("deleter", (self, f) -> {
            PyProperty p = (PyProperty) self;
            return new PyProperty(p.fget, p.fset, f, p.doc);
        });
        t.def2("__get__", 1, (self, obj, type) -> ((PyProperty) self).get(obj == PyNone.NONE ? null : obj,
                type instanceof PyType ty ? ty : null));
        t.def2("__set__", (self, obj, v) -> {
            ((PyProperty) self).set(obj, v);
            return PyNone.NONE;
        });
        t.def1("__delete__", (self, obj) -> {
            ((PyProperty) self).delete(obj);
            return PyNone.NONE;
        });
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    static void defineSuper(PyType t) {
        t.defNew((cls, args, kw) -> {
            if (args.length == 0) {
                throw Errors.runtimeError("super(): no arguments");
            }
            return PySuper.of(args[0], args.length > 1 ? args[1] : null);
        });
        t.defGetSet("__thisclass__", self -> ((PySuper) self).thisType, null);
        t.defGetSet("__self__", self -> orNone(((PySuper) self).obj), null);
        t.defGetSet("__self_class__", self -> orNone(((PySuper) self).objType), null);
        t.def0("__repr__", self -> {
            PySuper s = (PySuper) self;
            return PyStr.of(s.objType == null ? "<super: <class '" + s.thisType.name() + "'>, NULL>"
                    : "<super: <class '" + s.thisType.name() + "'>, <" + s.objType.name() + " object>>");
        });
    }

    static void defineModule(PyType t) {
        t.defNew((cls, args, kw) -> {
            if (args.length < 1 || !(args[0] instanceof PyStr name)) {
                throw Errors.typeError("module.__new__() missing required argument 'name' (pos 1)");
            }
            PyModule m = new PyModule(name.value());
            if (args.length > 1) {
                m.put("__doc__", args[1]);
            }
            return m;
        });
        t.defV("__init__", (self, args, kw) -> PyNone.NONE);
        t.defGetSet("__dict__", self -> ((PyModule) self).instanceDict(), null);
        t.def0("__repr__", self -> PyStr.of("<module '" + ((PyModule) self).name() + "'>"));
        t.def0("__dir__", self -> new dev.weft.runtime.types.PyList(((PyModule) self).instanceDict().snapshot()[0]));
    }
}
