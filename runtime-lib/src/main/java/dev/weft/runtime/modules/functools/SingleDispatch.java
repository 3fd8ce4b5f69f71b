package dev.weft.runtime.modules.functools;

import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.core.MappingProxy;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.core.TypeMethods;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

/**
 * {@code functools.singledispatch}: registration by class or by the annotation of the first
 * parameter, dispatch along the argument's MRO, then to registered ABCs it is a virtual
 * subclass of. (CPython composes ABCs into the MRO; ambiguity detection is not done here.)
 */
final class SingleDispatch {
    private SingleDispatch() { }

    static PyObject create(PyObject func) {
        PyDict registry = new PyDict();
        registry.setItem(PyType.OBJECT, func);
        PyObject nameAttr = Attr.getAttrOrNull(func, "__name__");
        String funcname = nameAttr == null ? "singledispatch function" : Ops.strString(nameAttr);
        PyBuiltinFunction dispatch = new PyBuiltinFunction("dispatch", null, (self, args, kw) -> {
            if (args.length != 1 || !(args[0] instanceof PyType cls)) {
                throw Errors.typeError("dispatch() takes a class");
            }
            return findImpl(cls, registry);
        });
        PyObject[] registerHolder = new PyObject[1];
        PyFunction register = JavaFunctions.fixed("functools", "register", "singledispatch.<locals>.register",
                new String[] {"cls", "func"}, new PyObject[] {PyNone.NONE}, (fn, f) -> {
                    PyObject cls = f[0];
                    PyObject target = f[1];
                    if (cls instanceof PyType) {
                        if (target == PyNone.NONE) {
                            return new PyBuiltinFunction("<lambda>", null,
                                    (s, a, k) -> Calls.call2(registerHolder[0], cls, a[0]));
                        }
                    } else {
                        if (target != PyNone.NONE) {
                            throw Errors.typeError("Invalid first argument to `register()`. %s is not a class or union type.",
                                    Ops.reprString(cls));
                        }
                        PyObject ann = Attr.getAttrOrNull(cls, "__annotations__");
                        if (!(ann instanceof PyDict d) || d.size() == 0) {
                            throw Errors.typeError("Invalid first argument to `register()`: %s. Use either "
                                    + "`@register(some_class)` or plain `@register` on an annotated function.",
                                    Ops.reprString(cls));
                        }
                        target = cls;
                        PyObject[][] kv = d.snapshot();
                        PyObject argname = kv[0][0];
                        PyObject hint = kv[1][0];
                        if (!(hint instanceof PyType)) {
                            // as CPython, through typing.get_type_hints: strings are evaluated and
                            // None is NoneType
                            PyObject hints = Calls.call1(Attr.getAttr(
                                    dev.weft.runtime.imp.Importer.importModule("typing"), "get_type_hints"), target);
                            PyObject[][] hv = ((PyDict) hints).snapshot();
                            argname = hv[0][0];
                            hint = hv[1][0];
                        }
                        if (hint instanceof dev.weft.runtime.types.PyUnionType u) {
                            for (PyObject a : u.args.toArray()) {
                                if (!(a instanceof PyType)) {
                                    throw Errors.typeError("Invalid annotation for %s. %s not all arguments are classes.",
                                            Ops.reprString(argname), Ops.reprString(hint));
                                }
                            }
                            for (PyObject a : u.args.toArray()) {
                                registry.setItem(a, target);
                            }
                            return target;
                        }
                        if (!(hint instanceof PyType)) {
                            throw Errors.typeError("Invalid annotation for %s. %s is not a class.",
                                    Ops.reprString(argname), Ops.reprString(hint));
                        }
                        registry.setItem(hint, target);
                        return target;
                    }
                    registry.setItem(cls, target);
                    return target;
                });
        registerHolder[0] = register;
        PyFunction wrapper = JavaFunctions.varargs("functools", funcname, "singledispatch.<locals>.wrapper",
                (args, kw) -> {
                    int nkw = kw == null ? 0 : kw.length;
                    if (args.length - nkw < 1) {
                        throw Errors.typeError("%s requires at least 1 positional argument", funcname);
                    }
                    return Calls.call(findImpl(args[0].type(), registry), args, kw);
                });
        PyDict d = wrapper.instanceDict();
        d.setItem(PyStr.intern("register"), register);
        d.setItem(PyStr.intern("dispatch"), dispatch);
        d.setItem(PyStr.intern("registry"), MappingProxy.of(registry));
        d.setItem(PyStr.intern("_clear_cache"), new PyBuiltinFunction("clear", null, (s, a, k) -> PyNone.NONE));
        FunctoolsModule.updateWrapper(wrapper, func, FunctoolsModule.WRAPPER_ASSIGNMENTS, FunctoolsModule.WRAPPER_UPDATES);
        return wrapper;
    }

    private static PyObject findImpl(PyType cls, PyDict registry) {
        for (PyType t : cls.mro()) {
            PyObject impl = registry.getItemOrNull(t);
            if (impl != null && t != PyType.OBJECT) {
                return impl;
            }
        }
        PyObject[][] kv = registry.snapshot();
        for (int i = 0; i < kv[0].length; i++) {
            if (kv[0][i] instanceof PyType k && k != PyType.OBJECT && TypeMethods.isSubclass(cls, k)) {
                return kv[1][i];
            }
        }
        return registry.getItem(PyType.OBJECT);
    }
}
