package dev.weft.runtime.modules.typing;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PySingleton;
import dev.weft.runtime.types.PyStr;

/** {@code typing.ParamSpecArgs} and {@code typing.ParamSpecKwargs}: {@code P.args}, {@code P.kwargs}. */
final class ParamSpecAttr extends PyObject {
    static final PyType ARGS = ModuleDefs.type("typing", "ParamSpecArgs", ParamSpecAttr.class, PyType.OBJECT,
            t -> define(t, "args"), 0);
    static final PyType KWARGS = ModuleDefs.type("typing", "ParamSpecKwargs", ParamSpecAttr.class, PyType.OBJECT,
            t -> define(t, "kwargs"), 0);

    private final PyType type;
    final PyObject origin;

    ParamSpecAttr(PyType type, PyObject origin) {
        this.type = type;
        this.origin = origin;
    }

    @Override
    public PyType type() {
        return type;
    }

    private static void define(PyType t, String suffix) {
        t.def("__module__", PyStr.intern("typing"));
        String typeName = suffix.equals("args") ? "ParamSpecArgs" : "ParamSpecKwargs";
        t.defNew((cls, args, kw) -> {
            Args a = new Args(typeName, args, kw, 1, "origin");
            return new ParamSpecAttr(cls, a.first(typeName, "origin"));
        });
        t.defGetSet("__origin__", self -> ((ParamSpecAttr) self).origin, null);
        t.def0("__repr__", self -> {
            PyObject origin = ((ParamSpecAttr) self).origin;
            String base = origin instanceof PyParamSpec p ? p.name : Ops.reprString(origin);
            return PyStr.of(base + "." + suffix);
        });
        t.def1("__eq__", (self, other) -> other.type() == self.type()
                ? PyBool.of(Ops.eqBool(((ParamSpecAttr) self).origin, ((ParamSpecAttr) other).origin))
                : PySingleton.NOT_IMPLEMENTED);
        t.def0("__hash__", self -> PyInt.of(Ops.hash(((ParamSpecAttr) self).origin) * 31 + suffix.hashCode()));
        t.def1("__mro_entries__", (self, bases) -> {
            throw Errors.typeError("Cannot subclass an instance of %s", typeName);
        });
    }
}
