package dev.weft.runtime.modules.functools;

import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.call.PyProperty;
import dev.weft.runtime.core.Derived;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

/** {@code functools.singledispatchmethod}: a descriptor dispatching on the first argument after self. */
final class SingleDispatchMethod extends PyObject implements Derived {
    static final PyType TYPE = ModuleDefs.pythonClass("functools", "singledispatchmethod", SingleDispatchMethod.class,
            PyType.OBJECT, SingleDispatchMethod::define, PyType.BASETYPE | PyType.INSTANCE_DICT);

    private volatile PyType type;
    private volatile PyDict dict = new PyDict();
    private final PyObject[] slots;

    SingleDispatchMethod(PyType type) {
        this.type = type;
        this.slots = new PyObject[type.slotCount()];
    }

    @Override public PyType type() { return type; }
    @Override public void setType(PyType t) { type = t; }
    @Override public PyDict instanceDict() { return dict; }
    @Override public void setInstanceDict(PyDict d) { dict = d; }
    @Override public PyObject[] slots() { return slots; }

    private static boolean abstractFlag(PyObject self) {
        PyObject f = Attr.getAttrOrNull(Attr.getAttr(self, "func"), "__isabstractmethod__");
        return f != null && Ops.isTrue(f);
    }

    private static void define(PyType t) {
        t.defNew((cls, args, kw) -> new SingleDispatchMethod(cls));
        t.def1("__init__", (self, func) -> {
            if (!Protocols.isCallable(func) && Attr.getAttrOrNull(func, "__get__") == null) {
                throw Errors.typeError("%s is not callable or a descriptor", Ops.reprString(func));
            }
            Attr.setAttr(self, "dispatcher", SingleDispatch.create(func));
            Attr.setAttr(self, "func", func);
            return PyNone.NONE;
        });
        t.def("register", JavaFunctions.fixed("functools", "register", "singledispatchmethod.register",
                new String[] {"self", "cls", "method"}, new PyObject[] {PyNone.NONE},
                (fn, f) -> Calls.call(Attr.getAttr(Attr.getAttr(f[0], "dispatcher"), "register"),
                        new PyObject[] {f[1], f[2]}, new String[] {"func"})));
        t.def2("__get__", 1, (self, obj, cls) -> {
            PyObject dispatch = Attr.getAttr(Attr.getAttr(self, "dispatcher"), "dispatch");
            PyObject func = Attr.getAttr(self, "func");
            PyObject nameAttr = Attr.getAttrOrNull(func, "__name__");
            String funcname = nameAttr == null ? "singledispatchmethod method" : Ops.strString(nameAttr);
            PyObject owner = cls == null ? PyNone.NONE : cls;
            PyFunction method = JavaFunctions.varargs("functools", "_method",
                    "singledispatchmethod.__get__.<locals>._method", (args, kw) -> {
                        int nkw = kw == null ? 0 : kw.length;
                        if (args.length - nkw < 1) {
                            throw Errors.typeError("%s requires at least 1 positional argument", funcname);
                        }
                        PyObject impl = Calls.call1(dispatch, args[0].type());
                        PyObject bound = Calls.call2(Attr.getAttr(impl, "__get__"), obj, owner);
                        return Calls.call(bound, args, kw);
                    });
            PyDict d = method.instanceDict();
            d.setItem(PyStr.intern("__isabstractmethod__"), PyBool.of(abstractFlag(self)));
            d.setItem(PyStr.intern("register"), Attr.getAttr(self, "register"));
            FunctoolsModule.updateWrapper(method, func, FunctoolsModule.WRAPPER_ASSIGNMENTS, FunctoolsModule.WRAPPER_UPDATES);
            return method;
        });
        t.def("__isabstractmethod__", new PyProperty(JavaFunctions.fixed("functools", "__isabstractmethod__",
                "singledispatchmethod.__isabstractmethod__", new String[] {"self"}, null,
                (fn, f) -> PyBool.of(abstractFlag(f[0]))), null, null, PyNone.NONE));
    }
}
