package dev.weft.runtime.modules.functools;

import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.call.PyMethod;
import dev.weft.runtime.core.Derived;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/**
 * {@code functools.partialmethod}: like partial, but a descriptor; func, args and keywords
 * live in the instance dict as the Python class keeps them.
 */
final class PartialMethod extends PyObject implements Derived {
    static final PyType TYPE = ModuleDefs.pythonClass("functools", "partialmethod", PartialMethod.class,
            PyType.OBJECT, PartialMethod::define, PyType.BASETYPE | PyType.INSTANCE_DICT);

    private volatile PyType type;
    private volatile PyDict dict = new PyDict();
    private final PyObject[] slots;

    PartialMethod(PyType type) {
        this.type = type;
        this.slots = new PyObject[type.slotCount()];
    }

    @Override public PyType type() { return type; }
    @Override public void setType(PyType t) { type = t; }
    @Override public PyDict instanceDict() { return dict; }
    @Override public void setInstanceDict(PyDict d) { dict = d; }
    @Override public PyObject[] slots() { return slots; }

    /** {@code self.keywords} as a dict (a copy of any mapping set there). */
    private static PyDict keywordsOf(PyObject self) {
        PyObject k = get(self, "keywords");
        return k instanceof PyDict d ? d : (PyDict) Calls.call1(PyDict.TYPE, k);
    }

    private static PyObject get(PyObject self, String name) {
        return Attr.getAttr(self, name);
    }

    /** Positional args then keyword values; names of the keywords. */
    private static PyObject callWith(PyObject func, PyObject first, PyObject self, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyObject[] bound = Protocols.toArray(get(self, "args"));
        PyDict keywords = keywordsOf(self).copy();
        for (int i = 0; i < nkw; i++) {
            keywords.setItem(PyStr.of(kw[i]), args[npos + i]);
        }
        PyObject[][] kv = keywords.snapshot();
        int lead = first == null ? 0 : 1;
        PyObject[] all = new PyObject[lead + bound.length + npos + kv[0].length];
        if (first != null) {
            all[0] = first;
        }
        System.arraycopy(bound, 0, all, lead, bound.length);
        System.arraycopy(args, 0, all, lead + bound.length, npos);
        String[] names = new String[kv[0].length];
        for (int i = 0; i < names.length; i++) {
            names[i] = kv[0][i].toString();
            all[lead + bound.length + npos + i] = kv[1][i];
        }
        return Calls.call(func, all, names.length == 0 ? null : names);
    }

    private static void define(PyType t) {
        t.defNew((cls, args, kw) -> new PartialMethod(cls));
        t.defV("__init__", (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            if (npos < 1) {
                throw Errors.typeError("partialmethod.__init__() missing 1 required positional argument: 'func'");
            }
            PyObject func = args[0];
            if (!Protocols.isCallable(func) && Attr.getAttrOrNull(func, "__get__") == null) {
                throw Errors.typeError("%s is not callable or a descriptor", Ops.reprString(func));
            }
            PyObject[] extra = new PyObject[npos - 1];
            System.arraycopy(args, 1, extra, 0, extra.length);
            PyDict keywords = new PyDict();
            PyObject[] baseArgs = new PyObject[0];
            if (func instanceof PartialMethod inner) {
                baseArgs = Protocols.toArray(get(inner, "args"));
                keywords = keywordsOf(inner).copy();
                func = get(inner, "func");
            }
            for (int i = 0; i < nkw; i++) {
                keywords.setItem(PyStr.of(kw[i]), args[npos + i]);
            }
            PyObject[] all = new PyObject[baseArgs.length + extra.length];
            System.arraycopy(baseArgs, 0, all, 0, baseArgs.length);
            System.arraycopy(extra, 0, all, baseArgs.length, extra.length);
            Attr.setAttr(self, "func", func);
            Attr.setAttr(self, "args", PyTuple.of(all));
            Attr.setAttr(self, "keywords", keywords);
            return PyNone.NONE;
        });
        t.def0("__repr__", self -> {
            PyType cls = self.type();
            StringBuilder sb = new StringBuilder(Ops.strString(Attr.getAttr(cls, "__module__"))).append('.')
                    .append(Ops.strString(Attr.getAttr(cls, "__qualname__"))).append('(')
                    .append(Ops.reprString(get(self, "func")));
            for (PyObject a : Protocols.toArray(get(self, "args"))) {
                sb.append(", ").append(Ops.reprString(a));
            }
            PyObject[][] kv = keywordsOf(self).snapshot();
            for (int i = 0; i < kv[0].length; i++) {
                sb.append(", ").append(kv[0][i]).append('=').append(Ops.reprString(kv[1][i]));
            }
            return PyStr.of(sb.append(')').toString());
        });
        t.def2("__get__", 1, (self, obj, cls) -> {
            PyObject func = get(self, "func");
            PyObject getter = Attr.getAttrOrNull(func, "__get__");
            if (getter != null && !(func instanceof PyPartial)) {
                PyObject newFunc = Calls.call2(getter, obj, cls == null ? PyNone.NONE : cls);
                if (newFunc != func) {
                    PyObject[] bound = Protocols.toArray(get(self, "args"));
                    PyObject[][] kv = keywordsOf(self).snapshot();
                    PyObject[] ctor = new PyObject[1 + bound.length + kv[0].length];
                    ctor[0] = newFunc;
                    System.arraycopy(bound, 0, ctor, 1, bound.length);
                    System.arraycopy(kv[1], 0, ctor, 1 + bound.length, kv[1].length);
                    String[] names = new String[kv[0].length];
                    for (int i = 0; i < names.length; i++) {
                        names[i] = kv[0][i].toString();
                    }
                    PyObject result = PyPartial.make(PyPartial.TYPE, ctor, names);
                    PyObject boundSelf = Attr.getAttrOrNull(newFunc, "__self__");
                    if (boundSelf != null) {
                        ((PyPartial) result).instanceDict().setItem(PyStr.intern("__self__"), boundSelf);
                    }
                    return result;
                }
            }
            PyFunction method = JavaFunctions.varargs("functools", "_method",
                    "partialmethod._make_unbound_method.<locals>._method", (args, kw) -> {
                        int nkw = kw == null ? 0 : kw.length;
                        if (args.length - nkw < 1) {
                            throw Errors.typeError("_method() missing 1 required positional argument: 'cls_or_self'");
                        }
                        PyObject[] rest = new PyObject[args.length - 1];
                        System.arraycopy(args, 1, rest, 0, rest.length);
                        return callWith(func, args[0], self, rest, kw);
                    });
            method.instanceDict().setItem(PyStr.intern("partialmethod"), self);
            return obj == PyNone.NONE ? method : new PyMethod(method, obj);
        });
    }
}
