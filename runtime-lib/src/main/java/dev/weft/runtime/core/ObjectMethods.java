package dev.weft.runtime.core;

import dev.weft.runtime.call.Fn;
import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyClassMethod;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySingleton;
import dev.weft.runtime.types.PyStr;

import java.util.ArrayList;
import java.util.List;

/** The methods of {@code object}. Some descriptors are kept to recognise "not overridden" quickly. */
public final class ObjectMethods {
    private ObjectMethods() { }

    private static volatile PyObject getattribute, setattr, delattr, newObj, init, hash, eq, ne;

    private static void ensure() {
        PyType.OBJECT.instanceDict();
    }

    public static PyObject getattributeDescr() { if (getattribute == null) ensure(); return getattribute; }
    public static PyObject setattrDescr() { if (setattr == null) ensure(); return setattr; }
    public static PyObject delattrDescr() { if (delattr == null) ensure(); return delattr; }
    public static PyObject newDescr() { if (newObj == null) ensure(); return newObj; }
    public static PyObject initDescr() { if (init == null) ensure(); return init; }
    public static PyObject hashDescr() { if (hash == null) ensure(); return hash; }
    public static PyObject eqDescr() { if (eq == null) ensure(); return eq; }
    public static PyObject neDescr() { if (ne == null) ensure(); return ne; }

    static PyObject lookupOwn(PyType t, String name) {
        return t.instanceDict().getItemOrNull(PyStr.intern(name));
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> {
            if (cls.solidBase() != PyType.OBJECT) {
                throw Errors.typeError("object.__new__(%s) is not safe, use %s.__new__()", cls.name(),
                        cls.solidBase().name());
            }
            if (args.length > 0) {
                PyObject ownNew = cls.lookup("__new__");
                PyObject ownInit = cls.lookup("__init__");
                if (ownNew == newObj || ownInit == init) {
                    throw Errors.typeError("%s() takes no arguments", cls.name());
                }
            }
            checkAbstract(cls);
            if (!cls.isHeapType() && cls != PyType.OBJECT) {
                throw Errors.typeError("cannot create '%s' instances", cls.name());
            }
            return new PyInstance(cls);
        });
        t.defV("__init__", (self, args, kw) -> {
            int n = args.length;
            if (n > 0) {
                PyType ty = self.type();
                if (ty.lookup("__init__") != init) {
                    throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                }
                if (ty.lookup("__new__") == newObj) {
                    throw Errors.typeError("%s.__init__() takes exactly one argument (the instance to initialize)",
                            ty.name());
                }
            }
            return PyNone.NONE;
        });
        t.def1("__getattribute__", (self, name) -> Attr.genericGetAttr(self, attrName(name)));
        t.def2("__setattr__", (self, name, value) -> {
            Attr.genericSetAttr(self, attrName(name), value);
            return PyNone.NONE;
        });
        t.def1("__delattr__", (self, name) -> {
            Attr.genericSetAttr(self, attrName(name), null);
            return PyNone.NONE;
        });
        t.def1("__eq__", (self, o) -> self == o ? PyBool.TRUE : PySingleton.NOT_IMPLEMENTED);
        t.def1("__ne__", (self, o) -> {
            PyObject eq = self.type().lookup("__eq__");
            PyObject r = dev.weft.runtime.ops.Calls.callWithSelf(eq, self, new PyObject[] {o}, null);
            if (r == PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
            return PyBool.of(!Ops.isTrue(r));
        });
        for (String cmp : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            t.def1(cmp, (self, o) -> PySingleton.NOT_IMPLEMENTED);
        }
        t.def0("__hash__", self -> PyInt.of(Ops.identityHash(self)));
        t.def0("__repr__", self -> PyStr.of(defaultRepr(self)));
        t.def0("__str__", self -> Ops.repr(self));
        t.def1("__format__", (self, spec) -> {
            if (!(spec instanceof PyStr s)) {
                throw Errors.typeError("format spec must be a str, not %s", spec.type().name());
            }
            if (!s.value().isEmpty()) {
                throw Errors.typeError("unsupported format string passed to %s.__format__", self.type().name());
            }
            return Ops.str(self);
        });
        t.defGetSet("__class__", PyObject::type, (self, v) -> {
            if (v == null) {
                throw Errors.typeError("can't delete __class__ attribute");
            }
            if (!(v instanceof PyType nt)) {
                throw Errors.typeError("__class__ must be set to a class, not '%s' object", v.type().name());
            }
            if (!(self instanceof Derived d) || !nt.isHeapType() || nt.solidBase() != self.type().solidBase()
                    || nt.slotCount() != self.type().slotCount()) {
                throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            }
            d.setType(nt);
            return PyNone.NONE;
        });
        t.def0("__dir__", self -> {
            List<PyObject> names = new ArrayList<>();
            if (self instanceof HasDict h && h.instanceDict() != null) {
                names.addAll(List.of(h.instanceDict().snapshot()[0]));
            }
            for (PyType m : self.type().mro()) {
                names.addAll(List.of(m.instanceDict().snapshot()[0]));
            }
            return new PyList(names);
        });
        t.def("__init_subclass__", new PyClassMethod(new PyBuiltinFunction("__init_subclass__", null,
                (self, args, kw) -> {
                    if (args.length > 1 || (kw != null && kw.length > 0)) {
                        throw Errors.typeError("%s.__init_subclass__() takes no keyword arguments",
                                ((PyType) args[0]).name());
                    }
                    return PyNone.NONE;
                })));
        t.def("__subclasshook__", new PyClassMethod(new PyBuiltinFunction("__subclasshook__", null,
                (self, args, kw) -> PySingleton.NOT_IMPLEMENTED)));
        t.def("__doc__", PyStr.of("The base class of the class hierarchy."));
        t.def0("__sizeof__", self -> PyInt.of(16));
        t.def0("__reduce__", self -> ObjectReduce.commonReduce(self, 0));
        t.def1("__reduce_ex__", (self, protocol) -> {
            PyObject reduce = self.type().lookup("__reduce__");
            if (reduce != null && reduce != PyType.OBJECT.instanceDict().getItemOrNull(PyStr.intern("__reduce__"))) {
                return Ops.callMethod(self, "__reduce__");
            }
            return ObjectReduce.commonReduce(self, (int) dev.weft.runtime.ops.Protocols.indexValue(protocol, "int"));
        });
        t.def0("__getstate__", ObjectReduce::defaultState);
        PyDict d = t.instanceDict();
        getattribute = d.getItemOrNull(PyStr.intern("__getattribute__"));
        setattr = d.getItemOrNull(PyStr.intern("__setattr__"));
        delattr = d.getItemOrNull(PyStr.intern("__delattr__"));
        newObj = d.getItemOrNull(PyStr.intern("__new__"));
        init = d.getItemOrNull(PyStr.intern("__init__"));
        hash = d.getItemOrNull(PyStr.intern("__hash__"));
        eq = d.getItemOrNull(PyStr.intern("__eq__"));
        ne = d.getItemOrNull(PyStr.intern("__ne__"));
    }

    static String attrName(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '%s'", name.type().name());
        }
        return s.value();
    }

    /** {@code <module.Qualname object at 0x...>}. */
    public static String defaultRepr(PyObject self) {
        PyType t = self.type();
        String mod = moduleName(t);
        String prefix = mod == null || mod.equals("builtins") ? t.qualname() : mod + "." + t.qualname();
        return "<" + prefix + " object at 0x" + Long.toHexString(Ops.identityHash(self)) + ">";
    }

    public static String moduleName(PyType t) {
        if (!t.isHeapType()) {
            int dot = t.name().lastIndexOf('.');
            if (dot >= 0) {
                return t.name().substring(0, dot);
            }
            // a Java version of a class CPython writes in Python (collections.Counter) names its module in its dict
            PyObject m = t.instanceDict().getItemOrNull(PyStr.intern("__module__"));
            return m instanceof PyStr s ? s.value() : "builtins";
        }
        PyObject m = t.instanceDict().getItemOrNull(PyStr.intern("__module__"));
        return m instanceof PyStr s ? s.value() : null;
    }

    /** Raises TypeError for classes with abstract methods left. */
    public static void checkAbstract(PyType cls) {
        if (!cls.isAbstract()) {
            return;
        }
        PyObject abs = cls.instanceDict().getItemOrNull(PyStr.intern("__abstractmethods__"));
        if (abs == null) {
            return;
        }
        PyObject[] names = Protocols.toArray(abs);
        if (names.length == 0) {
            return;
        }
        java.util.Arrays.sort(names, (a, b) -> PyStr.compare(a.toString(), b.toString()));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append('\'').append(names[i]).append('\'');
        }
        throw Errors.typeError("Can't instantiate abstract class %s without an implementation for abstract method%s %s",
                cls.name(), names.length == 1 ? "" : "s", sb);
    }

    /** Unused marker to keep Fn imported for definers that need it. */
    static Fn.F0 identity() {
        return self -> self;
    }
}
