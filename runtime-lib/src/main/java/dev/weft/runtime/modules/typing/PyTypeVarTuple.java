package dev.weft.runtime.modules.typing;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyStr;

/** {@code typing.TypeVarTuple} (CPython 3.13's C implementation in {@code _typing}). */
final class PyTypeVarTuple extends TypeParam {
    static final PyType TYPE = ModuleDefs.type("typing", "TypeVarTuple", PyTypeVarTuple.class, PyType.OBJECT,
            PyTypeVarTuple::define, PyType.INSTANCE_DICT);

    PyTypeVarTuple(String name, Lazy defaultValue, String module) {
        super(name, defaultValue, module);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code *Ts}: {@code typing.Unpack[Ts]}. */
    static PyObject unpacked(PyObject self) {
        PyObject unpack = TypingBridge.function("Unpack");
        return unpack == null ? new UnpackedTypeVarTuple((PyTypeVarTuple) self) : Protocols.getItem(unpack, self);
    }

    static void define(PyType t) {
        t.def("__module__", PyStr.intern("typing"));
        t.defNew((cls, args, kw) -> {
            Args a = new Args("typevartuple", args, kw, 1, "name", "default");
            String name = nameArgument("typevartuple", a.first("typevartuple", "name"));
            PyObject dflt = a.keyword("default");
            return new PyTypeVarTuple(name, dflt == null || dflt == TypingModule.NO_DEFAULT ? null : Lazy.of(dflt),
                    TypingBridge.callerModule());
        });
        defineCommon(t, "TypeVarTuple");
        t.def0("__repr__", self -> PyStr.of(((PyTypeVarTuple) self).name));
        t.def0("__iter__", self -> Protocols.iter(new PyList(new PyObject[] {unpacked(self)})));
        t.def1("__typing_subst__", (self, arg) -> {
            throw Errors.typeError("Substitution of bare TypeVarTuple is not supported");
        });
        t.def2("__typing_prepare_subst__", (self, alias, args) ->
                PyParamSpec.typingOnly("_typevartuple_prepare_subst", self, alias, args));
    }
}
