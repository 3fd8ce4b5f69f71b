package dev.weft.runtime.ops;

import dev.weft.runtime.call.Fn;
import dev.weft.runtime.call.FunctionBody;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.call.PyMethodDescr;
import dev.weft.runtime.call.PySuper;
import dev.weft.runtime.core.Descriptor;
import dev.weft.runtime.core.HasDict;
import dev.weft.runtime.core.ObjectMethods;
import dev.weft.runtime.core.PyInstance;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

/**
 * Calling. The convention everywhere is the vector call: {@code args} holds positional
 * arguments then the values of keyword arguments, whose names are {@code kwnames}
 * (null when there are none).
 */
public final class Calls {
    private Calls() { }

    private static final PyObject[] NO_ARGS = new PyObject[0];

    public static PyObject call(PyObject f, PyObject[] args, String[] kwnames) {
        return f.call(args, kwnames);
    }

    /**
     * {@code f} as a one-argument Java function, for a key function applied to many items
     * (sort, min, max): a builtin with a fixed-arity implementation is called directly, with
     * no argument array and no arity dispatch per item.
     */
    public static java.util.function.UnaryOperator<PyObject> unary(PyObject f) {
        if (f instanceof dev.weft.runtime.call.PyBuiltinFunction bf) {
            dev.weft.runtime.call.DirectBuiltin d = bf.direct(1);
            if (d != null) {
                PyObject self = bf.self();
                return a -> d.call1(self, a);
            }
        }
        return a -> f.call(new PyObject[] {a}, null);
    }

    public static PyObject call0(PyObject f) { return f.call(NO_ARGS, null); }
    public static PyObject call1(PyObject f, PyObject a) { return f.call(new PyObject[] {a}, null); }
    public static PyObject call2(PyObject f, PyObject a, PyObject b) { return f.call(new PyObject[] {a, b}, null); }
    public static PyObject call3(PyObject f, PyObject a, PyObject b, PyObject c) {
        return f.call(new PyObject[] {a, b, c}, null);
    }

    /** {@code f(*args, **kwargs)} with a tuple/iterable and a mapping (may be null). */
    public static PyObject callEx(PyObject f, PyObject starArgs, PyObject kwargs) {
        PyObject[] pos = starArgs == null ? NO_ARGS : Protocols.toArray(starArgs);
        if (kwargs == null) {
            return f.call(pos, null);
        }
        if (!(kwargs instanceof PyDict d)) {
            throw Errors.typeError("argument after ** must be a mapping, not %s", kwargs.type().name());
        }
        PyObject[][] kv = d.snapshot();
        PyObject[] all = new PyObject[pos.length + kv[0].length];
        System.arraycopy(pos, 0, all, 0, pos.length);
        String[] names = new String[kv[0].length];
        for (int i = 0; i < names.length; i++) {
            if (!(kv[0][i] instanceof PyStr s)) {
                throw Errors.typeError("keywords must be strings");
            }
            names[i] = s.value();
            all[pos.length + i] = kv[1][i];
        }
        return f.call(all, names);
    }

    /** Calls {@code method} (found on a type) with {@code self} prepended to {@code args}. */
    public static PyObject callWithSelf(PyObject method, PyObject self, PyObject[] args, String[] kwnames) {
        if (method instanceof PyMethodDescr d) {
            return d.callWithSelf(self, args, 0, kwnames);
        }
        if (method instanceof PyFunction f) {
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = self;
            System.arraycopy(args, 0, full, 1, args.length);
            return f.call(full, kwnames);
        }
        PyObject bound = Attr.bindDescriptor(method, self, self.type());
        return bound.call(args, kwnames);
    }

    /** {@code obj(...)} for objects whose class defines {@code __call__}. */
    public static PyObject callThroughType(PyObject obj, PyObject[] args, String[] kwnames) {
        PyObject f = obj.type().lookup("__call__");
        if (f == null) {
            throw Errors.typeError("'%s' object is not callable", obj.type().name());
        }
        return callWithSelf(f, obj, args, kwnames);
    }

    /**
     * {@code obj.name(args...)} without creating a bound method: {@code argsWithSelf[0]} is the
     * receiver, the rest positional then keyword values.
     */
    public static PyObject callMethod(String name, PyObject[] argsWithSelf, String[] kwnames) {
        PyObject self = argsWithSelf[0];
        PyType t = self.type();
        // The shortcuts are object.__getattribute__'s answer only for plain instances: a class
        // finds the name in its own MRO first (object.__setattr__(o, k, v)), a super object past
        // its class, and an instance attribute shadows a method found on the type.
        if (!(self instanceof PyType) && !(self instanceof PySuper)
                && t.lookup("__getattribute__") == ObjectMethods.getattributeDescr()) {
            PyObject attr = t.lookup(name);
            if (attr instanceof PyMethodDescr d && !shadowedByInstance(self, name)) {
                return d.callWithSelf(self, argsWithSelf, 1, kwnames);
            }
            if (attr instanceof PyFunction f && !shadowedByInstance(self, name)) {
                return f.call(argsWithSelf, kwnames);
            }
        }
        PyObject bound = Attr.getAttr(self, name);
        PyObject[] rest = new PyObject[argsWithSelf.length - 1];
        System.arraycopy(argsWithSelf, 1, rest, 0, rest.length);
        return bound.call(rest, kwnames);
    }

    private static boolean shadowedByInstance(PyObject self, String name) {
        if (self instanceof PyInstance inst) {
            return !inst.lacksOwnAttr(PyStr.intern(name));
        }
        if (self instanceof HasDict h && !(self instanceof PyType)) {
            PyDict d = h.instanceDict();
            return d != null && d.size() != 0 && d.getItemOrNull(PyStr.intern(name)) != null;
        }
        return false;
    }

    /**
     * {@code cls(*args)} for a class whose {@code __new__} is {@code object.__new__} and whose
     * {@code __init__} is the Python function {@code init} taking exactly these positional
     * arguments (a call site checked that, guarded by the class's version): what
     * {@link #construct} does in that case, without looking anything up. {@code body} is
     * {@code init.body}, passed by the site as a constant so the JIT can inline it.
     */
    public static PyObject constructWithInit(PyType cls, PyFunction init, FunctionBody body, PyObject[] args) {
        ObjectMethods.checkAbstract(cls);
        PyObject obj = new PyInstance(cls);
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = obj;
        System.arraycopy(args, 0, full, 1, args.length);
        PyObject r = body.invoke(init, full);
        if (r != PyNone.NONE) {
            throw Errors.typeError("__init__() should return None, not '%s'", r.type().name());
        }
        return obj;
    }

    /** {@code cls(*args)}: {@code __new__} then {@code __init__}, as {@code type.__call__}. */
    public static PyObject construct(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject newAttr = cls.lookup("__new__");
        PyObject initAttr = cls.lookup("__init__");
        boolean initIsObject = initAttr == ObjectMethods.initDescr();
        PyObject obj;
        if (newAttr == ObjectMethods.newDescr()) {
            int nargs = args.length;
            if (nargs > 0 && initIsObject) {
                throw Errors.typeError("%s() takes no arguments", cls.name());
            }
            if (!cls.isHeapType() && cls != PyType.OBJECT) {
                throw Errors.typeError("cannot create '%s' instances", cls.name());
            }
            ObjectMethods.checkAbstract(cls);
            obj = new PyInstance(cls);
        } else {
            Fn.New javaNew = cls.javaNewFor(newAttr);
            if (javaNew != null) {
                obj = javaNew.make(cls, args, kwnames);
            } else {
                PyObject newFn = newAttr instanceof Descriptor d ? d.get(null, cls) : newAttr;
                PyObject[] full = new PyObject[args.length + 1];
                full[0] = cls;
                System.arraycopy(args, 0, full, 1, args.length);
                obj = newFn.call(full, kwnames);
            }
        }
        if (!obj.type().isSubtypeOf(cls)) {
            return obj;
        }
        PyType objType = obj.type();
        PyObject init = objType == cls ? initAttr : objType.lookup("__init__");
        if (init == ObjectMethods.initDescr()) {
            if (args.length > 0 && newAttr == ObjectMethods.newDescr()) {
                throw Errors.typeError("%s() takes no arguments", cls.name());
            }
            return obj;
        }
        PyObject r = callWithSelf(init, obj, args, kwnames);
        if (r != PyNone.NONE) {
            throw Errors.typeError("__init__() should return None, not '%s'", r.type().name());
        }
        return obj;
    }
}
