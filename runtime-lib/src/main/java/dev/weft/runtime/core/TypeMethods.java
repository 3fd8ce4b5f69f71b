package dev.weft.runtime.core;

import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyClassMethod;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/** The methods and attributes of {@code type}. */
public final class TypeMethods {
    private TypeMethods() { }

    private static volatile PyObject getattribute, setattr, delattr;

    private static void ensure() {
        PyType.TYPE.instanceDict();
    }

    public static PyObject getattributeDescr() { if (getattribute == null) ensure(); return getattribute; }
    public static PyObject setattrDescr() { if (setattr == null) ensure(); return setattr; }
    public static PyObject delattrDescr() { if (delattr == null) ensure(); return delattr; }

    private static PyType ty(PyObject o) {
        return (PyType) o;
    }

    static void define(PyType t) {
        t.defNew((meta, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            if (meta == PyType.TYPE && npos == 1 && nkw == 0) {
                return args[0].type();
            }
            if (npos != 3) {
                throw Errors.typeError("type() takes 1 or 3 arguments");
            }
            if (!(args[0] instanceof PyStr name)) {
                throw Errors.typeError("type.__new__() argument 1 must be str, not %s", args[0].type().name());
            }
            if (!(args[1] instanceof PyTuple bases)) {
                throw Errors.typeError("type.__new__() argument 2 must be tuple, not %s", args[1].type().name());
            }
            if (!(args[2] instanceof PyDict ns)) {
                throw Errors.typeError("type.__new__() argument 3 must be dict, not %s", args[2].type().name());
            }
            String[] kwNames = new String[nkw];
            PyObject[] kwValues = new PyObject[nkw];
            for (int i = 0; i < nkw; i++) {
                kwNames[i] = kw[i];
                kwValues[i] = args[npos + i];
            }
            return ClassBuilder.newType(meta, name.value(), bases.toArray(), ns, kwNames, kwValues);
        });
        t.defV("__init__", (self, args, kw) -> {
            int npos = args.length - (kw == null ? 0 : kw.length);
            if (npos != 1 && npos != 3) {
                throw Errors.typeError("type.__init__() takes 1 or 3 arguments");
            }
            return PyNone.NONE;
        });
        t.defV("__call__", (self, args, kw) -> Calls.construct(ty(self), args, kw));
        t.def1("__getattribute__", (self, name) -> {
            PyObject r = Attr.typeGetAttrOrNull(ty(self), ObjectMethods.attrName(name));
            if (r == null) {
                throw Errors.noAttribute(self, ObjectMethods.attrName(name));
            }
            return r;
        });
        t.def2("__setattr__", (self, name, value) -> {
            Attr.typeSetAttr(ty(self), ObjectMethods.attrName(name), value);
            return PyNone.NONE;
        });
        t.def1("__delattr__", (self, name) -> {
            Attr.typeSetAttr(ty(self), ObjectMethods.attrName(name), null);
            return PyNone.NONE;
        });
        t.def0("__repr__", self -> {
            String mod = ObjectMethods.moduleName(ty(self));
            String q = ty(self).qualname();
            return PyStr.of("<class '" + (mod == null || mod.equals("builtins") ? q : mod + "." + q) + "'>");
        });
        t.defGetSet("__name__", self -> PyStr.of(ty(self).isHeapType() ? ty(self).name() : ty(self).qualname()), (self, v) -> {
            if (!ty(self).isHeapType()) {
                throw Errors.typeError("cannot set '__name__' attribute of immutable type '%s'", ty(self).name());
            }
            if (!(v instanceof PyStr s)) {
                throw Errors.typeError("can only assign string to %s.__name__, not '%s'", ty(self).name(),
                        v == null ? "NoneType" : v.type().name());
            }
            ty(self).setName(s.value());
            return PyNone.NONE;
        });
        t.defGetSet("__qualname__", self -> PyStr.of(ty(self).qualname()), (self, v) -> {
            if (!(v instanceof PyStr s)) {
                throw Errors.typeError("can only assign string to %s.__qualname__, not '%s'", ty(self).name(),
                        v == null ? "NoneType" : v.type().name());
            }
            ty(self).setQualname(s.value());
            return PyNone.NONE;
        });
        // PEP 695: a class's type parameters (stored in its dict), () for classes without
        t.defGetSet("__type_params__", self -> {
            PyObject p = ty(self).instanceDict().getItemOrNull(PyStr.intern("__type_params__"));
            return p == null ? dev.weft.runtime.types.PyTuple.EMPTY : p;
        }, (self, v) -> {
            ty(self).setTypeAttribute("__type_params__", v);
            return PyNone.NONE;
        });
        t.defGetSet("__module__", self -> {
            PyType c = ty(self);
            if (!c.isHeapType()) {
                return PyStr.of(ObjectMethods.moduleName(c));
            }
            PyObject m = c.instanceDict().getItemOrNull(PyStr.intern("__module__"));
            if (m == null) {
                throw Errors.attributeError("__module__");
            }
            return m;
        }, (self, v) -> {
            ty(self).setTypeAttribute("__module__", v);
            return PyNone.NONE;
        });
        t.defGetSet("__doc__", self -> {
            PyObject d = ty(self).instanceDict().getItemOrNull(PyStr.intern("__doc__"));
            if (d == null) {
                return PyNone.NONE;
            }
            return Attr.bindDescriptor(d, null, ty(self)) == null ? PyNone.NONE : d;
        }, (self, v) -> {
            ty(self).setTypeAttribute("__doc__", v);
            return PyNone.NONE;
        });
        t.defGetSet("__bases__", self -> PyTuple.of(ty(self).bases()), (self, v) -> {
            if (!ty(self).isHeapType()) {
                throw Errors.typeError("cannot set '__bases__' attribute of immutable type '%s'", ty(self).name());
            }
            if (!(v instanceof PyTuple tup) || tup.size() == 0) {
                throw Errors.typeError("can only assign non-empty tuple to %s.__bases__", ty(self).name());
            }
            PyType[] nb = new PyType[tup.size()];
            for (int i = 0; i < nb.length; i++) {
                if (!(tup.get(i) instanceof PyType b)) {
                    throw Errors.typeError("%s.__bases__ must be tuple of classes, not '%s'", ty(self).name(),
                            tup.get(i).type().name());
                }
                if (b.isSubtypeOf(ty(self))) {
                    throw Errors.typeError("a __bases__ item causes an inheritance cycle");
                }
                nb[i] = b;
            }
            ty(self).setBases(nb);
            return PyNone.NONE;
        });
        t.defGetSet("__base__", self -> ty(self).base() == null ? PyNone.NONE : ty(self).base(), null);
        t.defGetSet("__mro__", self -> PyTuple.of(ty(self).mro().clone()), null);
        t.defGetSet("__dict__", self -> MappingProxy.of(ty(self).instanceDict()), null);
        t.defGetSet("__abstractmethods__", self -> {
            PyObject a = ty(self).instanceDict().getItemOrNull(PyStr.intern("__abstractmethods__"));
            if (a == null || ty(self) == PyType.TYPE) {
                throw Errors.attributeError("__abstractmethods__");
            }
            return a;
        }, (self, v) -> {
            ty(self).setTypeAttribute("__abstractmethods__", v);
            ty(self).setAbstract(v != null && dev.weft.runtime.ops.Ops.isTrue(v));
            return PyNone.NONE;
        });
        t.def0("mro", self -> new PyList(ty(self).mro().clone()));
        t.def0("__subclasses__", self -> new PyList(ty(self).subclassList().toArray(new PyObject[0])));
        t.def1("__instancecheck__", (self, inst) -> PyBool.of(inst.type().isSubtypeOf(ty(self))));
        t.def1("__subclasscheck__", (self, sub) -> {
            if (!(sub instanceof PyType st)) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            return PyBool.of(st.isSubtypeOf(ty(self)));
        });
        t.def("__prepare__", new PyClassMethod(new PyBuiltinFunction("__prepare__", null,
                (self, args, kw) -> new PyDict())));
        t.def1("__or__", (self, other) -> dev.weft.runtime.types.PyUnionType.or(self, other));
        t.def1("__ror__", (self, other) -> dev.weft.runtime.types.PyUnionType.or(other, self));
        PyDict d = t.instanceDict();
        getattribute = d.getItemOrNull(PyStr.intern("__getattribute__"));
        setattr = d.getItemOrNull(PyStr.intern("__setattr__"));
        delattr = d.getItemOrNull(PyStr.intern("__delattr__"));
    }

    /** {@code isinstance(obj, cls)} honouring {@code __instancecheck__} and tuples. */
    public static boolean isInstance(PyObject obj, PyObject cls) {
        if (cls instanceof PyType t) {
            if (obj.type().isSubtypeOf(t)) {
                return true;
            }
            if (t.type() == PyType.TYPE) {
                return false;
            }
        }
        if (cls instanceof PyTuple tup) {
            for (int i = 0; i < tup.size(); i++) {
                if (isInstance(obj, tup.get(i))) {
                    return true;
                }
            }
            return false;
        }
        PyObject check = cls.type().lookup("__instancecheck__");
        if (check == null) {
            throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        return dev.weft.runtime.ops.Ops.isTrue(Calls.callWithSelf(check, cls, new PyObject[] {obj}, null));
    }

    public static boolean isSubclass(PyObject sub, PyObject cls) {
        if (cls instanceof PyType t && sub instanceof PyType s && t.type() == PyType.TYPE) {
            return s.isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tup) {
            for (int i = 0; i < tup.size(); i++) {
                if (isSubclass(sub, tup.get(i))) {
                    return true;
                }
            }
            return false;
        }
        PyObject check = cls.type().lookup("__subclasscheck__");
        if (check == null) {
            throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        if (!(sub instanceof PyType) && cls instanceof PyType) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        return dev.weft.runtime.ops.Ops.isTrue(Calls.callWithSelf(check, cls, new PyObject[] {sub}, null));
    }

    static PyObject[] iterate(PyObject o) {
        return Protocols.toArray(o);
    }
}
