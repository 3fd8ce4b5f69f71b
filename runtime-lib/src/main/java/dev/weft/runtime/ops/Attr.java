package dev.weft.runtime.ops;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.call.PySuper;
import dev.weft.runtime.core.Descriptor;
import dev.weft.runtime.core.HasDict;
import dev.weft.runtime.core.PyInstance;
import dev.weft.runtime.core.ObjectMethods;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.core.TypeMethods;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

/**
 * Attribute access: CPython's {@code object.__getattribute__} (data descriptors on the type,
 * then the instance dict, then other class attributes), {@code type.__getattribute__},
 * user {@code __getattribute__}/{@code __getattr__}/{@code __setattr__}/{@code __delattr__}.
 */
public final class Attr {
    private Attr() { }

    public static PyObject getAttr(PyObject obj, String name) {
        PyType t = obj.type();
        PyObject ga = t.lookup("__getattribute__");
        PyObject r;
        if (ga == ObjectMethods.getattributeDescr()) {
            r = obj instanceof PySuper s ? s.getAttr(name) : genericGetAttrOrNull(obj, name);
        } else if (ga == TypeMethods.getattributeDescr()) {
            r = typeGetAttrOrNull((PyType) obj, name);
        } else {
            try {
                return callGetattribute(ga, obj, name);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.AttributeError)) {
                    throw e;
                }
                PyObject getattr = t.lookup("__getattr__");
                if (getattr == null) {
                    throw e;
                }
                return Calls.callWithSelf(getattr, obj, new PyObject[] {PyStr.intern(name)}, null);
            }
        }
        if (r != null) {
            return r;
        }
        PyObject getattr = t.lookup("__getattr__");
        if (getattr != null) {
            return Calls.callWithSelf(getattr, obj, new PyObject[] {PyStr.intern(name)}, null);
        }
        if (obj instanceof PyModule m) {
            throw moduleNoAttribute(m, name);
        }
        throw Errors.noAttribute(obj, name);
    }

    private static PyObject callGetattribute(PyObject ga, PyObject obj, String name) {
        return Calls.callWithSelf(ga, obj, new PyObject[] {PyStr.intern(name)}, null);
    }

    private static PyException moduleNoAttribute(PyModule m, String name) {
        // with name and obj, as CPython's: "Did you mean" suggestions use them
        return Errors.noAttribute(m, name, String.format("module '%s' has no attribute '%s'", m.name(), name));
    }

    /** getattr returning null instead of raising AttributeError. */
    public static PyObject getAttrOrNull(PyObject obj, String name) {
        try {
            // the common lookups answer null without making an AttributeError (hasattr and
            // getattr with a default are used as tests: raising would cost a stack capture)
            PyType t = obj.type();
            PyObject ga = t.lookup("__getattribute__");
            PyObject r;
            if (ga == ObjectMethods.getattributeDescr() && !(obj instanceof PySuper)) {
                r = genericGetAttrOrNull(obj, name);
            } else if (ga == TypeMethods.getattributeDescr()) {
                r = typeGetAttrOrNull((PyType) obj, name);
            } else {
                return getAttr(obj, name);
            }
            if (r != null) {
                return r;
            }
            PyObject getattr = t.lookup("__getattr__");
            return getattr == null ? null : Calls.callWithSelf(getattr, obj, new PyObject[] {PyStr.intern(name)}, null);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code object.__getattribute__}, returning null when absent. */
    public static PyObject genericGetAttrOrNull(PyObject obj, String name) {
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        PyObject get = null;
        if (descr != null) {
            if (descr instanceof Descriptor d) {
                if (d.isData()) {
                    return d.get(obj, t);
                }
            } else {
                PyType dt = descr.type();
                get = dt.lookup("__get__");
                if (get != null && (dt.lookup("__set__") != null || dt.lookup("__delete__") != null)) {
                    return Calls.callWithSelf(get, descr, new PyObject[] {obj, t}, null);
                }
            }
        }
        if (obj instanceof PyInstance inst) {
            PyObject v = inst.getOwnAttr(PyStr.intern(name));
            if (v != null) {
                return v;
            }
        } else if (obj instanceof HasDict h) {
            PyDict d = h.instanceDict();
            if (d != null) {
                PyObject v = d.getItemOrNull(PyStr.intern(name));
                if (v != null) {
                    return v;
                }
            }
            if (obj instanceof PyModule m && descr == null) {
                PyObject ga = d == null ? null : d.getItemOrNull(PyStr.intern("__getattr__"));
                if (ga != null) {
                    return Calls.call1(ga, PyStr.of(name));
                }
            }
        }
        if (descr != null) {
            if (descr instanceof Descriptor d) {
                return d.get(obj, t);
            }
            if (get != null) {
                return Calls.callWithSelf(get, descr, new PyObject[] {obj, t}, null);
            }
            return descr;
        }
        return null;
    }

    public static PyObject genericGetAttr(PyObject obj, String name) {
        PyObject r = genericGetAttrOrNull(obj, name);
        if (r == null) {
            throw Errors.noAttribute(obj, name);
        }
        return r;
    }

    /** {@code type.__getattribute__}: metatype data descriptors, the class MRO, then metatype attributes. */
    public static PyObject typeGetAttrOrNull(PyType cls, String name) {
        PyType meta = cls.type();
        PyObject metaAttr = meta.lookup(name);
        PyObject metaGet = null;
        if (metaAttr != null) {
            if (metaAttr instanceof Descriptor d) {
                if (d.isData()) {
                    return d.get(cls, meta);
                }
            } else {
                PyType dt = metaAttr.type();
                metaGet = dt.lookup("__get__");
                if (metaGet != null && (dt.lookup("__set__") != null || dt.lookup("__delete__") != null)) {
                    return Calls.callWithSelf(metaGet, metaAttr, new PyObject[] {cls, meta}, null);
                }
            }
        }
        PyObject attr = cls.lookup(name);
        if (attr != null) {
            if (attr instanceof Descriptor d) {
                return d.get(null, cls);
            }
            PyObject get = attr.type().lookup("__get__");
            if (get != null) {
                return Calls.callWithSelf(get, attr, new PyObject[] {PyNone.NONE, cls}, null);
            }
            return attr;
        }
        if (metaAttr != null) {
            if (metaAttr instanceof Descriptor d) {
                return d.get(cls, meta);
            }
            if (metaGet != null) {
                return Calls.callWithSelf(metaGet, metaAttr, new PyObject[] {cls, meta}, null);
            }
            return metaAttr;
        }
        return null;
    }

    /** Binds a class attribute to an instance as {@code __get__} would. */
    public static PyObject bindDescriptor(PyObject attr, PyObject obj, PyType t) {
        if (attr instanceof Descriptor d) {
            return d.get(obj, t);
        }
        PyObject get = attr.type().lookup("__get__");
        if (get != null) {
            return Calls.callWithSelf(get, attr, new PyObject[] {obj, t}, null);
        }
        return attr;
    }

    // ---- set / delete ----

    /** {@code obj.name = value}, or {@code del obj.name} when value is null. */
    public static void setAttr(PyObject obj, String name, PyObject value) {
        PyType t = obj.type();
        PyObject sa = t.lookup(value == null ? "__delattr__" : "__setattr__");
        if (sa != (value == null ? ObjectMethods.delattrDescr() : ObjectMethods.setattrDescr())
                && sa != (value == null ? TypeMethods.delattrDescr() : TypeMethods.setattrDescr())) {
            PyObject[] args = value == null ? new PyObject[] {PyStr.intern(name)}
                    : new PyObject[] {PyStr.intern(name), value};
            Calls.callWithSelf(sa, obj, args, null);
            return;
        }
        if (obj instanceof PyType cls) {
            typeSetAttr(cls, name, value);
            return;
        }
        genericSetAttr(obj, name, value);
    }

    public static void delAttr(PyObject obj, String name) {
        setAttr(obj, name, null);
    }

    /** {@code object.__setattr__}/{@code __delattr__}. */
    public static void genericSetAttr(PyObject obj, String name, PyObject value) {
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr != null) {
            if (descr instanceof Descriptor d) {
                if (d.isData()) {
                    if (value == null) {
                        d.delete(obj);
                    } else {
                        d.set(obj, value);
                    }
                    return;
                }
            } else {
                PyObject f = descr.type().lookup(value == null ? "__delete__" : "__set__");
                if (f != null) {
                    Calls.callWithSelf(f, descr, value == null ? new PyObject[] {obj} : new PyObject[] {obj, value}, null);
                    return;
                }
            }
        }
        if (obj instanceof PyInstance inst && inst.hasAttributeStorage()) {
            if (value == null) {
                if (!inst.deleteOwnAttr(PyStr.intern(name))) {
                    throw Errors.noAttribute(obj, name);
                }
            } else {
                inst.setOwnAttr(PyStr.intern(name), value);
            }
            return;
        }
        if (obj instanceof HasDict h && h.instanceDict() != null) {
            PyDict d = h.instanceDict();
            if (value == null) {
                if (d.removeOrNull(PyStr.intern(name)) == null) {
                    throw Errors.noAttribute(obj, name);
                }
            } else {
                d.setItem(PyStr.intern(name), value);
            }
            return;
        }
        if (descr != null) {
            throw Errors.attributeError("'%s' object attribute '%s' is read-only", t.name(), name);
        }
        if (value == null) {
            throw Errors.noAttribute(obj, name);
        }
        throw Errors.attributeError("'%s' object has no attribute '%s' and no __dict__ for setting new attributes",
                t.name(), name);
    }

    /** {@code type.__setattr__}: data descriptors of the metatype, else the class dict (bumps versions). */
    public static void typeSetAttr(PyType cls, String name, PyObject value) {
        PyType meta = cls.type();
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr instanceof Descriptor d && d.isData()) {
            if (value == null) {
                d.delete(cls);
            } else {
                d.set(cls, value);
            }
            return;
        }
        cls.setTypeAttribute(name, value);
    }
}
